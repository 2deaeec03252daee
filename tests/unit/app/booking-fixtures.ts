import { MemoryCalendar } from '../../../src/adapters/memory/memory-calendar';
import type { BookingPeople } from '../../../src/app/my-365/booking';
import { ASSUMED_WORKING_HOURS } from '../../../src/domain';
import { Temporal } from '../../../src/domain/time/temporal';
import type { WorkingHours } from '../../../src/domain';

/** Priya in London and Tomás in Mexico City: their working days overlap 15:00–17:00 UTC. */
export const PEOPLE: BookingPeople = {
  manager: {
    id: 'priya',
    displayName: 'Priya Raman',
    mail: 'priya.raman@contoso.test',
    timeZone: 'Europe/London',
  },
  report: {
    id: 'tomas',
    displayName: 'Tomás Hernández',
    mail: 'tomas.hernandez@contoso.test',
    timeZone: 'America/Mexico_City',
  },
};

export const ZONE = 'Europe/London';
export const HOURS: WorkingHours = ASSUMED_WORKING_HOURS;
/** Monday 1 March 2027, 08:00 in London. */
export const NOW = Temporal.Instant.from('2027-03-01T08:00:00Z');

/** Priya's calendar with her Wednesday 1:1s with Tomás, 15:30–16:00 London, for six weeks. */
export async function calendarWithOneOnOne(): Promise<MemoryCalendar> {
  const calendar = new MemoryCalendar({ email: PEOPLE.manager.mail, name: 'Priya Raman' });
  for (let week = 0; week < 6; week += 1) {
    const start = Temporal.Instant.from('2027-03-03T15:30:00Z').add({ hours: 24 * 7 * week });
    await calendar.createEvent({
      title: '1:1 Priya / Tomás',
      start: start.toString(),
      end: start.add({ minutes: 30 }).toString(),
      timeZone: ZONE,
      attendees: [{ email: PEOPLE.report.mail, name: PEOPLE.report.displayName }],
      bodyHtml: '<p>Our weekly 1:1.</p>',
      onlineMeeting: true,
      idempotencyKey: `one-on-one-${week}`,
    });
  }
  calendar.setBusy(PEOPLE.report.mail, []);
  return calendar;
}

export const session = (start: string, minutes: number) => ({
  start,
  end: Temporal.Instant.from(start).add({ minutes }).toString(),
});
