import type { AuditTrail } from '../../../adapters/career-api/career-api-client';
import { ACCESS_ACTION_LABELS, ACTION_RULES, isAccessAction } from '../../../domain';
import type { DateFormat } from '../../shared/date-format';

type AccessEntry = AuditTrail['aboutYou'][number];

/** Who read, when the directory cannot say: a name or nothing, never an object id. */
export const SOMEONE = 'Someone in your organisation';

/** An action a newer API records and this screen does not know yet: still shown, in neutral words. */
const UNKNOWN_ACTION = 'some of your records';

export interface AccessRead {
  what: string;
  /** "3 times"; absent for once. */
  times: string | undefined;
}

export interface AccessReader {
  readerId: string;
  reader: string;
  reads: AccessRead[];
}

export interface AccessDay {
  /** "Tuesday, 8 December 2026", in the host's locale and zone. */
  heading: string;
  readers: AccessReader[];
}

export function timesWording(count: number): string | undefined {
  return count >= 2 ? `${String(count)} times` : undefined;
}

/**
 * Someone else's read that went through. The API does not record a person's own reads, but the
 * screen says "other people", so it does not rely on that; changes are not reads, and a refused or
 * failed request returned nothing. An action it does not know is kept: hiding a read is worse.
 */
function isOthersRead(entry: AccessEntry, ownId: string): boolean {
  if (entry.actorId === ownId || entry.outcome !== 'allowed') return false;
  return !isAccessAction(entry.action) || ACTION_RULES[entry.action].kind === 'read';
}

const labelOf = (action: string): string =>
  isAccessAction(action) ? ACCESS_ACTION_LABELS[action] : UNKNOWN_ACTION;

/** The people whose names the screen needs, newest reader first. */
export function readersIn(entries: readonly AccessEntry[], ownId: string): string[] {
  return [...new Set(entries.filter((e) => e.actorId !== ownId).map((e) => e.actorId))];
}

/**
 * The trail (newest first, reads counted per reader, record and UTC day) as the person reads it:
 * a day in their own zone, then each reader, then what they read and how often, the counts of
 * several records read the same way added up. A UTC day's summary falls on the local day of its
 * last read (`at`).
 */
export function accessLogDays(
  entries: readonly AccessEntry[],
  ownId: string,
  names: ReadonlyMap<string, string>,
  dates: DateFormat,
): AccessDay[] {
  const days = new Map<string, Map<string, Map<string, number>>>();
  for (const entry of entries) {
    if (!isOthersRead(entry, ownId)) continue;
    const day = dates.longDay(entry.at);
    const readers = days.get(day) ?? new Map<string, Map<string, number>>();
    const reads = readers.get(entry.actorId) ?? new Map<string, number>();
    const what = labelOf(entry.action);
    reads.set(what, (reads.get(what) ?? 0) + (entry.count ?? 1));
    readers.set(entry.actorId, reads);
    days.set(day, readers);
  }
  return [...days].map(([day, readers]) => ({
    heading: day,
    readers: [...readers].map(([readerId, reads]) => ({
      readerId,
      reader: names.get(readerId) ?? SOMEONE,
      reads: [...reads].map(([what, count]) => ({ what, times: timesWording(count) })),
    })),
  }));
}
