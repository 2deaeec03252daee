import { describe, expect, it, vi } from 'vitest';
import type { MemoryCalendar } from '../../../src/adapters/memory/memory-calendar';
import { PortError, type Calendar } from '../../../src/app/ports';
import type { BookedEvent } from '../../../src/domain';
import { dateWording, meetingThreadOf, scriptById } from '../../../src/domain';
import { bookSeries, findBookingOptions } from '../../../src/app/my-365/booking';
import { HOURS, NOW, PEOPLE, ZONE, calendarWithOneOnOne, session } from './booking-fixtures';

/** The calendar, with one create call failing as an unreachable service would. */
function flaky(calendar: MemoryCalendar, failingCall: number): Calendar {
  let calls = 0;
  return {
    createEvent: (event) => {
      calls += 1;
      if (calls === failingCall) return Promise.reject(new PortError('unavailable', 'down'));
      return calendar.createEvent(event);
    },
    updateEvent: (id, changes) => calendar.updateEvent(id, changes),
    cancelEvent: (id, comment) => calendar.cancelEvent(id, comment),
    eventsBetween: (range, zone) => calendar.eventsBetween(range, zone),
    busyTimes: (emails, range, zone) => calendar.busyTimes(emails, range, zone),
    availability: (emails, range, zone) => calendar.availability(emails, range, zone),
    automaticReplies: (range) => calendar.automaticReplies(range),
  };
}

async function setUp() {
  const calendar = await calendarWithOneOnOne();
  const options = await findBookingOptions(calendar, {
    people: PEOPLE,
    format: 'series-of-three',
    zone: ZONE,
    workingHours: HOURS,
    reportHours: HOURS,
    now: NOW,
  });
  if (!options.ok) throw new Error('no window');
  const recorded: BookedEvent[] = [];
  const recordBooking = vi.fn((event: BookedEvent) => {
    recorded.push(event);
    return Promise.resolve();
  });
  const base = {
    people: PEOPLE,
    zone: ZONE,
    workingHours: HOURS,
    reportHours: HOURS,
    calendar: options.calendar,
    now: NOW,
  };
  return { calendar, options, recorded, recordBooking, base };
}

