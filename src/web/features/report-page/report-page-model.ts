import type {
  ConversationRecord,
  CurrentContract,
  ProfileRecord,
  TriggerLogRecord,
} from '../../../adapters/career-api/career-api-client';
import {
  commitmentKindById,
  CONTRACT_CHANGE_REASON_LABELS,
  diffContractVersions,
  parseDate,
  Temporal,
  type Commitment,
  type ContractVersion,
  type DevelopmentContract,
  type Person,
  type ReportHistory,
} from '../../../domain';
import { describeContractChange } from '../../../domain/messages/describe-contract-change';
import type { ReportStep } from '../../app/routes';
import { currentConversation } from '../../data/current-conversation';

export interface VersionEntry {
  version: ContractVersion;
  reasonLabel: string;
  /** What changed from the version before, one line each; empty for the first one shown. */
  changes: string[];
  /** True when the version before it is not visible, so no difference can be shown. */
  previousHidden: boolean;
}

/** Newest first: each version with what changed from the one before it, and why (its note). */
export function versionHistory(versions: readonly ContractVersion[]): VersionEntry[] {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  return sorted
    .map((version, index): VersionEntry => {
      const before = sorted[index - 1];
      const adjacent = before !== undefined && before.version === version.version - 1;
      return {
        version,
        reasonLabel: CONTRACT_CHANGE_REASON_LABELS[version.reason],
        changes: adjacent ? diffContractVersions(before, version).map(describeContractChange) : [],
        previousHidden: version.version > 1 && !adjacent,
      };
    })
    .reverse();
}

export type CommitmentMark = 'overdue' | 'open' | 'done' | 'dropped';

export interface CommitmentRow {
  commitment: Commitment;
  mark: CommitmentMark;
  kindLabel: string;
}

const MARK_ORDER: Record<CommitmentMark, number> = { overdue: 0, open: 1, done: 2, dropped: 3 };

/** Due today is not overdue yet, as in the contract's health. */
export function markOf(commitment: Commitment, today: Temporal.PlainDate): CommitmentMark {
  if (commitment.status !== 'open') return commitment.status;
  const due = parseDate(commitment.due);
  return due && Temporal.PlainDate.compare(due, today) < 0 ? 'overdue' : 'open';
}

/**
 * One party's commitments: overdue first, then open, done and dropped, soonest due first in
 * each. The screen shows the manager's own first ("checked my own commitments first").
 */
export function commitmentRows(
  commitments: readonly Commitment[],
  party: Commitment['party'],
  today: Temporal.PlainDate,
): CommitmentRow[] {
  return commitments
    .filter((c) => c.party === party)
    .map((c) => ({
      commitment: c,
      mark: markOf(c, today),
      kindLabel: commitmentKindById(c.kind).label,
    }))
    .sort(
      (a, b) =>
        MARK_ORDER[a.mark] - MARK_ORDER[b.mark] ||
        (a.commitment.due < b.commitment.due ? -1 : a.commitment.due > b.commitment.due ? 1 : 0),
    );
}

const startOf = (c: ConversationRecord): string => c.heldAt ?? c.event?.start ?? '';

/** Newest first, so the latest conversation leads the history. */
export function conversationsNewestFirst(
  items: readonly ConversationRecord[],
): ConversationRecord[] {
  return [...items].sort((a, b) =>
    startOf(a) < startOf(b) ? 1 : startOf(a) > startOf(b) ? -1 : 0,
  );
}

/** The full conversations the checklists can be read for: not cancelled, newest first. */
export function checklistConversations(items: readonly ConversationRecord[]): ConversationRecord[] {
  return conversationsNewestFirst(
    items.filter((c) => c.kind === 'full' && c.state !== 'cancelled'),
  );
}

/** The one in progress (booked, or held and not yet followed through), else the latest held. */
export function defaultChecklistConversation(
  items: readonly ConversationRecord[],
): ConversationRecord | undefined {
  return (
    currentConversation(items) ?? checklistConversations(items).find((c) => c.state === 'held')
  );
}

/** The full conversation before this one, for "at the next career conversation". */
export function previousFullConversation(
  items: readonly ConversationRecord[],
  conversation: ConversationRecord,
): ConversationRecord | undefined {
  const at = startOf(conversation);
  return checklistConversations(items).find(
    (c) => c.id !== conversation.id && c.state === 'held' && startOf(c) < at,
  );
}

