import type { CalendarEvent } from '../../ports';
import type { Person, TimeZoneId } from '../../../domain';

/** The two people a career conversation is booked between. */
export interface BookingPeople {
  manager: Person;
  report: Person;
}

/**
 * Every event the product books starts with this, so the series can be found again in the
 * manager's calendar and is never mistaken for a 1:1 (its title names the conversation).
 */
export const CAREER_TITLE_PREFIX = 'Career conversation';

const lower = (email: string): string => email.trim().toLowerCase();

/** Everyone in a meeting, organiser included, by lower-case address. */
export function participantsOf(event: CalendarEvent): Set<string> {
  const emails = [event.organizerEmail, ...event.attendees.map((a) => a.email)];
  return new Set(emails.filter((e) => e.trim() !== '').map(lower));
}

export function isCareerConversationEvent(event: CalendarEvent): boolean {
  return event.title.startsWith(CAREER_TITLE_PREFIX);
}

export function includesPerson(event: CalendarEvent, person: Person): boolean {
  return participantsOf(event).has(lower(person.mail));
}

/** The zone the report's times are shown in: theirs when the directory shares it. */
export function reportZoneOf(people: BookingPeople, managerZone: TimeZoneId): TimeZoneId {
  return people.report.timeZone ?? managerZone;
}
