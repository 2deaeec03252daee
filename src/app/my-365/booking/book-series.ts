import type { Calendar, CalendarEvent, QuarterlyRecurrence as PortRecurrence } from '../../ports';
import type {
  BookedEvent,
  BookingFormat,
  DateWording,
  Interval,
  QuarterlyRecurrence,
  Result,
  TimeZoneId,
  WorkingHours,
} from '../../../domain';
import {
  composeInvitation,
  meetingThreadOf,
  minutesBetween,
  PHASE_IDS,
  quarterlyRecurrenceAt,
} from '../../../domain';
import type { Temporal } from '../../../domain/time/temporal';
import type { BookingCalendar } from './booking-calendar';
import type { BookingPeople } from './booking-people';
import { reportZoneOf } from './booking-people';
import type { SessionCheck } from './check-sessions';
import { allBookable, checkSessions, touchesOneOnOne } from './check-sessions';
import { sessionTitle, toPortRecurrence } from './series-events';
import { linksTo } from '../links-to';
import type { AppLinkTarget } from '../../../domain';

export interface BookSeriesPorts {
  calendar: Calendar;
  /** Records the booked conversation (the career API's POST .../conversations). */
  recordBooking: (event: BookedEvent) => Promise<void>;
}

export interface BookSeriesInput {
  people: BookingPeople;
  format: BookingFormat;
  /** In order; the first is the anchor that recurs quarterly. */
  sessions: readonly Interval[];
  /** The manager's edited invitation; the playbook's when blank. */
  wording?: string;
  /** The manager's zone: the series recurs in it. */
  zone: TimeZoneId;
  workingHours: WorkingHours;
  reportHours: WorkingHours;
  calendar: Pick<BookingCalendar, 'busy' | 'reportOffHours'>;
  now: Temporal.Instant;
  /** One per booking attempt: a retry after a failure never books twice. */
  key: string;
  /** Where the app runs, so the mail links back into it; no link when absent. */
  appLinks?: AppLinkTarget;
  /** How the checks shown on screen word dates (the host's); en-GB when absent. */
  dates?: DateWording;
}

export type BookSeriesResult =
  | { ok: true; events: CalendarEvent[]; recorded: BookedEvent; checks: SessionCheck[] }
  | { ok: false; checks: SessionCheck[]; message: string };

function recurrenceOf(recurrence: Result<QuarterlyRecurrence> | undefined): {
  recurrence?: PortRecurrence;
} {
  return recurrence?.ok ? { recurrence: toPortRecurrence(recurrence.value) } : {};
}

/** The anchor's first occurrence: the conversation this quarter, as the calendar names it. */
async function firstOccurrence(
  calendar: Calendar,
  series: CalendarEvent,
  zone: TimeZoneId,
): Promise<CalendarEvent> {
  if (!series.isRecurring) return series;
  const found = await calendar.eventsBetween({ start: series.start, end: series.end }, zone);
  return found.find((e) => e.seriesMasterId === series.id) ?? series;
}

/**
 * Books the career conversation as real meetings with Teams links, the invitation as their body:
 * every session recurs quarterly ("Book it now ... as a recurring quarterly session"), so the
 * series comes back whole each quarter. Refuses what the domain refuses (inside a 1:1, too short, over busy
 * time) before touching the calendar, then records the conversation so the overview sees it.
 */
export async function bookSeries(
  ports: BookSeriesPorts,
  input: BookSeriesInput,
): Promise<BookSeriesResult> {
  const { people, sessions, zone, format } = input;
  const checks = checkSessions({ ...input, sessions });
  const anchor = sessions[0];
  if (!anchor || !allBookable(checks)) {
    return {
      ok: false,
      checks,
      message: 'Nothing was booked: change the sessions marked below first.',
    };
  }
  const expected = format === 'series-of-three' ? 3 : 1;
  if (sessions.length !== expected) {
    return {
      ok: false,
      checks,
      message: `This format books ${expected === 1 ? 'one session' : `${expected} sessions`}.`,
    };
  }
  // Every session recurs by its own date, so next quarter holds the whole series again.
  const recurrences = sessions.map((s) =>
    quarterlyRecurrenceAt(
      s.start,
      Math.round(minutesBetween(s.start, s.end)),
      zone,
      input.workingHours,
    ),
  );
  const refused = recurrences.flatMap((r) => (r.ok ? [] : r.errors));
  if (refused.length > 0) {
    return { ok: false, checks, message: refused.map((e) => e.message).join(' ') };
  }
  const invitation = composeInvitation({
    manager: people.manager,
    report: people.report,
    ...(input.wording !== undefined ? { wording: input.wording } : {}),
    sessions: sessions.map((s, i) => {
      const phase = format === 'single-90' ? 'all-three' : PHASE_IDS[i];
      return { ...s, ...(phase ? { phase } : {}) };
    }),
    zone: reportZoneOf(people, zone),
    ...linksTo(input.appLinks, { page: 'contract', reportId: people.report.id }),
  });
  const attendee = { email: people.report.mail, name: people.report.displayName };
  const events: CalendarEvent[] = [];
  // One at a time, in order: a failure leaves a prefix that the same key completes on retry.
  for (const [index, session] of sessions.entries()) {
    events.push(
      await ports.calendar.createEvent({
        title: sessionTitle(people, format, index),
        start: session.start,
        end: session.end,
        timeZone: zone,
        attendees: [attendee],
        bodyHtml: invitation.html,
        onlineMeeting: true,
        ...recurrenceOf(recurrences[index]),
        idempotencyKey: `${input.key}-session-${index + 1}`,
      }),
    );
  }
  const [series] = events;
  if (!series) throw new Error('No session was booked.');
  const first = await firstOccurrence(ports.calendar, series, zone);
  const joinUrl = first.joinUrl ?? series.joinUrl;
  // Every session's meeting, so the panel in sessions 2 and 3 finds this record too.
  const meetingThreads = events.flatMap((e) => {
    const thread = e.joinUrl === undefined ? undefined : meetingThreadOf(e.joinUrl);
    return thread === undefined ? [] : [thread];
  });
  const recorded: BookedEvent = {
    eventId: first.id,
    title: first.title,
    start: first.start,
    end: first.end,
    ...(series.isRecurring ? { seriesId: series.id } : {}),
    ...(joinUrl ? { joinUrl } : {}),
    ...(meetingThreads.length > 0 ? { meetingThreads } : {}),
    insideOneOnOne: touchesOneOnOne(checks),
  };
  await ports.recordBooking(recorded);
  return { ok: true, events, recorded, checks };
}
