/**
 * The two people who moved from Priya to Mateo ten days ago. Everything was recorded with Priya,
 * so Mateo sees it only once they share it.
 * Notes are what both parties see: short, factual, and never about leaving.
 */
import { d, mine, mo, theirs, type PersonaHistory } from '../history-spec';

const aisha: PersonaHistory = {
  key: 'aisha.bello',
  direction: {
    text: 'Tech lead on a product team in two years: closer to customers than Platform is, and still technical.',
    recorded: d(45),
  },
  conversations: [
    {
      kind: 'full',
      at: d(135),
      focus: 'where-now',
      notes: 'Aisha enjoys API design most, and wants to see who uses what she builds.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          "Whether Aisha's next step is technical leadership on Platform or on a product team.",
        add: [
          theirs(
            'api-versioning',
            'action',
            'Lead the design of the public API versioning scheme',
            d(100),
            d(101),
          ),
          mine(
            'intro-mateo',
            'introduction',
            'Introduce Aisha to Mateo García to hear how the product engineering teams work',
            d(120),
            d(121),
          ),
        ],
        reviews: [{ month: d(105), aspect: 'The API versioning design' }],
      },
    },
    { kind: 'review', at: d(104), notes: 'Versioning design reviewed with two client teams.' },
    { kind: 'review', at: d(74), notes: 'Design accepted. Conversation with Mateo held.' },
    {
      kind: 'full',
      at: d(45),
      focus: 'where-to-go',
      aspirationRecorded: true,
      notes: 'Aisha wants to be on a product team. Next steps are about customer-facing work.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: the versioning design is done. Aisha wants to work closer to customers; the new commitments are about customer-facing work.',
        openQuestion: 'Which product team would give Aisha the most customer contact.',
        add: [
          theirs(
            'customer-calls',
            'action',
            'Join three customer calls with Product Engineering and write up what she heard',
            d(-15),
          ),
          theirs(
            'sprint-shadow',
            'action',
            "Shadow Mateo's team planning for one sprint",
            d(20),
            d(19),
          ),
          mine(
            'write-up-feedback',
            'skill-feedback',
            'Give Aisha feedback on her first customer call write-up',
            d(-5),
          ),
        ],
        reviews: [{ month: d(15), aspect: 'What Aisha learned from the customer calls' }],
      },
    },
    { kind: 'review', at: d(16), notes: 'First customer call done; write-up shared.' },
  ],
};

const lucas: PersonaHistory = {
  key: 'lucas.dubois',
  direction: {
    text: 'Full-stack, leaning frontend. I would like to own one product area from the database to the screen.',
    recorded: mo(8, 3),
  },
  conversations: [
    {
      kind: 'full',
      at: mo(8, 3),
      focus: 'where-now',
      aspirationRecorded: true,
      noSummary: true,
      notes: 'Lucas wants end-to-end ownership of something users see.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion: 'Which product area Lucas could own end to end.',
        add: [
          theirs(
            'types-course',
            'learning',
            'Complete the advanced TypeScript types course',
            mo(7),
            mo(7, 2),
          ),
          theirs(
            'export-feature',
            'action',
            'Build the export feature end to end, from the API to the screen',
            mo(5),
          ),
          mine(
            'pairing-week',
            'introduction',
            'Introduce Lucas to the Product Engineering frontend lead and set up a pairing week',
            mo(6),
          ),
        ],
        reviews: [{ month: mo(7), aspect: 'Progress on the export feature' }],
      },
    },
  ],
};

export const MOVED_TO_MATEO: readonly PersonaHistory[] = [aisha, lucas];
