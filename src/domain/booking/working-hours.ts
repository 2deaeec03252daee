import type { DomainError, Result } from '../result';
import { fail, ok } from '../result';
import { Temporal } from '../time/temporal';
import type { TimeZoneId } from '../time/values';
import type { WorkingHours } from './booking-types';

/** Working hours checked once, so the search never re-parses `HH:MM` strings. */
export interface ParsedWorkingHours {
  start: Temporal.PlainTime;
  end: Temporal.PlainTime;
  days: ReadonlySet<number>;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parseTime(value: string): Temporal.PlainTime | undefined {
  const match = HH_MM.exec(value);
  if (!match) return undefined;
  return new Temporal.PlainTime(Number(match[1]), Number(match[2]));
}

export function parseWorkingHours(
  hours: WorkingHours,
  field = 'workingHours',
): Result<ParsedWorkingHours> {
  const errors: DomainError[] = [];
  const start = parseTime(hours.start);
  const end = parseTime(hours.end);
  if (!start) {
    errors.push({
      code: 'invalid-working-hours',
      message: `Working hours must start at a time like 09:00 (got "${hours.start}").`,
      field: `${field}.start`,
    });
  }
  if (!end) {
    errors.push({
      code: 'invalid-working-hours',
      message: `Working hours must end at a time like 17:30 (got "${hours.end}").`,
      field: `${field}.end`,
    });
  }
  if (start && end && Temporal.PlainTime.compare(start, end) >= 0) {
    errors.push({
      code: 'invalid-working-hours',
      message: `Working hours must end after they start (${hours.start}–${hours.end}).`,
      field: `${field}.end`,
    });
  }
  const validDays = hours.days.every((day) => Number.isInteger(day) && day >= 1 && day <= 7);
  if (hours.days.length === 0 || !validDays) {
    errors.push({
      code: 'invalid-working-hours',
      message: 'Choose at least one working day (1 = Monday ... 7 = Sunday).',
      field: `${field}.days`,
    });
  }
  if (errors.length > 0 || !start || !end) return fail(errors);
  return ok({ start, end, days: new Set(hours.days) });
}

export function isWorkingDay(date: Temporal.PlainDate, hours: ParsedWorkingHours): boolean {
  return hours.days.has(date.dayOfWeek);
}

/** The working window on a local date, as exact times (a DST change inside it shortens or lengthens it). */
export function workingWindowOn(
  date: Temporal.PlainDate,
  zone: TimeZoneId,
  hours: ParsedWorkingHours,
): { start: Temporal.Instant; end: Temporal.Instant } {
  return {
    start: date.toZonedDateTime({ timeZone: zone, plainTime: hours.start }).toInstant(),
    end: date.toZonedDateTime({ timeZone: zone, plainTime: hours.end }).toInstant(),
  };
}

/** True when [start, end) lies within the working window of a working day, read in `zone`. */
export function fitsWorkingHours(
  start: Temporal.Instant,
  end: Temporal.Instant,
  zone: TimeZoneId,
  hours: ParsedWorkingHours,
): boolean {
  const date = start.toZonedDateTimeISO(zone).toPlainDate();
  if (!isWorkingDay(date, hours)) return false;
  const window = workingWindowOn(date, zone, hours);
  return (
    Temporal.Instant.compare(start, window.start) >= 0 &&
    Temporal.Instant.compare(end, window.end) <= 0
  );
}

/** Rounds up to a whole minute, so a time derived from `now` is never a moment before it. */
export function ceilToMinute(instant: Temporal.Instant): Temporal.Instant {
  return instant.round({ smallestUnit: 'minute', roundingMode: 'ceil' });
}

/** The first instant at or after `after` that is inside working hours in `zone`. */
export function nextWorkingInstant(
  after: Temporal.Instant,
  zone: TimeZoneId,
  hours: ParsedWorkingHours,
): Temporal.Instant {
  const from = ceilToMinute(after);
  let date = from.toZonedDateTimeISO(zone).toPlainDate();
  // Parsed hours have at least one working day, so a fortnight always reaches one.
  for (let i = 0; i < 15; i += 1, date = date.add({ days: 1 })) {
    if (!isWorkingDay(date, hours)) continue;
    const window = workingWindowOn(date, zone, hours);
    if (Temporal.Instant.compare(from, window.end) >= 0) continue;
    return Temporal.Instant.compare(from, window.start) > 0 ? from : window.start;
  }
  return from;
}

export function formatTime(time: Temporal.PlainTime): string {
  return time.toString({ smallestUnit: 'minute' });
}
