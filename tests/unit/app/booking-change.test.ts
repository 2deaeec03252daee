import { describe, expect, it, vi } from 'vitest';
import type { BookedEvent } from '../../../src/domain';
import {
  bookSeries,
  cancelBooking,
  readBookingCalendar,
  readSeriesSessions,
  rescheduleSession,
} from '../../../src/app/use-cases/booking';
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

describe('rescheduling a session', () => {
  it('moves this quarter’s first session, and updates the record with the new time', async () => {
    const { calendar, recorded, sessions, base } = await booked();
    const first = sessions[0];
    if (!first) throw new Error('no session');
    const read = await readBookingCalendar(calendar, {
      people: PEOPLE,
      window: WINDOW,
      zone: ZONE,
      reportHours: HOURS,
      ignore: [first],
    });
    const updateRecord = vi.fn(() => Promise.resolve());
    const to = session('2027-03-05T15:30:00Z', 60);
    const result = await rescheduleSession(
      { calendar, updateRecord },
      { ...base, sessions, index: 0, session: first, to, recorded, calendar: read },
    );
    expect(result.ok).toBe(true);
    expect(updateRecord).toHaveBeenCalledWith({ ...recorded, ...to, insideOneOnOne: false });
    const after = await readSeriesSessions(calendar, { ...recorded, ...to }, PEOPLE, ZONE);
    expect(after.map((s) => s.start)).toEqual([to.start, SESSIONS[1]?.start, SESSIONS[2]?.start]);
    // Later quarters keep their time: only this occurrence moved.
    const nextQuarter = await calendar.eventsBetween(
      { start: '2027-05-25T00:00:00Z', end: '2027-06-10T00:00:00Z' },
      ZONE,
    );
    // First Thursday of June, 15:00 in London (BST by then).
    expect(nextQuarter.find((e) => e.seriesMasterId === recorded.seriesId)?.start).toBe(
      '2027-06-03T14:00:00Z',
    );
  });

  it('refuses to move a session into the 1:1 and changes nothing', async () => {
    const { calendar, sessions, base } = await booked();
    const second = sessions[1];
    if (!second) throw new Error('no session');
    const read = await readBookingCalendar(calendar, {
      people: PEOPLE,
      window: WINDOW,
      zone: ZONE,
      reportHours: HOURS,
      ignore: [second],
    });
    const updateRecord = vi.fn(() => Promise.resolve());
    const spy = vi.spyOn(calendar, 'updateEvent');
    const result = await rescheduleSession(
      { calendar, updateRecord },
      {
        ...base,
        sessions,
        index: 1,
        session: second,
        to: session('2027-03-10T15:30:00Z', 60),
        calendar: read,
      },
    );
    expect(result.ok).toBe(false);
    expect(result.check.errors.map((e) => e.code)).toContain('inside-one-on-one');
    expect(spy).not.toHaveBeenCalled();
    expect(updateRecord).not.toHaveBeenCalled();
  });

  it('refuses to move the first session past the second, so the series stays in order', async () => {
    const { calendar, recorded, sessions, base } = await booked();
    const first = sessions[0];
    if (!first) throw new Error('no session');
    const read = await readBookingCalendar(calendar, {
      people: PEOPLE,
      window: WINDOW,
      zone: ZONE,
      reportHours: HOURS,
      ignore: [first],
    });
    const result = await rescheduleSession(
      { calendar, updateRecord: () => Promise.resolve() },
      {
        ...base,
        sessions,
        index: 0,
        session: first,
        to: session('2027-03-12T15:00:00Z', 60),
        recorded,
        calendar: read,
      },
    );
    expect(result.ok).toBe(false);
    expect(result.check.errors.map((e) => e.message)).toEqual([
      'Session 1 must end before session 2 starts.',
    ]);
  });
});

describe('cancelling the booking', () => {
  it('cancels the quarterly series and the other sessions, then marks the record cancelled', async () => {
    const { calendar, recorded, sessions } = await booked();
    const markCancelled = vi.fn(() => Promise.resolve());
    const spy = vi.spyOn(calendar, 'cancelEvent');
    await cancelBooking({ calendar, markCancelled }, { recorded, sessions, comment: 'Sorry' });
    expect(spy.mock.calls.map((c) => c[0])).toEqual([
      recorded.seriesId,
      sessions[1]?.id,
      sessions[2]?.id,
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
    await cancelBooking({ calendar, markCancelled }, { recorded, sessions, comment: '' });
    expect(markCancelled).toHaveBeenCalledOnce();
  });
});
