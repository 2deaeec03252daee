import { Temporal } from '../../../domain/time/temporal';
import { toIsoInstant, type IsoInstant, type TimeZoneId } from '../../../domain/time/values';
import { graphTimeZone } from './graph-time-zone';
import { ianaForWindowsZone } from '../../../graph-facts/time-zones';

function isIanaZone(zone: string): boolean {
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The IANA zone for a zone name Graph hands back: a Windows name, an IANA name, or one of Graph's
 * spellings of UTC. Undefined when the name means nothing we can compute with.
 */
export function toIanaZone(name: string | null | undefined): TimeZoneId | undefined {
  if (!name) return undefined;
  const trimmed = name.trim();
  if (/^(utc|gmt|etc\/utc|tzone:\/\/microsoft\/utc|coordinated universal time)$/i.test(trimmed)) {
    return 'UTC';
  }
  const windows = ianaForWindowsZone(trimmed);
  if (windows) return windows;
  return isIanaZone(trimmed) ? trimmed : undefined;
}

/** Graph's `dateTimeTimeZone` (wall time plus zone name) as an exact instant. */
export function instantFromGraph(value: {
  dateTime: string;
  timeZone?: string | null | undefined;
}): IsoInstant | undefined {
  try {
    if (/(z|[+-]\d{2}:\d{2})$/i.test(value.dateTime)) {
      return toIsoInstant(Temporal.Instant.from(value.dateTime));
    }
    const zone = toIanaZone(value.timeZone ?? 'UTC');
    if (!zone) return undefined;
    const wall = Temporal.PlainDateTime.from(value.dateTime);
    return toIsoInstant(wall.toZonedDateTime(zone, { disambiguation: 'compatible' }).toInstant());
  } catch {
    return undefined;
  }
}

/**
 * An instant as Graph's `dateTimeTimeZone` in the given zone: the wall time under the zone's
 * Windows name (`graphTimeZone`), which Graph accepts where it refuses many IANA names.
 */
export function graphDateTime(
  instant: IsoInstant,
  zone: TimeZoneId,
): { dateTime: string; timeZone: string } {
  const sent = graphTimeZone(zone);
  const wall = Temporal.Instant.from(instant).toZonedDateTimeISO(sent.iana).toPlainDateTime();
  return { dateTime: wall.toString({ smallestUnit: 'second' }), timeZone: sent.name };
}

/** `Prefer: outlook.timezone` for answers in the given zone, under a name Graph accepts. */
export function preferTimeZone(zone: TimeZoneId): { Prefer: string } {
  return { Prefer: `outlook.timezone="${graphTimeZone(zone).name}"` };
}
