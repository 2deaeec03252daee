import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../src/app/ports';
import {
  isOneOnOneWith,
  offHours,
  readBookingCalendar,
  subtract,
} from '../../../src/app/my-365/booking';
import { HOURS, PEOPLE, ZONE, calendarWithOneOnOne } from './booking-fixtures';

const meeting = (overrides: Partial<CalendarEvent>): CalendarEvent => ({
  id: 'e1',
  title: 'Pairing',
  start: '2027-03-03T10:00:00Z',
  end: '2027-03-03T10:30:00Z',
  attendees: [{ email: PEOPLE.report.mail, name: 'Tomás' }],
  organizerEmail: PEOPLE.manager.mail,
  isCancelled: false,
  isRecurring: false,
  ...overrides,
});

const WINDOW = { start: '2027-03-01T08:00:00Z', end: '2027-03-29T00:00:00Z' };

describe('the 1:1 with the report, found in the manager’s calendar', () => {
  it('is any meeting of just the two of them, whoever organised it', () => {
    expect(isOneOnOneWith(meeting({}), PEOPLE)).toBe(true);
    expect(
      isOneOnOneWith(
        meeting({
          organizerEmail: PEOPLE.report.mail,
          attendees: [{ email: PEOPLE.manager.mail.toUpperCase(), name: 'Priya' }],
        }),
        PEOPLE,
      ),
    ).toBe(true);
  });

  it('is a meeting titled as a 1:1 that the report is in, even with a guest', () => {
    const guest = { email: 'guest@contoso.test', name: 'Guest' };
    const attendees = [{ email: PEOPLE.report.mail, name: 'Tomás' }, guest];
    expect(isOneOnOneWith(meeting({ title: '1:1 Priya / Tomás', attendees }), PEOPLE)).toBe(true);
    expect(isOneOnOneWith(meeting({ title: 'Design review', attendees }), PEOPLE)).toBe(false);
  });

  it('is never a meeting without the report, a cancelled one, or our own career conversation', () => {
    const other = [{ email: 'someone@contoso.test', name: 'Someone' }];
    expect(isOneOnOneWith(meeting({ attendees: other }), PEOPLE)).toBe(false);
    expect(isOneOnOneWith(meeting({ isCancelled: true }), PEOPLE)).toBe(false);
    expect(isOneOnOneWith(meeting({ title: 'Career conversation: Priya and Tomás' }), PEOPLE)).toBe(
      false,
    );
  });
});

describe('reading both calendars for booking', () => {
  it('marks the 1:1s as one-on-one (not also as plain busy) and keeps the report’s busy time', async () => {
    const calendar = await calendarWithOneOnOne();
    calendar.setBusy(PEOPLE.report.mail, [
      { start: '2027-03-02T15:00:00Z', end: '2027-03-02T16:00:00Z', status: 'busy' },
      { start: '2027-03-04T15:00:00Z', end: '2027-03-04T16:00:00Z', status: 'workingElsewhere' },
    ]);
    const read = await readBookingCalendar(calendar, {
      people: PEOPLE,
      window: WINDOW,
      zone: ZONE,
      reportHours: HOURS,
    });
    const ones = read.busy.filter((b) => b.kind === 'one-on-one');
    expect(ones.map((b) => b.start)).toContain('2027-03-03T15:30:00Z');
    expect(ones).toHaveLength(4);
    expect(read.busy.filter((b) => b.kind === 'busy')).toEqual([
      { start: '2027-03-02T15:00:00Z', end: '2027-03-02T16:00:00Z', kind: 'busy' },
    ]);
    expect(read.oneOnOnes).toHaveLength(4);
    expect(read.unreadable).toEqual([]);
  });

  it('names the person whose free/busy was not shared instead of treating them as free', async () => {
    const calendar = await calendarWithOneOnOne();
    const stranger = { ...PEOPLE, report: { ...PEOPLE.report, mail: 'hidden@contoso.test' } };
    const read = await readBookingCalendar(calendar, {
      people: stranger,
      window: WINDOW,
      zone: ZONE,
      reportHours: HOURS,
    });
    expect(read.unreadable.map((p) => p.displayName)).toEqual(['Tomás Hernández']);
  });

  it('leaves out the time of an event being moved, so it does not clash with itself', async () => {
    const calendar = await calendarWithOneOnOne();
    const moved = { start: '2027-03-03T15:30:00Z', end: '2027-03-03T16:00:00Z' };
    const read = await readBookingCalendar(calendar, {
      people: PEOPLE,
      window: WINDOW,
      zone: ZONE,
      reportHours: HOURS,
      ignore: [moved],
    });
    expect(read.busy.some((b) => b.start === moved.start)).toBe(false);
  });
});

describe('interval arithmetic and off hours', () => {
  it('subtracts cuts from a block', () => {
    expect(
      subtract({ start: '2027-03-01T09:00:00Z', end: '2027-03-01T12:00:00Z' }, [
        { start: '2027-03-01T10:00:00Z', end: '2027-03-01T10:30:00Z' },
        { start: '2027-03-01T11:30:00Z', end: '2027-03-01T13:00:00Z' },
      ]),
    ).toEqual([
      { start: '2027-03-01T09:00:00Z', end: '2027-03-01T10:00:00Z' },
      { start: '2027-03-01T10:30:00Z', end: '2027-03-01T11:30:00Z' },
    ]);
  });

  it('reads the report’s working day in their own zone and joins a weekend into one block', () => {
    const blocks = offHours('America/Mexico_City', HOURS, {
      start: '2027-03-05T12:00:00Z',
      end: '2027-03-08T12:00:00Z',
    });
    // Friday 5 March ends 17:00 in Mexico City (23:00 UTC); Monday starts 09:00 (15:00 UTC).
    expect(blocks).toContainEqual({ start: '2027-03-05T23:00:00Z', end: '2027-03-08T15:00:00Z' });
    expect(blocks).toContainEqual({ start: '2027-03-04T23:00:00Z', end: '2027-03-05T15:00:00Z' });
  });

  it('gives no off hours for hours that do not parse (the planner reports them)', () => {
    expect(offHours(ZONE, { start: '9am', end: '17:00', days: [1] }, WINDOW)).toEqual([]);
  });
});
