import { describeSpan } from '../cadence/cadence-wording';
import type { CadencePlan, DueConversation } from '../cadence/cadence-types';
import { DUE_SOON_DAYS } from '../cadence/cadence-rules';
import type { ContractHealth } from '../contract/health';
import type { Commitment } from '../model/contract';
import type { EarlierHistoryFacts } from './earlier-history';
import { Temporal } from '../time/temporal';
import { toDate } from '../time/values';

/**
 * One status per person, so the overview never says "On track" beside something overdue:
 * - overdue: a conversation past its date with nothing booked for it, or a commitment of either
 *   side past its date;
 * - due-soon: a conversation due within two weeks, nothing booked for it;
 * - booked: something is open (a trigger, a transition, a conversation already due) and a booked
 *   conversation takes care of it: in hand, but not "on track" until it is held;
 * - on-track: nothing of the above.
 */
export const PERSON_STATUS_CODES = ['overdue', 'due-soon', 'booked', 'on-track'] as const;
export type PersonStatusCode = (typeof PERSON_STATUS_CODES)[number];

export interface PersonStatus {
  code: PersonStatusCode;
  /** Overdue or due soon: the manager has something to do now. */
  needsAttention: boolean;
  /** What needs doing and why, most pressing first; the first is the overview's one line. */
  reasons: string[];
}

/** Lower comes first in "most urgent first". */
export const PERSON_STATUS_URGENCY: Record<PersonStatusCode, number> = {
  overdue: 0,
  'due-soon': 1,
  booked: 2,
  'on-track': 3,
};

/** Reasons that stay open until the conversation is held, even when one is booked. */
const OPEN_MATTERS = new Set(['trigger', 'leaving-signal', 'transition']);

function describeOverdue(
  whose: 'Your' | 'Their',
  commitments: readonly Commitment[],
  today: Temporal.PlainDate,
): string[] {
  const [oldest] = commitments;
  if (!oldest) return [];
  const late = describeSpan(toDate(oldest.due), today);
  if (commitments.length === 1)
    return [`${whose} commitment is overdue by ${late}: ${oldest.action}`];
  const owner = whose === 'Your' ? 'your' : 'their';
  return [
    `${commitments.length} of ${owner} commitments are overdue, the oldest by ${late}: ${oldest.action}`,
  ];
}

/** Withheld commitments are counted, never named: how late, not what. */
function describeEarlierOverdue(
  overdue: EarlierHistoryFacts['overdue'],
  today: Temporal.PlainDate,
): string[] {
  const lines: string[] = [];
  const late = (due: string | undefined) => (due ? describeSpan(toDate(due), today) : '');
  const { manager, report } = overdue;
  if (manager.count === 1) {
    lines.push(`An earlier manager’s commitment is overdue by ${late(manager.oldestDue)}`);
  } else if (manager.count > 1) {
    lines.push(
      `${manager.count} of an earlier manager’s commitments are overdue, the oldest by ${late(manager.oldestDue)}`,
    );
  }
  if (report.count === 1) {
    lines.push(`Their commitment from before you is overdue by ${late(report.oldestDue)}`);
  } else if (report.count > 1) {
    lines.push(
      `${report.count} of their commitments from before you are overdue, the oldest by ${late(report.oldestDue)}`,
    );
  }
  return lines;
}

/**
 * `earlier`: what is known of records withheld from the manager (dates and counts); their overdue
 * commitments make the person overdue too, so a hand-over never looks calmer than it is.
 */
export function assessPersonStatus(
  plan: CadencePlan,
  health: ContractHealth,
  today: Temporal.PlainDate,
  earlier?: EarlierHistoryFacts,
): PersonStatus {
  const due: DueConversation[] = [plan.next, ...plan.alsoDue];
  const open = due.filter((d) => d.booked === undefined);
  const soon = today.add({ days: DUE_SOON_DAYS });
  const overdueTalks = open.filter((d) => d.overdueSince !== undefined);
  const soonTalks = open.filter(
    (d) => d.overdueSince === undefined && Temporal.PlainDate.compare(d.dueBy, soon) <= 0,
  );
  const inHand = due.filter(
    (d) => d.booked !== undefined && (OPEN_MATTERS.has(d.reason.code) || d.overdueSince),
  );
  const commitments = [
    ...describeOverdue('Your', health.overdue.manager, today),
    ...describeOverdue('Their', health.overdue.report, today),
    ...(earlier ? describeEarlierOverdue(earlier.overdue, today) : []),
  ];
  const overdue = [...overdueTalks.map((d) => d.message), ...commitments];
  const reasons = [...overdue, ...soonTalks.map((d) => d.message), ...inHand.map((d) => d.message)];
  const code: PersonStatusCode =
    overdue.length > 0
      ? 'overdue'
      : soonTalks.length > 0
        ? 'due-soon'
        : inHand.length > 0
          ? 'booked'
          : 'on-track';
  return {
    code,
    needsAttention: code === 'overdue' || code === 'due-soon',
    reasons: reasons.length > 0 ? reasons : [plan.next.message],
  };
}
