import { diffContractVersions } from '../contract/diff';
import { currentVersion } from '../contract/versioning';
import type { Commitment, ContractVersion, DevelopmentContract, Party } from '../model/contract';
import { questionById } from '../playbook/question-bank';
import type { Temporal } from '../time/temporal';
import { todayIn } from '../time/values';
import type { IsoDate, TimeZoneId } from '../time/values';
import {
  commitmentLine,
  commitmentState,
  contractSectionTitle,
  reviewLine,
  sortedReviews,
  standingCommitments,
  STATE_LABEL,
} from './contract-lines';
import type { CommitmentState } from './contract-lines';
import { describeContractChange } from './describe-contract-change';
import { messageWording } from './address-person';
import { heading, list, renderHtml, renderText, toSubject } from './message-blocks';
import type { MessageBlock } from './message-blocks';
import type { ComposedMessage } from './message-types';
import { MESSAGE_SUBJECTS } from './message-subjects';

export type AgendaSectionId =
  | 'manager-commitments'
  | 'whats-changed'
  | 'raised-by-report'
  | 'report-commitments'
  | 'reviews'
  | 'open-question'
  | 'contract-changes'
  | 'update-contract';

export interface AgendaItem {
  text: string;
  /** For commitments: where it stands today. */
  state?: CommitmentState;
  commitmentId?: string;
  due?: IsoDate;
}

export interface AgendaSection {
  id: AgendaSectionId;
  title: string;
  items: AgendaItem[];
}

export interface OpeningAgenda extends ComposedMessage {
  /** In the order they are taken: the manager's own commitments always first. */
  sections: AgendaSection[];
}

export interface OpeningAgendaInput {
  contract: DevelopmentContract;
  /** An earlier version to compare with, e.g. the one agreed at the last full conversation. */
  previousVersion?: ContractVersion;
  now: Temporal.Instant;
  zone: TimeZoneId;
  /** What the report added to the shared agenda for this manager, in their words. */
  raisedByReport?: readonly string[];
}

function commitmentItems(
  version: ContractVersion,
  party: Party,
  today: Temporal.PlainDate,
): AgendaItem[] {
  return standingCommitments(version.commitments, party).map((c: Commitment) => {
    const state = commitmentState(c, today);
    return {
      text: commitmentLine(c),
      ...(state === undefined ? {} : { state }),
      commitmentId: c.id,
      due: c.due,
    };
  });
}

/** "What's changed since we last spoke?": the seed quotes it mid-sentence, so it starts lower-case. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The next conversation's opening, as the playbook's "At the next career conversation" checklist
 * runs: the manager's own commitments first (what did I do and what did I not do?), then "what's
 * changed since we last spoke?" before revisiting the plan, then the plan, then updating it.
 */
export function composeOpeningAgenda(input: OpeningAgendaInput): OpeningAgenda {
  const { contract, previousVersion, zone } = input;
  const today = todayIn(input.now, zone);
  const version = currentVersion(contract);
  const sections: AgendaSection[] = [
    {
      id: 'manager-commitments',
      title: `${contractSectionTitle('manager-commitments')} first: what was done, and what was not?`,
      items: commitmentItems(version, 'manager', today),
    },
    {
      id: 'whats-changed',
      title: 'Then open with',
      items: [{ text: capitalise(questionById('review-whats-changed').text) }],
    },
    ...(input.raisedByReport === undefined || input.raisedByReport.length === 0
      ? []
      : [
          {
            id: 'raised-by-report' as const,
            title: 'What they want to raise',
            items: input.raisedByReport.map((text) => ({ text })),
          },
        ]),
    {
      id: 'report-commitments',
      title: contractSectionTitle('their-commitments'),
      items: commitmentItems(version, 'report', today),
    },
    {
      id: 'reviews',
      title: contractSectionTitle('review'),
      items: sortedReviews(version.reviews).map((r) => ({ text: reviewLine(r) })),
    },
    {
      id: 'open-question',
      title: contractSectionTitle('open-question'),
      items: version.openQuestion.trim() === '' ? [] : [{ text: version.openQuestion }],
    },
  ];
  if (previousVersion !== undefined && previousVersion.version !== version.version) {
    sections.push({
      id: 'contract-changes',
      title: `Changed since version ${previousVersion.version} (${messageWording(zone).longDateOf(previousVersion.agreedAt)})`,
      items: diffContractVersions(previousVersion, version).map((change) => ({
        text: describeContractChange(change),
      })),
    });
  }
  sections.push({
    id: 'update-contract',
    title: 'Update the contract',
    items: [
      {
        text: 'Update the development contract with progress and new commitments - specific, from both of you, with dates',
      },
    ],
  });

  const blocks: MessageBlock[] = sections.flatMap((section) => [
    heading(section.title),
    list(
      section.items.map((item) =>
        item.state === undefined ? item.text : `${item.text} (${STATE_LABEL[item.state]})`,
      ),
      'None.',
    ),
  ]);
  return {
    subject: toSubject(MESSAGE_SUBJECTS.openingAgenda),
    sections,
    html: renderHtml(blocks),
    text: renderText(blocks),
  };
}