export interface HistoryInput {
  report: Person;
  managerId: string;
  profile: ProfileRecord | null | undefined;
  triggers: readonly TriggerLogRecord[];
  conversations: readonly ConversationRecord[];
  contract: CurrentContract | null | undefined;
  /** Every visible version as agreed; the current one is taken from `contract`. */
  versions: readonly ContractVersion[];
}

/**
 * The records as the domain's rules read them. The current version comes from the contract
 * read (it carries the latest done and scheduled marks); earlier ones as they were agreed.
 */
export function buildReportHistory(input: HistoryInput): ReportHistory {
  const { contract, profile } = input;
  const current = contract?.current;
  const versions =
    current === undefined
      ? []
      : [...input.versions.filter((v) => v.version !== current.version), current].sort(
          (a, b) => a.version - b.version,
        );
  const developmentContract: DevelopmentContract | undefined =
    contract && current
      ? { id: contract.id, reportId: contract.reportId, managerId: contract.managerId, versions }
      : undefined;
  return {
    report: input.report,
    managerId: input.managerId,
    ...(profile?.direction ? { direction: profile.direction } : {}),
    transitions: profile?.transitions ?? [],
    triggers: [...input.triggers],
    conversations: [...input.conversations],
    ...(developmentContract ? { contract: developmentContract } : {}),
  };
}

export interface NextStep {
  step: ReportStep;
  label: string;
  why: string;
}

/**
 * The step of the playbook that applies now, worked out from the records: book, prompt,
 * prepare, hold, agree, follow through. Open triggers add an ad hoc conversation.
 */
export function nextSteps(input: {
  conversations: readonly ConversationRecord[];
  /** Open triggers no booked conversation takes care of yet, by label. */
  unansweredTriggers: readonly string[];
  /** Versions agreed so far: which conversation each was agreed in. */
  versions: readonly Pick<ContractVersion, 'conversationId'>[];
  now: Temporal.Instant;
}): NextStep[] {
  const { conversations, unansweredTriggers, versions, now } = input;
  const agreedIn = new Set(versions.map((v) => v.conversationId));
  const steps: NextStep[] = [mainStep(conversations, agreedIn, now)];
  if (unansweredTriggers.length > 0) {
    steps.push({
      step: 'triggers',
      label: 'Book the ad hoc conversation',
      why: `Open trigger: ${unansweredTriggers.join(', ')}.`,
    });
  }
  return steps;
}

function mainStep(
  conversations: readonly ConversationRecord[],
  agreedIn: ReadonlySet<string | undefined>,
  now: Temporal.Instant,
): NextStep {
  const current = currentConversation(conversations);
  const anyHeld = conversations.some((c) => c.kind === 'full' && c.state === 'held');
  if (current === undefined) {
    return {
      step: 'book',
      label: anyHeld ? 'Book the next career conversation' : 'Book the quarterly series',
      why: anyHeld
        ? 'Nothing is booked yet: at least once a quarter, as a dedicated session.'
        : 'No career conversation yet: book the first one as a dedicated session, not a 1:1.',
    };
  }
  if (current.state === 'booked') {
    const started =
      current.event !== undefined &&
      Temporal.Instant.compare(Temporal.Instant.from(current.event.start), now) <= 0;
    if (started) {
      return { step: 'conversation', label: 'Open the conversation', why: 'It has started.' };
    }
    if (current.prompt === undefined) {
      return {
        step: 'prompt',
        label: 'Send the reflection prompt',
        why: 'A few days before the conversation, so they can think about it first.',
      };
    }
    return { step: 'prepare', label: 'Prepare privately', why: 'The prompt is on its way.' };
  }
  if (current.contractVersion === undefined && !agreedIn.has(current.id)) {
    return {
      step: 'contract',
      label: 'Agree the development contract',
      why: 'The conversation was held: write down what both of you commit to, with dates.',
    };
  }
  return {
    step: 'close',
    label: 'Close and follow through',
    why: 'Send the written summary within 48 hours and put your commitments in your calendar.',
  };
}