describe('booking the quarterly series', () => {
  it('proposes sessions inside both working days, clear of the 1:1 and its buffer', async () => {
    const { options } = await setUp();
    expect(options.plan.ok).toBe(true);
    if (!options.plan.ok) return;
    expect(options.plan.proposals.length).toBeGreaterThan(0);
    for (const proposal of options.plan.proposals) {
      expect(proposal.sessions).toHaveLength(3);
      for (const s of proposal.sessions) {
        // Both working: 15:00–17:00 UTC in March (London 09–17, Mexico City 09–17).
        expect(s.start >= `${s.start.slice(0, 10)}T15:00:00Z`).toBe(true);
        expect(s.end <= `${s.end.slice(0, 10)}T17:00:00Z`).toBe(true);
        // Wednesdays hold the 1:1 (15:30–16:00) and its 30-minute buffer.
        expect(new Date(s.start).getUTCDay()).not.toBe(3);
      }
    }
  });

  it('books three Teams meetings with the report, each recurring quarterly, and records the first', async () => {
    const { calendar, options, recorded, recordBooking, base } = await setUp();
    if (!options.plan.ok) throw new Error('no plan');
    const proposal = options.plan.proposals[0];
    if (!proposal) throw new Error('no proposal');
    const result = await bookSeries(
      { calendar, recordBooking },
      { ...base, format: 'series-of-three', sessions: proposal.sessions, key: 'k1' },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [anchor, second, third] = result.events;
    expect(anchor?.isRecurring).toBe(true);
    expect(second?.isRecurring).toBe(true);
    expect(third?.title).toBe(
      'Career conversation: Priya Raman and Tomás Hernández (3 of 3: How do we close the gap?)',
    );
    for (const event of result.events) {
      expect(event.joinUrl).toMatch(/^https:/);
      expect(event.attendees.map((a) => a.email)).toEqual([PEOPLE.report.mail]);
    }
    // Recorded: this quarter's occurrence of the anchor, in its series.
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      start: proposal.sessions[0]?.start,
      seriesId: anchor?.id,
      insideOneOnOne: false,
    });
    expect(recorded[0]?.eventId).not.toBe(anchor?.id);
    // The anchor comes back three months later, same weekday of the month.
    const next = await calendar.eventsBetween(
      {
        start: new Date(Date.parse(proposal.sessions[0]?.start ?? '') + 80 * 864e5).toISOString(),
        end: new Date(Date.parse(proposal.sessions[0]?.start ?? '') + 100 * 864e5).toISOString(),
      },
      ZONE,
    );
    expect(next.filter((e) => e.seriesMasterId === anchor?.id)).toHaveLength(1);
  });

  it('records the Teams meeting thread of every session, so each session’s panel finds the conversation', async () => {
    const { calendar, options, recorded, recordBooking, base } = await setUp();
    if (!options.plan.ok) throw new Error('no plan');
    const proposal = options.plan.proposals[0];
    if (!proposal) throw new Error('no proposal');
    const result = await bookSeries(
      { calendar, recordBooking },
      { ...base, format: 'series-of-three', sessions: proposal.sessions, key: 'k-threads' },
    );
    if (!result.ok) throw new Error('not booked');
    const threads = result.events.map((e) => meetingThreadOf(e.joinUrl ?? ''));
    expect(threads.every((t) => t !== undefined)).toBe(true);
    expect(new Set(threads).size).toBe(3);
    expect(recorded[0]?.meetingThreads).toEqual(threads);
  });

  it('puts the invitation wording (edited or the playbook’s) in the meeting body', async () => {
    const { calendar, options, recordBooking, base } = await setUp();
    if (!options.plan.ok) throw new Error('no plan');
    const sessions = options.plan.proposals[0]?.sessions ?? [];
    const spy = vi.spyOn(calendar, 'createEvent');
    await bookSeries(
      { calendar, recordBooking },
      { ...base, format: 'series-of-three', sessions, key: 'k2' },
    );
    const body = spy.mock.calls[0]?.[0].bodyHtml ?? '';
    expect(body).toContain('not a 1:1, not a review');
    expect(scriptById('invitation').text).toContain('not a 1:1, not a review');
    await bookSeries(
      { calendar, recordBooking },
      {
        ...base,
        format: 'single-90',
        sessions: [session('2027-03-22T15:15:00Z', 90)],
        wording: 'Shall we take 90 minutes for <your> career?',
        key: 'k3',
      },
    );
    expect(spy.mock.calls.at(-1)?.[0].bodyHtml).toContain(
      'Shall we take 90 minutes for &lt;your&gt; career?',
    );
  });

  it('gives every booked meeting a link that opens the report’s contract, in Teams and a browser', async () => {
    const { calendar, options, recordBooking, base } = await setUp();
    if (!options.plan.ok) throw new Error('no plan');
    const sessions = options.plan.proposals[0]?.sessions ?? [];
    const spy = vi.spyOn(calendar, 'createEvent');
    await bookSeries(
      { calendar, recordBooking },
      {
        ...base,
        format: 'series-of-three',
        sessions,
        key: 'k-links',
        appLinks: {
          appUrl: 'https://career.contoso.example/',
          teams: { appId: 'app-1', entityId: 'career-home' },
        },
      },
    );
    const subPageId = `contract/${encodeURIComponent(PEOPLE.report.id)}`;
    expect(spy.mock.calls).toHaveLength(3);
    for (const [event] of spy.mock.calls) {
      expect(event.bodyHtml).toContain(`https://career.contoso.example/#/${subPageId}`);
      expect(event.bodyHtml).toContain(
        'https://teams.microsoft.com/l/entity/app-1/career-home?context=' +
          encodeURIComponent(JSON.stringify({ subEntityId: subPageId })),
      );
    }
  });

  it('refuses a session inside the 1:1 and one under 45 minutes, and books nothing', async () => {
    const { calendar, recordBooking, base } = await setUp();
    const spy = vi.spyOn(calendar, 'createEvent');
    const result = await bookSeries(
      { calendar, recordBooking },
      {
        ...base,
        format: 'series-of-three',
        sessions: [
          session('2027-03-10T15:15:00Z', 60),
          session('2027-03-16T15:00:00Z', 30),
          session('2027-03-23T15:00:00Z', 60),
        ],
        key: 'k4',
      },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.checks[0]?.errors.map((e) => e.code)).toContain('inside-one-on-one');
    expect(result.checks[0]?.errors[0]?.message).toMatch(/Failure 2/);
    expect(result.checks[1]?.errors.map((e) => e.code)).toEqual(['too-short']);
    expect(result.checks[2]?.ok).toBe(true);
    expect(spy).not.toHaveBeenCalled();
    expect(recordBooking).not.toHaveBeenCalled();
  });

  it('books a slot right after the 1:1 with a warning, and records that it touches the 1:1', async () => {
    const { calendar, recorded, recordBooking, base } = await setUp();
    const result = await bookSeries(
      { calendar, recordBooking },
      {
        ...base,
        format: 'single-90',
        sessions: [session('2027-03-10T16:00:00Z', 60)],
        key: 'k5',
      },
    );
    expect(result.ok).toBe(true);
    const codes = result.checks[0]?.warnings.map((w) => w.code);
    expect(codes).toContain('next-to-one-on-one');
    expect(codes).toContain('single-under-90');
    expect(recorded[0]?.insideOneOnOne).toBe(true);
  });

  it('warns when a time is outside the report’s working day in their zone', async () => {
    const { calendar, recordBooking, base } = await setUp();
    const result = await bookSeries(
      { calendar, recordBooking },
      { ...base, format: 'single-90', sessions: [session('2027-03-08T09:30:00Z', 90)], key: 'k6' },
    );
    const warning = result.checks[0]?.warnings.find((w) => w.code === 'report-off-hours');
    expect(warning?.message).toContain('Mon 8 Mar, 03:30–05:00 for Tomás Hernández');
  });

  it('words that warning in the host’s locale on screen, still in the report’s zone', async () => {
    const { calendar, recordBooking, base } = await setUp();
    const result = await bookSeries(
      { calendar, recordBooking },
      {
        ...base,
        format: 'single-90',
        sessions: [session('2027-03-08T09:30:00Z', 90)],
        key: 'k6-us',
        dates: dateWording('en-US', 'America/New_York'),
      },
    );
    const warning = result.checks[0]?.warnings.find((w) => w.code === 'report-off-hours');
    expect(warning?.message).toMatch(/^That is Mon, Mar 8, 3:30\s–\s5:00\sAM for Tomás Hernández/);
  });

  it('completes a booking interrupted by a failure on retry, without booking twice', async () => {
    const { calendar, options, recordBooking, base } = await setUp();
    if (!options.plan.ok) throw new Error('no plan');
    const sessions = options.plan.proposals[0]?.sessions ?? [];
    const input = { ...base, format: 'series-of-three' as const, sessions, key: 'k7' };
    // The first session is created, the second fails: the calendar is unreachable for a moment.
    await expect(
      bookSeries({ calendar: flaky(calendar, 2), recordBooking }, input),
    ).rejects.toThrow('down');
    expect(recordBooking).not.toHaveBeenCalled();
    const retried = await bookSeries({ calendar, recordBooking }, input);
    expect(retried.ok).toBe(true);
    const all = await calendar.eventsBetween(
      { start: sessions[0]?.start ?? '', end: sessions[2]?.end ?? '' },
      ZONE,
    );
    expect(all.filter((e) => e.title.startsWith('Career conversation'))).toHaveLength(3);
    expect(recordBooking).toHaveBeenCalledTimes(1);
  });
});
