import type { ReportHistory } from '../model/conversation';
import type { Person } from '../model/person';
import type { Temporal } from '../time/temporal';
import { dateIn, type TimeZoneId } from '../time/values';
import { occasionsFor } from './nudge-occasions';
import type { Nudge, NudgeKind, PendingHistoryRequest, SentNudge } from './nudge-types';

export interface NudgePlanInput {
  /** Each report's records as their current manager may see them (never private notes). */
  histories: readonly ReportHistory[];
  /** The managers, for their names and zones. */
  managers: ReadonlyMap<string, Person>;
  /** The kinds each person switched off; absent means all on. */
  switchedOff: ReadonlyMap<string, readonly NudgeKind[]>;
  /** Unanswered requests to share history; only the report's current manager's are nudged. */
  historyRequests: readonly PendingHistoryRequest[];
  /** What already went out (at least today's and every key still in play). */
  sent: readonly SentNudge[];
  /** For people whose zone the directory does not give. */
  defaultZone: TimeZoneId;
}

/**
 * The nudges due at `now`: for each person at most one a day (in their own zone), the most
 * pressing one, none they switched off, none whose occasion was already nudged. Only a report
 * and their current manager are ever addressed; nobody else (HR included) receives anything.
 */
export function planNudges(input: NudgePlanInput, now: Temporal.Instant): Nudge[] {
  const zoneOf = (person: Person | undefined): TimeZoneId => person?.timeZone ?? input.defaultZone;
  const sentKeys = new Set(input.sent.map((sent) => `${sent.recipientId}|${sent.key}`));
  const sentDays = new Set(input.sent.map((sent) => `${sent.recipientId}|${sent.day}`));
  const best = new Map<string, Nudge & { rank: number }>();
  for (const history of input.histories) {
    const manager = input.managers.get(history.managerId);
    const zones = { managerZone: zoneOf(manager), reportZone: zoneOf(history.report) };
    const historyRequests = input.historyRequests.filter(
      (request) => request.reportId === history.report.id,
    );
    for (const occasion of occasionsFor(history, { now, manager, historyRequests, ...zones })) {
      const recipient = occasion.recipientId;
      const zone = recipient === history.report.id ? zones.reportZone : zones.managerZone;
      const day = dateIn(now, zone).toString();
      if (input.switchedOff.get(recipient)?.includes(occasion.kind)) continue;
      if (sentKeys.has(`${recipient}|${occasion.key}`)) continue;
      if (sentDays.has(`${recipient}|${day}`)) continue;
      const current = best.get(recipient);
      if (!current || occasion.rank < current.rank) best.set(recipient, { ...occasion, day });
    }
  }
  return [...best.values()].map(({ rank: _rank, ...nudge }) => nudge);
}
