/**
 * dateTimeTimeZone values: To Do accepts IANA or Windows zone names and answers in UTC unless
 * `Prefer: outlook.timezone` asks for another zone.
 * https://learn.microsoft.com/en-us/graph/api/resources/datetimetimezone
 * https://learn.microsoft.com/en-us/graph/api/todotask-get (Prefer: outlook.timezone)
 */
import { WINDOWS_TIME_ZONES } from '../../seed/time-zones';

/** Common Windows names beyond the demo people's zones. */
const MORE_WINDOWS_ZONES: Record<string, string> = {
  'Pacific Standard Time': 'America/Los_Angeles',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Eastern Standard Time': 'America/New_York',
  'GMT Standard Time': 'Europe/London',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'India Standard Time': 'Asia/Kolkata',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'AUS Eastern Standard Time': 'Australia/Sydney',
};

export function ianaZone(zone: string): string | undefined {
  const trimmed = zone.trim();
  if (/^(utc|gmt|etc\/utc|coordinated universal time)$/i.test(trimmed)) return 'UTC';
  const windows =
    Object.entries(MORE_WINDOWS_ZONES).find(
      ([name]) => name.toLowerCase() === trimmed.toLowerCase(),
    )?.[1] ??
    Object.entries(WINDOWS_TIME_ZONES).find(
      ([, name]) => name.toLowerCase() === trimmed.toLowerCase(),
    )?.[0];
  if (windows) return windows;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function offsetMs(zone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const part = (type: string): number =>
    Number(parts.find((item) => item.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(utcMs / 1000) * 1000;
}

/** Wall-clock time in a zone to epoch milliseconds; undefined when either part is unreadable. */
export function wallTimeToEpoch(dateTime: string, zone: string): number | undefined {
  const iana = ianaZone(zone);
  if (!iana) return undefined;
  const wall = Date.parse(`${dateTime.replace(/(Z|[+-]\d{2}:\d{2})$/i, '').slice(0, 23)}Z`);
  if (Number.isNaN(wall)) return undefined;
  const first = wall - offsetMs(iana, wall);
  return wall - offsetMs(iana, first);
}

/** `2020-08-25T04:00:00.0000000` in the given zone, as Outlook writes dateTimeTimeZone. */
export function epochToWallTime(ms: number, zone: string): string {
  const iana = ianaZone(zone) ?? 'UTC';
  const wall = new Date(ms + offsetMs(iana, ms)).toISOString();
  return `${wall.slice(0, 19)}.0000000`;
}

/** DateTimeOffset with seven fractional digits, as To Do writes created/modified times. */
export function preciseInstant(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}
