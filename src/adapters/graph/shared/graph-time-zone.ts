import { Temporal } from '../../../domain/time/temporal';
import type { TimeZoneId } from '../../../domain/time/values';
import { WINDOWS_TO_IANA, windowsZoneFor } from '../../../graph-facts/time-zones';

/** The zone name Graph is sent, and the IANA zone whose wall clock Graph reads under that name. */
export interface GraphTimeZone {
  name: string;
  iana: TimeZoneId;
}

const UTC: GraphTimeZone = { name: 'UTC', iana: 'UTC' };

/** Rules are compared from here on: what matters is the meetings still to come. */
const COMPARE_FROM = Temporal.Instant.from('2025-01-01T00:00:00Z');
const COMPARE_MID_YEAR = Temporal.Instant.from('2025-07-01T00:00:00Z');
const COMPARE_TO_MS = Temporal.Instant.from('2040-01-01T00:00:00Z').epochMilliseconds;

/** Offsets at two instants: a cheap first filter before comparing every transition. */
function roughRules(zone: string): string {
  return `${COMPARE_FROM.toZonedDateTimeISO(zone).offset} ${COMPARE_MID_YEAR.toZonedDateTimeISO(zone).offset}`;
}

/** Every offset change of the zone over the years compared: equal rules, equal strings. */
function rules(zone: string): string {
  let at = COMPARE_FROM.toZonedDateTimeISO(zone);
  const parts = [at.offset];
  for (;;) {
    const next = at.getTimeZoneTransition('next');
    if (!next || next.epochMilliseconds > COMPARE_TO_MS) break;
    parts.push(`${String(next.epochMilliseconds)}${next.offset}`);
    at = next;
  }
  return parts.join(' ');
}

function sameRulesAs(zone: string): string | undefined {
  const rough = roughRules(zone);
  const exact = rules(zone);
  return Object.entries(WINDOWS_TO_IANA).find(
    ([, iana]) => roughRules(iana) === rough && rules(iana) === exact,
  )?.[0];
}

function resolve(zone: string): GraphTimeZone {
  if (/^(utc|etc\/utc|etc\/gmt|gmt)$/i.test(zone)) return UTC;
  const windows = windowsZoneFor(zone);
  if (windows) return { name: windows, iana: zone };
  try {
    const equivalent = sameRulesAs(zone);
    const iana = equivalent ? WINDOWS_TO_IANA[equivalent] : undefined;
    return equivalent && iana ? { name: equivalent, iana } : UTC;
  } catch {
    return UTC;
  }
}

const resolved = new Map<string, GraphTimeZone>();

/**
 * The name to send Graph for a zone, as a Windows time zone name. Graph accepts Windows names and
 * only a fixed list of IANA names (https://learn.microsoft.com/graph/api/resources/datetimetimezone,
 * "Additional time zones"); any other name is 400 `TimeZoneNotSupportedException`, and the page
 * warns that create and update "might not support all" of the listed ones either. Windows names
 * are Outlook's own, so every zone goes out as one:
 * - the Windows zone CLDR's windowsZones table files the zone under (`graph-facts/time-zones.ts`);
 * - otherwise the first Windows zone whose offsets and daylight-saving changes are the zone's own
 *   from 2025 to 2040 (Europe/Vienna is W. Europe Standard Time), so a recurring series keeps its
 *   local time across DST as it would in the person's own zone;
 * - a zone no Windows zone matches (Antarctica/Troll) goes out as UTC, its times converted: exact
 *   for single meetings, while a series there keeps UTC time across DST.
 * Wall times sent under the name must be read in `iana`, the zone Graph takes the name to mean.
 */
export function graphTimeZone(zone: TimeZoneId): GraphTimeZone {
  const known = resolved.get(zone);
  if (known) return known;
  const found = resolve(zone);
  resolved.set(zone, found);
  return found;
}
