import type { Calendar, CalendarEvent } from '../../ports';
import { isPortError } from '../../ports';
import type {
  BookedEvent,
  BookingFormat,
  Interval,
  TimeZoneId,
  WorkingHours,
} from '../../../domain';
import type { Temporal } from '../../../domain/time/temporal';
import type { BookingCalendar } from './booking-calendar';
import type { BookingPeople } from './booking-people';
import type { SessionCheck } from './check-sessions';
import { checkSessions, touchesOneOnOne } from './check-sessions';

export interface RescheduleInput {
  people: BookingPeople;
  format: BookingFormat;
  /** Every session of the series, in order, as the calendar has them now. */
  sessions: readonly Interval[];
  /** Which of them is moved. */
  index: number;
  /** The session being moved, as the calendar has it. */
  session: CalendarEvent;
  to: Interval;
  /** Set when the moved session is the one recorded on the conversation. */
  recorded?: BookedEvent;
  zone: TimeZoneId;
  workingHours: WorkingHours;
  reportHours: WorkingHours;
  /** Read with the moved session ignored, so it does not clash with itself. */
  calendar: Pick<BookingCalendar, 'busy' | 'reportOffHours'>;
  now: Temporal.Instant;
}

export interface RescheduleResult {
  ok: boolean;
  check: SessionCheck;
  event?: CalendarEvent;
}

/** The moved session checked in its place in the series: free, and still in order. */
export function checkMove(input: Omit<RescheduleInput, 'session' | 'recorded'>): SessionCheck {
  const sessions = input.sessions.map((s, i) => (i === input.index ? input.to : s));
  const check = checkSessions({ ...input, sessions })[input.index];
  return check ?? { session: input.to, ok: false, errors: [], warnings: [] };
}

/**
 * Moves one session (for the anchor, this quarter's occurrence: later quarters keep their
 * time) after the same checks as booking, then updates the conversation's record, which counts
 * the reschedule. Attendees get the update from the calendar.
 */
export async function rescheduleSession(
  ports: { calendar: Calendar; updateRecord: (event: BookedEvent) => Promise<void> },
  input: RescheduleInput,
): Promise<RescheduleResult> {
  const check = checkMove(input);
  if (!check.ok) return { ok: false, check };
  const event = await ports.calendar.updateEvent(input.session.id, {
    start: input.to.start,
    end: input.to.end,
    timeZone: input.zone,
  });
  if (input.recorded) {
    await ports.updateRecord({
      ...input.recorded,
      start: event.start,
      end: event.end,
      insideOneOnOne: touchesOneOnOne([check]),
    });
  }
  return { ok: true, check, event };
}

async function cancelIfThere(calendar: Calendar, id: string, comment: string): Promise<void> {
  try {
    await calendar.cancelEvent(id, comment);
  } catch (error) {
    // Already gone (cancelled before a retry, or deleted in Outlook): that is the wanted state.
    if (!isPortError(error, 'not-found')) throw error;
  }
}

/**
 * Cancels the booked conversation: the quarterly series of the anchor (so later quarters go
 * too), the other sessions, then the record. Attendees are told by the calendar, with the
 * manager's message.
 */
export async function cancelBooking(
  ports: { calendar: Calendar; markCancelled: () => Promise<void> },
  input: { recorded: BookedEvent; sessions: readonly CalendarEvent[]; comment: string },
): Promise<void> {
  const { recorded, sessions, comment } = input;
  const ids = new Set([recorded.seriesId ?? recorded.eventId]);
  for (const session of sessions) {
    const inSeries =
      recorded.seriesId !== undefined && session.seriesMasterId === recorded.seriesId;
    if (session.id !== recorded.eventId && !inSeries) ids.add(session.id);
  }
  for (const id of ids) await cancelIfThere(ports.calendar, id, comment);
  await ports.markCancelled();
}
