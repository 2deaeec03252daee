import { Temporal } from './temporal';

/*
 * Every date and time the product reads from text is read here. Values from storage, the network
 * or a person are untrusted: these return `undefined` (or NaN) for text that is not what it claims
 * to be, and the caller decides whether that is an error, an unknown or a value shown as stored.
 */

/** An exact instant (`2026-03-04T10:00:00Z`, any offset), or undefined. */
export function parseInstant(value: string | undefined): Temporal.Instant | undefined {
  if (value === undefined) return undefined;
  try {
    return Temporal.Instant.from(value);
  } catch {
    return undefined;
  }
}

/** A calendar date (`2026-03-04`), or undefined; an impossible day (`2026-02-30`) is refused. */
export function parseDate(value: string | undefined): Temporal.PlainDate | undefined {
  if (value === undefined) return undefined;
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    return undefined;
  }
}

/** A month (`2026-09`) as its first day, or undefined. */
export function parseMonth(value: string): Temporal.PlainDate | undefined {
  return /^\d{4}-\d{2}$/.test(value) ? parseDate(`${value}-01`) : undefined;
}

/**
 * Milliseconds since the epoch, NaN when the text is not a time: the platform's own parse, cheap
 * enough to sort a whole team's records by, and the one that also reads an HTTP date
 * (`Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`).
 */
export function epochMillisOf(value: string | undefined): number {
  return value === undefined ? NaN : Date.parse(value);
}

/** A time of day (`09:30`), or undefined. */
export function parseTime(value: string): Temporal.PlainTime | undefined {
  try {
    return Temporal.PlainTime.from(value);
  } catch {
    return undefined;
  }
}

/** A wall-clock date and time with no zone (`2027-03-04T15:00`), or undefined. */
export function parseDateTime(value: string): Temporal.PlainDateTime | undefined {
  try {
    return Temporal.PlainDateTime.from(value);
  } catch {
    return undefined;
  }
}
