import { z } from 'zod/mini';
import type { Attendee, CalendarEvent } from '../../../app/ports';
import { dateTimeTimeZone, emailAddress } from '../client';
import { instantFromGraph } from '../shared/date-time';

/** The event properties the port needs; asking for only these keeps responses small. */
export const EVENT_SELECT = [
  'id',
  'subject',
  'start',
  'end',
  'attendees',
  'organizer',
  'onlineMeeting',
  'seriesMasterId',
  'isCancelled',
  'type',
].join(',');

export const graphEvent = z.object({
  id: z.string().check(z.minLength(1)),
  subject: z.catch(z.nullish(z.string()), null),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  attendees: z.catch(
    z.nullish(z.array(z.catch(z.object({ emailAddress: z.nullish(emailAddress) }), {}))),
    [],
  ),
  organizer: z.catch(z.nullish(z.object({ emailAddress: z.nullish(emailAddress) })), null),
  onlineMeeting: z.catch(z.nullish(z.object({ joinUrl: z.nullish(z.string()) })), null),
  seriesMasterId: z.catch(z.nullish(z.string()), null),
  isCancelled: z.catch(z.nullish(z.boolean()), null),
  type: z.catch(z.nullish(z.string()), null),
  originalStartTimeZone: z.catch(z.nullish(z.string()), null),
});
export type GraphEvent = z.infer<typeof graphEvent>;

/** An event with times we cannot place is unusable, so it is left out rather than guessed. */
export function toCalendarEvent(event: GraphEvent): CalendarEvent | undefined {
  const start = instantFromGraph(event.start);
  const end = instantFromGraph(event.end);
  if (!start || !end) return undefined;
  const attendees: Attendee[] = (event.attendees ?? []).flatMap((a) =>
    a.emailAddress?.address
      ? [{ email: a.emailAddress.address, name: a.emailAddress.name ?? a.emailAddress.address }]
      : [],
  );
  return {
    id: event.id,
    title: event.subject ?? '',
    start,
    end,
    attendees,
    organizerEmail: event.organizer?.emailAddress?.address ?? '',
    ...(event.onlineMeeting?.joinUrl ? { joinUrl: event.onlineMeeting.joinUrl } : {}),
    ...(event.seriesMasterId ? { seriesMasterId: event.seriesMasterId } : {}),
    isCancelled: event.isCancelled ?? false,
    isRecurring: event.type === 'seriesMaster',
  };
}
