import { describe, expect, it, vi } from 'vitest';
import type { BookedEvent } from '../../../src/domain';
import {
  bookSeries,
  cancelBooking,
  readBookingCalendar,
  moveSeries,
  readSeriesSessions,
} from '../../../src/app/my-365/booking';
import type { MemoryCalendar } from '../../../src/adapters/memory/memory-calendar';
import { MemoryChat, MemoryMailer } from '../../../src/adapters/memory/memory-messaging';
import { HOURS, NOW, PEOPLE, ZONE, calendarWithOneOnOne, session } from './booking-fixtures';

const WINDOW = { start: '2027-03-01T08:00:00Z', end: '2027-04-15T00:00:00Z' };
const SESSIONS = [
  session('2027-03-04T15:00:00Z', 60),
  session('2027-03-11T15:00:00Z', 60),
  session('2027-03-18T15:00:00Z', 60),
];

async function booked() {
  const calendar = await calendarWithOneOnOne();
  const read = await readBookingCalendar(calendar, {
    people: PEOPLE,
    window: WINDOW,
    zone: ZONE,
    reportHours: HOURS,
  });
  let recorded: BookedEvent | undefined;
  const base = {
    people: PEOPLE,
    zone: ZONE,
    workingHours: HOURS,
    reportHours: HOURS,
    now: NOW,
    format: 'series-of-three' as const,
  };
  const result = await bookSeries(
    {
      calendar,
      recordBooking: (event) => {
        recorded = event;
        return Promise.resolve();
      },
    },
    { ...base, calendar: read, sessions: SESSIONS, key: 'book' },
  );
  if (!result.ok || !recorded) throw new Error('not booked');
  const sessions = await readSeriesSessions(calendar, recorded, PEOPLE, ZONE);
  return { calendar, recorded, sessions, base };
}

describe('the booked series as the calendar has it', () => {
  it('is the recorded occurrence and the other two sessions, never the anchor’s later quarters', async () => {
    const { sessions, recorded } = await booked();
    expect(sessions.map((s) => s.start)).toEqual(SESSIONS.map((s) => s.start));
    expect(sessions[0]?.id).toBe(recorded.eventId);
  });
});

describe('moving the series', () => {
  it('refuses a move that puts a session into the 1:1 and changes nothing', async () => {
    const { calendar, recorded, sessions, base } = await booked();
    const read = await readBookingCalendar(calendar, {
      people: PEOPLE,
      window: WINDOW,
      zone: ZONE,
      reportHours: HOURS,
      ignore: sessions,
    });
    const updateRecord = vi.fn(() => Promise.resolve());
    const spy = vi.spyOn(calendar, 'updateEvent');
    // Six days later at 15:30: session 2 would land on Wednesday 17 March, in the 1:1.
    const result = await moveSeries(
      { calendar, mailer: new MemoryMailer(), chat: new MemoryChat(), updateRecord },
      {
        ...base,
        sessions,
        to: session('2027-03-10T15:30:00Z', 60),
        recorded,
        calendar: read,
        key: 'move',
      },
    );
    expect(result.ok).toBe(false);
    expect(result.checks.flatMap((c) => c.errors.map((e) => e.code))).toContain(
      'inside-one-on-one',
    );
    expect(spy).not.toHaveBeenCalled();
    expect(updateRecord).not.toHaveBeenCalled();
  });
});

describe('moving the series: working weeks and time away from Outlook', () => {
  async function moveFirstTo(start: string, seed: (calendar: MemoryCalendar) => void) {
    const { calendar, recorded, sessions, base } = await booked();
    seed(calendar);
    const read = await readBookingCalendar(calendar, {
      people: PEOPLE,
      window: WINDOW,
      zone: ZONE,
      reportHours: HOURS,
      ignore: sessions,
    });
    const spy = vi.spyOn(calendar, 'updateEvent');
    const result = await moveSeries(
      { calendar, mailer: new MemoryMailer(), chat: new MemoryChat(), updateRecord: vi.fn() },
      { ...base, sessions, to: session(start, 60), recorded, calendar: read, key: 'move' },
    );
    return { result, spy };
  }

  it('refuses a move onto a day the report does not work, saying so as the skipped days do', async () => {
    // Tomás works Mon–Thu: a day later, session 1 lands on Friday 5 March.
    const { result, spy } = await moveFirstTo('2027-03-05T15:00:00Z', (calendar) => {
      calendar.setWorkingWeek(PEOPLE.report.mail, {
        zone: 'America/Mexico_City',
        hours: { start: '09:00', end: '17:30', days: [1, 2, 3, 4] },
      });
    });
    expect(result.ok).toBe(false);
    expect(result.checks[0]?.errors.map((e) => e.message)).toContain(
      'Fri 5 Mar: Tomás works Mon–Thu.',
    );
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses a move onto a day the report is out of office, saying so as the skipped days do', async () => {
    const { result } = await moveFirstTo('2027-03-02T15:00:00Z', (calendar) => {
      calendar.setBusy(PEOPLE.report.mail, [
        { start: '2027-03-09T06:00:00Z', end: '2027-03-10T06:00:00Z', status: 'oof' },
      ]);
    });
    expect(result.ok).toBe(false);
    expect(result.checks[1]?.errors.map((e) => e.message)).toContain(
      'Tue 9 Mar: Tomás is out of office.',
    );
  });
});

describe('cancelling the booking', () => {
  it('cancels the quarterly series and the other sessions, then marks the record cancelled', async () => {
    const { calendar, recorded, sessions } = await booked();
    const markCancelled = vi.fn(() => Promise.resolve());
    const spy = vi.spyOn(calendar, 'cancelEvent');
    await cancelBooking(
      { calendar, mailer: new MemoryMailer(), markCancelled },
      { recorded, sessions, comment: 'Sorry', now: NOW },
    );
    // Each session's quarterly series, so later quarters go too.
    expect(spy.mock.calls.map((c) => c[0])).toEqual([
      recorded.seriesId,
      sessions[1]?.seriesMasterId,
      sessions[2]?.seriesMasterId,
    ]);
    expect(markCancelled).toHaveBeenCalledOnce();
    const left = await calendar.eventsBetween(
      { start: '2027-03-01T00:00:00Z', end: '2027-12-31T00:00:00Z' },
      ZONE,
    );
    expect(left.filter((e) => e.title.startsWith('Career conversation'))).toEqual([]);
  });

  it('finishes a cancel retried after a session was already gone', async () => {
    const { calendar, recorded, sessions } = await booked();
    await calendar.cancelEvent(sessions[1]?.id ?? '');
    const markCancelled = vi.fn(() => Promise.resolve());
    await cancelBooking(
      { calendar, mailer: new MemoryMailer(), markCancelled },
      { recorded, sessions, comment: '', now: NOW },
    );
    expect(markCancelled).toHaveBeenCalledOnce();
  });
});
