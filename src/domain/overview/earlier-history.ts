import { definedOnly } from '../defined-only';
import { assessContractHealth } from '../contract/health';
import type { Commitment, DevelopmentContract } from '../model/contract';
import type { ConversationRecord } from '../model/conversation';
import { parseInstant } from '../time/parse';
import { Temporal } from '../time/temporal';
import type { IsoDate, TimeZoneId } from '../time/values';

/** How many commitments of one side are overdue, and since when the oldest. Never which. */
export interface OverdueTally {
  count: number;
  oldestDue?: IsoDate;
}

/**
 * What a new manager may know about the records made before them that the report has not shared:
 * cadence facts (dates and counts), never content. Enough to see that a conversation and both
 * sides' follow-through are overdue; what was said, agreed or promised stays the report's to share.
 */
export interface EarlierHistoryFacts {
  /** The day the latest conversation of any kind was held, in the manager's zone. */
  lastHeldOn?: IsoDate;
  /** The day the latest full conversation was held: the quarterly rule runs from it. */
  lastFullHeldOn?: IsoDate;
  /** The open commitments past their date in the hidden contract's current version. */
  overdue: { manager: OverdueTally; report: OverdueTally };
}

function latestHeldOn(
  conversations: readonly ConversationRecord[],
  zone: TimeZoneId,
  full: boolean,
): IsoDate | undefined {
  let latest: Temporal.Instant | undefined;
  for (const c of conversations) {
    if (c.state !== 'held' || (full && c.kind !== 'full')) continue;
    const at = c.heldAt ?? c.event?.start;
    if (at === undefined) continue;
    const instant = parseInstant(at);
    if (!instant) continue;
    if (!latest || Temporal.Instant.compare(instant, latest) > 0) latest = instant;
  }
  return latest?.toZonedDateTimeISO(zone).toPlainDate().toString();
}

const tally = (overdue: readonly Commitment[]): OverdueTally => {
  const [oldest] = overdue;
  return oldest ? { count: overdue.length, oldestDue: oldest.due } : { count: 0 };
};

/**
 * The cadence facts of records withheld from the manager: `conversations` they may not read, and
 * the `contract` when its current version is withheld whole.
 */
export function describeEarlierHistory(
  hidden: { conversations: readonly ConversationRecord[]; contract?: DevelopmentContract },
  zone: TimeZoneId,
  today: Temporal.PlainDate,
): EarlierHistoryFacts {
  const lastHeldOn = latestHeldOn(hidden.conversations, zone, false);
  const lastFullHeldOn = latestHeldOn(hidden.conversations, zone, true);
  const { overdue } = assessContractHealth(hidden.contract, today);
  return {
    ...definedOnly({ lastHeldOn, lastFullHeldOn }),
    overdue: { manager: tally(overdue.manager), report: tally(overdue.report) },
  };
}
