import { parseDate } from './parse';
import { Temporal } from './temporal';

/**
 * Values that cross module boundaries are ISO strings, so they serialise as they are and are
 * parsed at the edge. Computation happens on Temporal values.
 */

/** A calendar date without a zone, `YYYY-MM-DD` (a commitment's due date). */
export type IsoDate = string;
/** An exact instant in UTC, `YYYY-MM-DDTHH:mm:ssZ`. */
export type IsoInstant = string;
/** A month, `YYYY-MM` (what the contract will review, and when). */
export type IsoMonth = string;
/** An IANA time zone, e.g. `Europe/London`. */
export type TimeZoneId = string;

export interface Interval {
  start: IsoInstant;
  end: IsoInstant;
}

export function toInstant(value: IsoInstant): Temporal.Instant {
  return Temporal.Instant.from(value);
}

export function toIsoInstant(value: Temporal.Instant): IsoInstant {
  return value.toString({ smallestUnit: 'second' });
}

export function toDate(value: IsoDate): Temporal.PlainDate {
  return Temporal.PlainDate.from(value);
}

/** The calendar date an instant falls on in a zone. */
export function dateIn(instant: Temporal.Instant, zone: TimeZoneId): Temporal.PlainDate {
  return instant.toZonedDateTimeISO(zone).toPlainDate();
}

/** Today in the given zone, from the injected clock's instant. */
export function todayIn(now: Temporal.Instant, zone: TimeZoneId): Temporal.PlainDate {
  return dateIn(now, zone);
}

export function isValidIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseDate(value) !== undefined;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

export function minutesBetween(start: IsoInstant, end: IsoInstant): number {
  return toInstant(start).until(toInstant(end)).total('minutes');
}

export function overlaps(a: Interval, b: Interval): boolean {
  return (
    Temporal.Instant.compare(toInstant(a.start), toInstant(b.end)) < 0 &&
    Temporal.Instant.compare(toInstant(b.start), toInstant(a.end)) < 0
  );
}
