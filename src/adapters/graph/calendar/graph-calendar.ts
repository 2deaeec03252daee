import { z } from 'zod/mini';
import type {
  Availability,
  BusyBlock,
  Calendar,
  CalendarEvent,
  EventChanges,
  NewCalendarEvent,
} from '../../../app/ports';
import type { Interval, TimeZoneId } from '../../../domain';
import { segment, unreadableResponse, type GraphClient } from '../client';
import { preferTimeZone, toIanaZone } from '../shared/date-time';
import { SCOPES } from '../shared/scopes';
import { readAutomaticReplies } from './automatic-replies';
import { readAvailability, readBusyTimes } from './busy-times';
import { toGraphChanges, toGraphEvent } from './event-payload';
import { EVENT_SELECT, graphEvent, toCalendarEvent, type GraphEvent } from './event-schema';

/** Responses in UTC: the port deals in instants, and UTC needs no zone-name mapping. */
const IN_UTC = preferTimeZone('UTC');

const attendeesOnly = z.object({
  attendees: z.catch(z.nullish(z.array(z.unknown())), []),
  isOrganizer: z.catch(z.nullish(z.boolean()), null),
});

export class GraphCalendar implements Calendar {
  constructor(private readonly graph: GraphClient) {}

  async createEvent(event: NewCalendarEvent): Promise<CalendarEvent> {
    const created = await this.graph.json(
      {
        method: 'POST',
        path: '/me/events',
        headers: IN_UTC,
        body: toGraphEvent(event),
        scopes: SCOPES.calendar,
        // Graph answers a repeated transactionId with the event it already made.
        retrySafe: true,
      },
      graphEvent,
    );
    return this.mapped(created, 'POST', '/me/events');
  }

  async updateEvent(id: string, changes: EventChanges): Promise<CalendarEvent> {
    const path = `/me/events/${segment(id)}`;
    const movesTime = changes.start !== undefined || changes.end !== undefined;
    const zone = changes.timeZone ?? (movesTime ? await this.zoneOf(path) : 'UTC');
    const updated = await this.graph.json(
      {
        method: 'PATCH',
        path,
        headers: IN_UTC,
        body: toGraphChanges(changes, zone),
        scopes: SCOPES.calendar,
      },
      graphEvent,
    );
    return this.mapped(updated, 'PATCH', path);
  }

  /** Meetings are cancelled so attendees hear of it; a private block is simply deleted. */
  async cancelEvent(id: string, comment?: string): Promise<void> {
    const path = `/me/events/${segment(id)}`;
    const event = await this.graph.json(
      {
        method: 'GET',
        path,
        query: { $select: 'attendees,isOrganizer' },
        scopes: SCOPES.calendar,
      },
      attendeesOnly,
    );
    const isMeeting = (event.attendees?.length ?? 0) > 0 && event.isOrganizer !== false;
    if (isMeeting) {
      await this.graph.send({
        method: 'POST',
        path: `${path}/cancel`,
        body: { comment: comment ?? '' },
        scopes: SCOPES.calendar,
      });
      return;
    }
    await this.graph.send({ method: 'DELETE', path, scopes: SCOPES.calendar });
  }

  async eventsBetween(range: Interval, timeZone: TimeZoneId): Promise<CalendarEvent[]> {
    const events = await this.graph.collect(
      {
        method: 'GET',
        path: '/me/calendarView',
        headers: preferTimeZone(timeZone),
        query: {
          startDateTime: range.start,
          endDateTime: range.end,
          $select: EVENT_SELECT,
          $orderby: 'start/dateTime',
          $top: 100,
        },
        scopes: SCOPES.calendar,
      },
      graphEvent,
    );
    return events.flatMap((event) => toCalendarEvent(event) ?? []);
  }

  busyTimes(
    emails: readonly string[],
    range: Interval,
    timeZone: TimeZoneId,
  ): Promise<Map<string, BusyBlock[]>> {
    return readBusyTimes(this.graph, emails, range, timeZone);
  }

  availability(
    emails: readonly string[],
    range: Interval,
    timeZone: TimeZoneId,
  ): Promise<Map<string, Availability>> {
    return readAvailability(this.graph, emails, range, timeZone);
  }

  automaticReplies(range: Interval): Promise<Interval | undefined> {
    return readAutomaticReplies(this.graph, range);
  }

  /** The zone the event was booked in, so a moved series keeps recurring in local time. */
  private async zoneOf(path: string): Promise<TimeZoneId> {
    const event = await this.graph.json(
      {
        method: 'GET',
        path,
        query: { $select: 'originalStartTimeZone' },
        scopes: SCOPES.calendar,
      },
      z.object({ originalStartTimeZone: z.catch(z.nullish(z.string()), null) }),
    );
    return toIanaZone(event.originalStartTimeZone) ?? 'UTC';
  }

  private mapped(event: GraphEvent, method: string, path: string): CalendarEvent {
    const mapped = toCalendarEvent(event);
    if (!mapped) throw unreadableResponse({ method, path }, 'event times are unreadable');
    return mapped;
  }
}

export function createGraphCalendar(graph: GraphClient): Calendar {
  return new GraphCalendar(graph);
}
