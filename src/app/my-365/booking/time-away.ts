import type { Availability, BusyBlock, Calendar, WorkingWeek } from '../../ports';
import { isPortError } from '../../ports';
import type { Interval, Person, TimeAway, TimeZoneId, WorkingHours } from '../../../domain';

/** Whose working week the search used: the one Outlook shares, or the assumed one. */
export interface KnownWorkingWeek extends WorkingWeek {
  source: 'outlook' | 'assumed';
}

/**
 * What in free/busy means a person cannot meet at all: an out-of-office item, or an all-day item
 * (a holiday is often shown as free, yet it is a day off). Only the kind travels on, never what
 * the item is.
 */
export function timeAwayOf(blocks: readonly BusyBlock[]): TimeAway[] {
  return blocks.flatMap((block): TimeAway[] => {
    if (block.status === 'oof')
      return [{ start: block.start, end: block.end, reason: 'out-of-office' }];
    if (block.allDay) return [{ start: block.start, end: block.end, reason: 'all-day-event' }];
    return [];
  });
}

/** The week Outlook shares for the person, else the assumed one in their directory zone. */
export function workingWeekOf(
  availability: Availability | undefined,
  fallback: { zone: TimeZoneId; hours: WorkingHours },
): KnownWorkingWeek {
  return availability?.workingWeek
    ? { ...availability.workingWeek, source: 'outlook' }
    : { ...fallback, source: 'assumed' };
}

/**
 * The signed-in manager's scheduled automatic replies as time away. Best effort: a mailbox that
 * does not answer still lets the manager book from free/busy, as before; a lost sign-in does not.
 */
export async function myAutomaticReplies(
  calendar: Calendar,
  window: Interval,
): Promise<TimeAway[]> {
  try {
    const replies = await calendar.automaticReplies(window);
    return replies ? [{ ...replies, reason: 'out-of-office' }] : [];
  } catch (error) {
    if (!isPortError(error) || error.kind === 'unauthenticated') throw error;
    return [];
  }
}

/** The first name the manager calls the report by, for "Tomás is out of office". */
export function firstNameOf(person: Person): string {
  return person.displayName.trim().split(/\s+/)[0] ?? person.displayName;
}
