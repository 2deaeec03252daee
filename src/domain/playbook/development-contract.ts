import { REPORT_COMMITMENT_KINDS } from './ids';
import type { ReportCommitmentKind } from './ids';
import type { ById, ContractSection, ReportCommitmentKindInfo } from './types';

export const DEVELOPMENT_CONTRACT = {
  definition:
    'The output of the third conversation is a "development contract" - a shared, explicit agreement on what both parties will do.',
  form: 'It is not a formal document. It is a written summary of commitments, shared by email or in the notes of your 1:1 tool.',
  sections: [
    {
      id: 'their-commitments',
      title: 'Their commitments:',
      templates: [
        '[Specific action or learning or behaviour] by [date]',
        '[Specific action or learning or behaviour] by [date]',
      ],
    },
    {
      id: 'manager-commitments',
      title: "Manager's commitments:",
      templates: [
        '[Specific thing manager will do - introductions, opportunities, advocacy, coaching] by [date]',
        '[Specific thing manager will do] by [date]',
      ],
    },
    {
      id: 'review',
      title: 'What we will review:',
      templates: ['In [month], we will check in on [specific aspect of progress]'],
    },
    {
      id: 'open-question',
      title: 'The open question we are sitting with:',
      templates: [
        '[Something that came up that needs more thinking - e.g. whether a particular move is realistic, whether there is a role change possible]',
      ],
    },
  ],
  liveDocument:
    'The development contract is a live document. It gets updated at each quarterly career conversation.',
} as const satisfies {
  readonly definition: string;
  readonly form: string;
  readonly sections: readonly ContractSection[];
  readonly liveDocument: string;
};

// The seed names the three kinds in one template; labels and descriptions are ours. The person
// names their own dates, so report kinds carry no default due offset. Each example keeps a
// [placeholder]: a quick start must never pre-fill a commitment that passes every check.
export const REPORT_COMMITMENT_KIND_INFO = {
  action: {
    id: 'action',
    party: 'report',
    label: 'Action',
    description: 'Something specific they will do',
    examplePhrasing: 'Write up [the proposal] and share it with [whom] by [date]',
  },
  learning: {
    id: 'learning',
    party: 'report',
    label: 'Learning',
    description: 'Something specific they will learn',
    examplePhrasing: 'Finish [the course or book] and share three takeaways by [date]',
  },
  behaviour: {
    id: 'behaviour',
    party: 'report',
    label: 'Behaviour',
    description: 'Something they will do differently, and keep doing',
    examplePhrasing: 'Speak first in [which meetings] for the next month, starting by [date]',
  },
} as const satisfies ById<ReportCommitmentKind, ReportCommitmentKindInfo>;

export const REPORT_COMMITMENT_KIND_LIST: readonly ReportCommitmentKindInfo[] =
  REPORT_COMMITMENT_KINDS.map((id) => REPORT_COMMITMENT_KIND_INFO[id]);
