import { parseDate, parseInstant } from './parse';
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

/** 10000-01-01T00:00:00Z: up to here `Date#toISOString` writes a year as Temporal does. */
const YEAR_10000_MS = 253_402_300_800_000;

export function toIsoInstant(value: Temporal.Instant): IsoInstant {
  // The same text Temporal writes, truncated to the second alike, by Date where it can: the
  // polyfill's printer was the costliest step of answering the team overview on the server.
  const ms = value.epochMilliseconds;
  if (ms >= 0 && ms < YEAR_10000_MS) return `${new Date(ms).toISOString().slice(0, 19)}Z`;
  return value.toString({ smallestUnit: 'second' });
}

const CANONICAL_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/**
 * Text read as an instant (any offset) and written as `toIsoInstant` writes it, or undefined when
 * it is not an instant. Text already in that form, as the product stores every instant, is checked
 * field by field without Temporal: a list read passes thousands through here.
 */
export function isoInstantOf(value: string): IsoInstant | undefined {
  const fields = CANONICAL_INSTANT.exec(value)?.slice(1).map(Number);
  if (fields !== undefined && isRealUtcTime(fields)) return value;
  const parsed = parseInstant(value);
  return parsed === undefined ? undefined : toIsoInstant(parsed);
}

/**
 * Whether year, month, day, hour, minute and second name a moment that exists, as Date rebuilds
 * them unchanged. What Date would shift (2 digit years, 30 February, 24:00, a leap second) is
 * left to Temporal's own reading.
 */
function isRealUtcTime(fields: readonly number[]): boolean {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = fields;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

export function toDate(value: IsoDate): Temporal.PlainDate {
  return Temporal.PlainDate.from(value);
}

/** The calendar date an instant falls on in a zone. */
export function dateIn(instant: Temporal.Instant, zone: TimeZoneId): Temporal.PlainDate {
  return instant.toZonedDateTimeISO(zone).toPlainDate();
}

/**
 * The days instants still in use fall on, per zone: a team's summaries ask for today from the
 * same `now` once per person and rule, and the zone's offset is the polyfill's costly step.
 */
const daysOf = new WeakMap<Temporal.Instant, Map<TimeZoneId, Temporal.PlainDate>>();

/** Today in the given zone, from the injected clock's instant. */
export function todayIn(now: Temporal.Instant, zone: TimeZoneId): Temporal.PlainDate {
  const known = daysOf.get(now)?.get(zone);
  if (known !== undefined) return known;
  const day = dateIn(now, zone);
  daysOf.set(now, (daysOf.get(now) ?? new Map<TimeZoneId, Temporal.PlainDate>()).set(zone, day));
  return day;
}

export function isValidIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseDate(value) !== undefined;
}

// Zones Temporal accepted (a few hundred names at most): the API checks the reader's zone on every
// request, and a zone once known stays known for the life of the process.
const knownZones = new Set<string>();

export function isValidTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  try {
    Temporal.Now.instant().toZonedDateTimeISO(zone);
  } catch {
    return false;
  }
  knownZones.add(zone);
  return true;
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
