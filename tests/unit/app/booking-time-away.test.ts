import { describe, expect, it } from 'vitest';
import { findBookingOptions } from '../../../src/app/my-365/booking';
import { HOURS, NOW, PEOPLE, ZONE, calendarWithOneOnOne } from './booking-fixtures';

const input = {
  people: PEOPLE,
  format: 'series-of-three' as const,
  zone: ZONE,
  workingHours: HOURS,
  reportHours: HOURS,
  now: NOW,
};

describe('findBookingOptions: working weeks and time away from the calendar', () => {
  it('uses the working week Outlook shares, and says where it came from', async () => {
    const calendar = await calendarWithOneOnOne();
    calendar.setWorkingWeek(PEOPLE.report.mail, {
      zone: 'America/Mexico_City',
      hours: { start: '09:00', end: '17:30', days: [1, 2, 3, 4] },
    });
    const options = await findBookingOptions(calendar, input);
    if (!options.ok) throw new Error('no window');
    expect(options.calendar.reportWeek).toMatchObject({
      source: 'outlook',
      zone: 'America/Mexico_City',
    });
    expect(options.calendar.managerWeek.source).toBe('assumed');
    expect(options.plan.skipped).toContainEqual(
      expect.objectContaining({ from: '2027-03-05', message: 'Fri 5 Mar: Tomás works Mon–Thu.' }),
    );
  });

  it('skips the manager’s automatic replies and the report’s all-day items, naming neither', async () => {
    const calendar = await calendarWithOneOnOne();
    calendar.setAutomaticReplies({ start: '2027-03-08T00:00:00Z', end: '2027-03-10T00:00:00Z' });
    calendar.setBusy(PEOPLE.report.mail, [
      { start: '2027-03-11T06:00:00Z', end: '2027-03-12T06:00:00Z', status: 'free', allDay: true },
    ]);
    const options = await findBookingOptions(calendar, input);
    if (!options.ok) throw new Error('no window');
    const messages = (options.plan.skipped ?? []).map((s) => s.message);
    expect(messages).toContain('Mon 8 Mar – Tue 9 Mar: You are out of office.');
    expect(messages).toContain('Thu 11 Mar: Tomás has an all-day event.');
    const days = options.plan.ok
      ? options.plan.proposals.flatMap((p) => p.sessions.map((s) => s.start.slice(0, 10)))
      : [];
    for (const day of ['2027-03-08', '2027-03-09', '2027-03-11']) expect(days).not.toContain(day);
  });
});
