/**
 * Turning "so long ago" into real dates and meeting times: weekdays only, at hours that suit both
 * people's time zones, so the demo calendar reads like a real distributed team's.
 */
import { Temporal } from '../../../src/domain';
import type { Ago } from './history-spec';

/** The working day both people can meet in, in each one's own local time. */
const EARLIEST = 8 * 60;
const LATEST = 18 * 60;
const CORE_START = 9 * 60;
const CORE_END = 17 * 60 + 30;

/** The day `ago` counts back to from today in `zone`, moved off a weekend the way people would. */
export function dayOf(ago: Ago, now: Temporal.Instant, zone: string): Temporal.PlainDate {
  const today = now.toZonedDateTimeISO(zone).toPlainDate();
  const day = today.subtract({ months: ago.months ?? 0 }).subtract({ days: ago.days ?? 0 });
  const ahead = Temporal.PlainDate.compare(day, today) > 0;
  if (day.dayOfWeek === 6) return day.add({ days: ahead ? 2 : -1 });
  if (day.dayOfWeek === 7) return day.add({ days: ahead ? 1 : -2 });
  return day;
}

export function atHour(day: Temporal.PlainDate, zone: string, hour: number): Temporal.Instant {
  return day.toPlainDateTime({ hour }).toZonedDateTime(zone).toInstant();
}

/** Minutes the report's clock is ahead of the manager's on that day (around midday). */
function offsetBetween(day: Temporal.PlainDate, managerZone: string, reportZone: string): number {
  const noon = day.toPlainDateTime({ hour: 12 }).toZonedDateTime(managerZone);
  const theirs = noon.withTimeZone(reportZone);
  return (theirs.offsetNanoseconds - noon.offsetNanoseconds) / 60e9;
}

/**
 * A half-hour start on `day` (the manager's date) that sits inside both people's working hours,
 * preferring their core hours; `variety` picks among the good slots so not every meeting is at
 * the same time.
 */
export function slotFor(
  day: Temporal.PlainDate,
  managerZone: string,
  reportZone: string,
  minutes: number,
  variety: number,
): Temporal.ZonedDateTime {
  const ahead = offsetBetween(day, managerZone, reportZone);
  const fits = (from: number, to: number, at: number): boolean => at >= from && at + minutes <= to;
  const core: number[] = [];
  const possible: number[] = [];
  for (let at = EARLIEST; at + minutes <= LATEST; at += 30) {
    if (!fits(EARLIEST, LATEST, at + ahead)) continue;
    possible.push(at);
    if (fits(CORE_START, CORE_END, at) && fits(CORE_START, CORE_END, at + ahead)) core.push(at);
  }
  const choices = core.length > 0 ? core : possible;
  const at = choices[variety % Math.max(choices.length, 1)] ?? CORE_START;
  return day
    .toPlainDateTime({ hour: Math.floor(at / 60), minute: at % 60 })
    .toZonedDateTime(managerZone);
}
