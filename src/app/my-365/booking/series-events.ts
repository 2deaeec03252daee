import type { Calendar, CalendarEvent, QuarterlyRecurrence as PortRecurrence } from '../../ports';
import type { BookedEvent, BookingFormat, QuarterlyRecurrence, TimeZoneId } from '../../../domain';
import { DEFAULT_GAP_DAYS, PHASE_IDS, phaseById, toIsoInstant } from '../../../domain';
import { Temporal } from '../../../domain/time/temporal';
import type { BookingPeople } from './booking-people';
import { CAREER_TITLE_PREFIX, includesPerson, isCareerConversationEvent } from './booking-people';

/**
 * "Career conversation: Priya Raman and Tomás Hernández (1 of 3: Where are you now?)": both
 * names, so it reads right in both calendars, and never a word that makes it look like a 1:1.
 */
export function sessionTitle(people: BookingPeople, format: BookingFormat, index: number): string {
  const base = `${CAREER_TITLE_PREFIX}: ${people.manager.displayName} and ${people.report.displayName}`;
  const phase = PHASE_IDS[index];
  if (format === 'single-90' || phase === undefined) return base;
  return `${base} (${index + 1} of ${PHASE_IDS.length}: ${phaseById(phase).title})`;
}

/** The domain's recurrence as the calendar port takes it (it recurs in the event's zone). */
export function toPortRecurrence(recurrence: QuarterlyRecurrence): PortRecurrence {
  return recurrence.pattern === 'absoluteMonthly'
    ? {
        pattern: 'absoluteMonthly',
        interval: recurrence.interval,
        dayOfMonth: recurrence.dayOfMonth,
        startDate: recurrence.startDate,
      }
    : {
        pattern: 'relativeMonthly',
        interval: recurrence.interval,
        daysOfWeek: recurrence.daysOfWeek,
        index: recurrence.index,
        startDate: recurrence.startDate,
      };
}

/** How far after the first session the rest of a series can lie. */
const SERIES_SPAN_DAYS = DEFAULT_GAP_DAYS.max * (PHASE_IDS.length - 1) + 1;

/**
 * The sessions of the booked series as they are in the manager's calendar now (moved or not):
 * the recorded event and the product's other bookings with this person in the weeks after it
 * never the anchor's later quarters. In start order.
 */
export async function readSeriesSessions(
  calendar: Calendar,
  recorded: BookedEvent,
  people: BookingPeople,
  zone: TimeZoneId,
): Promise<CalendarEvent[]> {
  const start = Temporal.Instant.from(recorded.start);
  const range = {
    start: recorded.start,
    end: toIsoInstant(start.add({ hours: 24 * SERIES_SPAN_DAYS })),
  };
  const events = await calendar.eventsBetween(range, zone);
  const recordedOnes = events.filter((e) => e.id === recorded.eventId);
  const others = events.filter(
    (e) =>
      e.id !== recorded.eventId &&
      !e.isCancelled &&
      isCareerConversationEvent(e) &&
      includesPerson(e, people.report) &&
      // Other quarters of the anchor are not this conversation.
      (recorded.seriesId === undefined || e.seriesMasterId !== recorded.seriesId) &&
      Temporal.Instant.compare(e.start, recorded.start) >= 0,
  );
  return [...recordedOnes, ...others].sort((a, b) => Temporal.Instant.compare(a.start, b.start));
}
