// Which time zone names Outlook accepts (calendar, To Do, `Prefer: outlook.timezone`), from the one
// table of the zones Graph accepts (src/graph-facts/time-zones.ts); any other name is 400
// TimeZoneNotSupportedException (microsoftgraph/microsoft-graph-docs#4758 shows the answer).
// https://learn.microsoft.com/en-us/graph/api/resources/datetimetimezone?view=graph-rest-1.0
import { Temporal } from 'temporal-polyfill';
import { ianaForWindowsZone, listedIanaZone } from '../../graph-facts/time-zones';

const resolved = new Map<string, string | undefined>();

/** IANA zone for a Windows or IANA name, or undefined when Outlook would refuse it. */
export function resolveTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (resolved.has(trimmed)) return resolved.get(trimmed);
  const zone = lookUpTimeZone(trimmed);
  resolved.set(trimmed, zone);
  return zone;
}

function lookUpTimeZone(name: string): string | undefined {
  if (name === '') return undefined;
  const windows = ianaForWindowsZone(name);
  if (windows) return windows;
  // An IANA id Outlook knows but that is not on the list is refused all the same.
  const listed = listedIanaZone(name);
  if (!listed) return undefined;
  try {
    return Temporal.Now.zonedDateTimeISO(listed).timeZoneId;
  } catch {
    return undefined;
  }
}

/** Outlook's error for a time zone it does not know. */
export function unsupportedTimeZoneMessage(name: string): string {
  return `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`;
}
