import { Temporal } from '../time/temporal';
import type { IsoDate, IsoInstant, IsoMonth, TimeZoneId } from '../time/values';

/*
 * Dates and times in messages go through Intl with a fixed locale and an explicit zone, so the
 * same input reads the same on every host: en-GB day-month order and a 24-hour clock. Date and
 * time are formatted apart and joined here, because ICU versions differ in how they join them.
 */
const LOCALE = 'en-GB';

const DAY: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

function parseInstant(value: IsoInstant): Temporal.Instant | undefined {
  try {
    return Temporal.Instant.from(value);
  } catch {
    return undefined;
  }
}

function parseDate(value: string): Temporal.PlainDate | undefined {
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    return undefined;
  }
}

/** "Saturday, 20 March 2027" in the zone. */
export function formatSessionDay(instant: IsoInstant, zone: TimeZoneId): string {
  const at = parseInstant(instant);
  return at ? at.toLocaleString(LOCALE, { ...DAY, timeZone: zone }) : instant;
}

/** "14:00" in the zone. */
export function formatClockTime(instant: IsoInstant, zone: TimeZoneId): string {
  const at = parseInstant(instant);
  return at ? at.toLocaleString(LOCALE, { ...CLOCK, timeZone: zone }) : instant;
}

/** "Saturday, 20 March 2027, 14:00–15:00", with the end's day too when it falls on another. */
export function formatSession(start: IsoInstant, end: IsoInstant, zone: TimeZoneId): string {
  const startDay = formatSessionDay(start, zone);
  const endDay = formatSessionDay(end, zone);
  const endText =
    endDay === startDay ? formatClockTime(end, zone) : `${endDay}, ${formatClockTime(end, zone)}`;
  return `${startDay}, ${formatClockTime(start, zone)}–${endText}`;
}

/** "Saturday, 20 March 2027 at 14:00". */
export function formatSessionStart(start: IsoInstant, zone: TimeZoneId): string {
  return `${formatSessionDay(start, zone)} at ${formatClockTime(start, zone)}`;
}

/** "30 September 2026"; a value that is not a date is shown as it was stored. */
export function formatDate(date: IsoDate): string {
  const parsed = parseDate(date);
  return parsed
    ? parsed.toLocaleString(LOCALE, { day: 'numeric', month: 'long', year: 'numeric' })
    : date;
}

/** "30 September 2026" for the day an instant falls on in the zone. */
export function formatDateOf(instant: IsoInstant, zone: TimeZoneId): string {
  const at = parseInstant(instant);
  return at
    ? at.toLocaleString(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone })
    : instant;
}

/** "September 2026". */
export function formatMonth(month: IsoMonth): string {
  const parsed = /^\d{4}-\d{2}$/.test(month) ? parseDate(`${month}-01`) : undefined;
  return parsed ? parsed.toLocaleString(LOCALE, { month: 'long', year: 'numeric' }) : month;
}
