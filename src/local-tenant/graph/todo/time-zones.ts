/**
 * dateTimeTimeZone values: To Do accepts the zone names Graph accepts (graph-time-zones.ts) and
 * answers in UTC unless `Prefer: outlook.timezone` asks for another zone.
 * https://learn.microsoft.com/en-us/graph/api/resources/datetimetimezone
 * https://learn.microsoft.com/en-us/graph/api/todotask-get (Prefer: outlook.timezone)
 */
import { resolveTimeZone } from '../graph-time-zones';

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
  const iana = resolveTimeZone(zone);
  if (!iana) return undefined;
  const wall = Date.parse(`${dateTime.replace(/(Z|[+-]\d{2}:\d{2})$/i, '').slice(0, 23)}Z`);
  if (Number.isNaN(wall)) return undefined;
  const first = wall - offsetMs(iana, wall);
  return wall - offsetMs(iana, first);
}

/** `2020-08-25T04:00:00.0000000` in the given zone, as Outlook writes dateTimeTimeZone. */
export function epochToWallTime(ms: number, zone: string): string {
  const iana = resolveTimeZone(zone) ?? 'UTC';
  const wall = new Date(ms + offsetMs(iana, ms)).toISOString();
  return `${wall.slice(0, 19)}.0000000`;
}

/** DateTimeOffset with seven fractional digits, as To Do writes created/modified times. */
export function preciseInstant(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}
