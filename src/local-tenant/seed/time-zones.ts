import { windowsZoneFor } from '../../graph-facts/time-zones';

/**
 * The Windows time zone name of a demo person's IANA zone: Graph's mailboxSettings.timeZone and
 * most Outlook payloads use the Windows name.
 */
export function toWindowsTimeZone(iana: string): string {
  return windowsZoneFor(iana) ?? 'UTC';
}
