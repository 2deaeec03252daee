import { randomUUID } from 'node:crypto';
import type { DirectoryUser } from '../../state/types';
import { newChangeKey } from './event-ids';
import type { CalendarState, EventFields, StoredEvent } from './state';
import { formatTimestamp } from './time-zones';

/** What every calendar write needs: the calendar data, the directory, the tenant clock. */
export interface CalendarEnv {
  calendar: CalendarState;
  users: readonly DirectoryUser[];
  tenantId: string;
  now: Date;
  newKey: () => string;
}

export function calendarEnv(
  calendar: CalendarState,
  users: readonly DirectoryUser[],
  tenantId: string,
  now: Date,
  newKey: () => string = randomUUID,
): CalendarEnv {
  return { calendar, users, tenantId, now, newKey };
}

export const NEVER = '0001-01-01T00:00:00Z';

/** Every change gives the item a new changeKey (and so a new @odata.etag). */
export function touch(env: CalendarEnv, event: StoredEvent): void {
  event.changeKey = newChangeKey();
  event.lastModifiedDateTime = formatTimestamp(env.now);
}

export function eventsOf(env: CalendarEnv, ownerId: string): StoredEvent[] {
  return env.calendar.events.filter((event) => event.ownerId === ownerId);
}

/** The attendees' copies of an organizer's meeting (same iCalUId, other mailboxes). */
export function copiesOf(env: CalendarEnv, organizerEvent: StoredEvent): StoredEvent[] {
  return env.calendar.events.filter(
    (event) =>
      event.iCalUId === organizerEvent.iCalUId &&
      event.ownerId !== organizerEvent.ownerId &&
      !event.isOrganizer,
  );
}

const CANCELED_PREFIX = 'Canceled: ';

/**
 * What an attendee's calendar shows after the organizer cancels: Exchange keeps the item,
 * marks it cancelled, prefixes the subject and frees the time.
 */
export function cancellationOf(fields: Pick<EventFields, 'subject'>): Partial<EventFields> {
  return {
    isCancelled: true,
    subject: fields.subject.startsWith(CANCELED_PREFIX)
      ? fields.subject
      : `${CANCELED_PREFIX}${fields.subject}`,
    showAs: 'free',
  };
}

export function removeEvent(env: CalendarEnv, event: StoredEvent): void {
  const index = env.calendar.events.indexOf(event);
  if (index >= 0) env.calendar.events.splice(index, 1);
}
