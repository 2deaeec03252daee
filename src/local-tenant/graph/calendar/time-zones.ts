// Outlook's dateTime formats and dateTimeTimeZone reading; which zone names Outlook accepts is
// graph/graph-time-zones.ts.
// https://learn.microsoft.com/en-us/graph/api/resources/datetimetimezone?view=graph-rest-1.0
import { Temporal } from 'temporal-polyfill';
import { windowsZoneFor } from '../../../graph-facts/time-zones';
import { resolveTimeZone } from '../graph-time-zones';

export { resolveTimeZone, unsupportedTimeZoneMessage } from '../graph-time-zones';

/** The Windows name Outlook shows for a mailbox in an IANA zone (the IANA id if none). */
export function windowsNameFor(iana: string): string {
  return windowsZoneFor(iana) ?? iana;
}

/** `2017-04-15T11:00:00.0000000`: Outlook's dateTime format, always seven fractional digits. */
export function formatLocalDateTime(value: Temporal.PlainDateTime): string {
  const base = value.toString({ smallestUnit: 'second' });
  const fraction = String(value.millisecond).padStart(3, '0') + '0000';
  return `${base}.${fraction}`;
}

/** The instant rendered in a zone, as Outlook writes a dateTimeTimeZone. */
export function toDateTimeTimeZone(
  instant: Temporal.Instant,
  zone: { iana: string; label: string },
): { dateTime: string; timeZone: string } {
  const local = instant.toZonedDateTimeISO(zone.iana).toPlainDateTime();
  return { dateTime: formatLocalDateTime(local), timeZone: zone.label };
}

/** `2017-04-15T03:00:50.7579581Z`: DateTimeOffset properties carry seven fractional digits. */
export function formatTimestamp(instant: Temporal.Instant | Date): string {
  const iso =
    instant instanceof Date
      ? instant.toISOString()
      : new Date(instant.epochMilliseconds).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}0000Z`;
}

/** `2019-04-08T20:30:00Z`: Outlook writes originalStart without fractions. */
export function formatOffsetSeconds(instant: Temporal.Instant): string {
  return `${new Date(instant.epochMilliseconds).toISOString().slice(0, 19)}Z`;
}

export type LocalDateTimeParse =
  { ok: true; instant: Temporal.Instant } | { ok: false; reason: 'format' | 'zone' };

/**
 * Reads a dateTimeTimeZone: the wall-clock `dateTime` is in `timeZone` (UTC when absent); a
 * value with its own offset is taken as that instant.
 */
export function parseDateTimeTimeZone(
  dateTime: string,
  timeZone: string | undefined,
): LocalDateTimeParse {
  const zone = resolveTimeZone(timeZone ?? 'UTC');
  if (!zone) return { ok: false, reason: 'zone' };
  const text = dateTime.trim();
  try {
    if (/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
      return { ok: true, instant: Temporal.Instant.from(text) };
    }
    const local = Temporal.PlainDateTime.from(text.length === 10 ? `${text}T00:00:00` : text);
    return { ok: true, instant: local.toZonedDateTime(zone).toInstant() };
  } catch {
    return { ok: false, reason: 'format' };
  }
}

/** Query-string instants (`startDateTime`): an offset is honoured, none means UTC. */
export function parseQueryInstant(value: string): Temporal.Instant | undefined {
  const parsed = parseDateTimeTimeZone(value, 'UTC');
  return parsed.ok ? parsed.instant : undefined;
}
