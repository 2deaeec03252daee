import { z } from 'zod';
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
  id: z.string().min(1),
  subject: z.string().nullish().catch(null),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  attendees: z
    .array(z.object({ emailAddress: emailAddress.nullish() }).catch({}))
    .nullish()
    .catch([]),
  organizer: z.object({ emailAddress: emailAddress.nullish() }).nullish().catch(null),
  onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish().catch(null),
  seriesMasterId: z.string().nullish().catch(null),
  isCancelled: z.boolean().nullish().catch(null),
  type: z.string().nullish().catch(null),
  originalStartTimeZone: z.string().nullish().catch(null),
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
