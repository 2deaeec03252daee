import { assessContractHealth } from '../contract/health';
import type { Commitment } from '../model/contract';
import type { ReportHistory } from '../model/conversation';
import { Temporal } from '../time/temporal';
import { dateIn, isValidIsoDate, toDate, toInstant, todayIn } from '../time/values';
import type { TimeZoneId } from '../time/values';
import type { PersonCadenceFacts } from './aggregate-types';

/** "The last quarter": the last 3 calendar months up to today, as the playbook's quarterly anchor. */
export const LAST_QUARTER_MONTHS = 3;

export interface QuarterWindow {
  /** First day of the window, in the zone. */
  from: Temporal.PlainDate;
  /** Today, in the zone. */
  to: Temporal.PlainDate;
  start: Temporal.Instant;
}

export function lastQuarterWindow(now: Temporal.Instant, zone: TimeZoneId): QuarterWindow {
  const to = todayIn(now, zone);
  const from = to.subtract({ months: LAST_QUARTER_MONTHS });
  return { from, to, start: from.toZonedDateTime({ timeZone: zone }).toInstant() };
}

const inWindow = (at: Temporal.Instant, window: QuarterWindow, now: Temporal.Instant): boolean =>
  Temporal.Instant.compare(at, window.start) >= 0 && Temporal.Instant.compare(at, now) <= 0;

/**
 * Each manager commitment once, as it stands in the latest version that has it: commitments keep
 * their id across versions, and a done one may have been carried or left out since.
 */
function managerCommitments(history: ReportHistory): Commitment[] {
  const latest = new Map<string, Commitment>();
  for (const version of history.contract?.versions ?? []) {
    for (const c of version.commitments) if (c.party === 'manager') latest.set(c.id, c);
  }
  return [...latest.values()];
}

/**
 * A commitment counts once its due date has passed inside the window (due today is not late
 * yet). Dropped ones are left out: dropping needs a stated reason and is not a missed promise.
 * Done without a completion time (older records) counts as on time.
 */
function managerFollowThrough(
  history: ReportHistory,
  window: QuarterWindow,
  zone: TimeZoneId,
): { due: number; onTime: number } {
  const due = managerCommitments(history).filter((c) => {
    if (c.status === 'dropped' || !isValidIsoDate(c.due)) return false;
    const date = toDate(c.due);
    return (
      Temporal.PlainDate.compare(date, window.from) >= 0 &&
      Temporal.PlainDate.compare(date, window.to) < 0
    );
  });
  const onTime = due.filter(
    (c) =>
      c.status === 'done' &&
      (c.completedAt === undefined ||
        Temporal.PlainDate.compare(dateIn(toInstant(c.completedAt), zone), toDate(c.due)) <= 0),
  );
  return { due: due.length, onTime: onTime.length };
}

/** The aggregate's view of one report, derived from the same model the manager's screens use. */
export function cadenceFactsFor(
  history: ReportHistory,
  now: Temporal.Instant,
  zone: TimeZoneId,
): PersonCadenceFacts {
  const window = lastQuarterWindow(now, zone);
  const hadFull = history.conversations.some(
    (c) =>
      c.kind === 'full' &&
      c.state === 'held' &&
      c.heldAt !== undefined &&
      inWindow(toInstant(c.heldAt), window, now),
  );
  const followThrough = managerFollowThrough(history, window, zone);
  return {
    personId: history.report.id,
    hadFullConversationLastQuarter: hadFull,
    contractHasDatedCommitmentsFromBoth: assessContractHealth(history.contract, window.to)
      .hasDatedCommitmentsFromBoth,
    managerCommitmentsDue: followThrough.due,
    managerCommitmentsOnTime: followThrough.onTime,
  };
}
