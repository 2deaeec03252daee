import type {
  ContractVersionOf,
  ConversationRecord,
  CurrentContract,
} from '../../adapters/career-api/career-api-client';
import {
  evaluateChecklists,
  Temporal,
  type ChecklistItemState,
  type DateWording,
  type DevelopmentContract,
  type Person,
  type ReportHistory,
  type TimeZoneId,
  type TransitionFlag,
} from '../../domain';

/**
 * The contract with every version the manager may see, the current one as last read (it carries
 * progress: done and scheduled commitments). Versions still loading are left out; the current
 * one is always there.
 */
export function toDevelopmentContract(
  contract: CurrentContract,
  versions: readonly (ContractVersionOf | undefined)[],
): DevelopmentContract {
  const earlier = versions
    .filter((v): v is ContractVersionOf => v !== undefined && v.version < contract.current.version)
    .sort((a, b) => a.version - b.version);
  return {
    id: contract.id,
    reportId: contract.reportId,
    managerId: contract.managerId,
    versions: [...earlier, contract.current],
  };
}

function timeOf(record: ConversationRecord): string {
  return record.heldAt ?? record.event?.start ?? '';
}

/**
 * The quarterly conversation to follow through: the latest full one that happened, that is held,
 * or booked and either already started or already has a contract agreed in it (the manager
 * agreed the contract before marking it held). The next one, booked later with nothing agreed
 * yet, is not it: booking it is part of following through on this one.
 */
export function conversationToClose(
  items: readonly ConversationRecord[],
  agreedIn: ReadonlySet<string>,
  now: Temporal.Instant,
): ConversationRecord | undefined {
  return items
    .filter(
      (c) =>
        c.kind === 'full' &&
        (c.state === 'held' ||
          (c.state === 'booked' &&
            (agreedIn.has(c.id) ||
              (c.event !== undefined &&
                Temporal.Instant.compare(Temporal.Instant.from(c.event.start), now) <= 0)))),
    )
    .reduce<ConversationRecord | undefined>(
      (latest, c) => (latest === undefined || timeOf(c) > timeOf(latest) ? c : latest),
      undefined,
    );
}

export interface HistoryParts {
  report: Person;
  managerId: string;
  conversations: readonly ConversationRecord[];
  contract?: DevelopmentContract;
  transitions?: readonly TransitionFlag[];
}

/** What the domain's rules read about the report, from what the career API returned. */
export function toHistory(parts: HistoryParts): ReportHistory {
  return {
    report: parts.report,
    managerId: parts.managerId,
    transitions: [...(parts.transitions ?? [])],
    triggers: [],
    conversations: [...parts.conversations],
    ...(parts.contract === undefined ? {} : { contract: parts.contract }),
  };
}

/** "After the conversation:", each item ticked only from what the records show. */
export function afterChecklist(
  history: ReportHistory,
  conversation: ConversationRecord,
  now: Temporal.Instant,
  zone: TimeZoneId,
  /** The host's wording for the evidence's dates; en-GB when absent. */
  wording?: DateWording,
): ChecklistItemState[] {
  return evaluateChecklists({ history, conversation, now, zone, ...(wording ? { wording } : {}) })
    .after;
}

/** "due in 31 h", "due in 25 min", "overdue by 5 h": the 48-hour clock in words. */
export function summaryCountdown(dueBy: string, now: Temporal.Instant): string {
  const minutes = Math.round(now.until(Temporal.Instant.from(dueBy)).total('minutes'));
  const span = (m: number): string => {
    if (m < 60) return `${String(m)} min`;
    const hours = Math.floor(m / 60);
    // The whole 48-hour window reads in hours ("due in 48 h" just after the conversation).
    return hours <= 48 ? `${String(hours)} h` : `${String(Math.floor(hours / 24))} days`;
  };
  return minutes >= 0 ? `due in ${span(minutes)}` : `overdue by ${span(-minutes)}`;
}
