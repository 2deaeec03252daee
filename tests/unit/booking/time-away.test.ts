import { describe, expect, it } from 'vitest';
import type { BookingPlan, OtherPersonTime, Proposal } from '../../../src/domain/booking';
import { describeWorkingDays, planBooking } from '../../../src/domain/booking';
import { Temporal } from '../../../src/domain/time/temporal';
import { dateWording } from '../../../src/domain/time/wording';
import { bookingInput, local, WEEKDAYS_9_TO_5 } from './booking-fixtures';

function proposalsOf(plan: BookingPlan): Proposal[] {
  if (!plan.ok) throw new Error(`expected proposals, got ${JSON.stringify(plan.errors)}`);
  return plan.proposals;
}

const sessionsOf = (plan: BookingPlan) => proposalsOf(plan).flatMap((p) => p.sessions);

/** Tomás in Mexico City (UTC-6 all year): 09:00-17:30 there is 15:00-23:30 in London in March. */
const tomas = (overrides: Partial<OtherPersonTime> = {}): OtherPersonTime => ({
  name: 'Tomás',
  zone: 'America/Mexico_City',
  workingHours: { start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5] },
  away: [],
  ...overrides,
});

const londonDate = (instant: string): string =>
  Temporal.Instant.from(instant).toZonedDateTimeISO('Europe/London').toPlainDate().toString();

describe('planBooking: both people’s working hours, each in their own zone', () => {
  it('keeps every session inside the overlap of London 09:00-17:30 and Mexico City 09:00-17:30', () => {
    const plan = planBooking(
      bookingInput({
        workingHours: { start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5] },
        report: tomas(),
      }),
    );
    const sessions = sessionsOf(plan);
    expect(sessions.length).toBeGreaterThan(0);
    for (const session of sessions) {
      expect(local(session.start, 'America/Mexico_City').slice(11) >= '09:00').toBe(true);
      expect(local(session.start, 'Europe/London').slice(11) >= '15:00').toBe(true);
      expect(local(session.end, 'Europe/London').slice(11) <= '17:30').toBe(true);
    }
  });

  it('says the working days do not meet when the zones leave no common hour', () => {
    const plan = planBooking(
      bookingInput({
        report: tomas({ name: 'Yuki', zone: 'Asia/Tokyo', workingHours: WEEKDAYS_9_TO_5 }),
      }),
    );
    expect(plan.ok).toBe(false);
    expect(plan.skipped?.[0]).toMatchObject({ reason: 'hours-do-not-meet', from: '2027-03-02' });
    expect(plan.skipped?.[0]?.message).toMatch(
      /^Tue 2 Mar – Fri 5 Mar: outside Yuki’s working hours \(09:00–17:00 their time\)/,
    );
  });
});

describe('planBooking: working days', () => {
  it('never proposes a Friday to someone who works Monday to Thursday, and says why', () => {
    const report = tomas({ workingHours: { start: '09:00', end: '17:30', days: [1, 2, 3, 4] } });
    const plan = planBooking(
      bookingInput({
        workingHours: { start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5] },
        report,
      }),
    );
    for (const session of sessionsOf(plan)) {
      expect(Temporal.PlainDate.from(londonDate(session.start)).dayOfWeek).not.toBe(5);
    }
    expect(plan.skipped).toContainEqual({
      from: '2027-03-05',
      to: '2027-03-05',
      reason: 'their-day-off',
      message: 'Fri 5 Mar: Tomás works Mon–Thu.',
    });
    expect(plan.skipped).toContainEqual({
      from: '2027-03-06',
      to: '2027-03-07',
      reason: 'not-a-working-day',
      message: 'Sat 6 Mar – Sun 7 Mar: not a working day for either of you.',
    });
  });

  it('words the skipped days in the locale it is given, read in the manager’s zone', () => {
    const report = tomas({ workingHours: { start: '09:00', end: '17:30', days: [1, 2, 3, 4] } });
    const plan = planBooking(
      bookingInput({ report, wording: dateWording('en-US', 'America/New_York') }),
    );
    expect(plan.skipped).toContainEqual(
      expect.objectContaining({ from: '2027-03-05', message: 'Fri, Mar 5: Tomás works Mon–Thu.' }),
    );
    expect(plan.skipped).toContainEqual(
      expect.objectContaining({
        from: '2027-03-06',
        message: 'Sat, Mar 6 – Sun, Mar 7: not a working day for either of you.',
      }),
    );
  });

  it('names a working week as a run of days, or lists the days', () => {
    expect(describeWorkingDays(new Set([1, 2, 3, 4]))).toBe('Mon–Thu');
    expect(describeWorkingDays(new Set([5, 1, 3]))).toBe('Mon, Wed, Fri');
  });
});

describe('planBooking: time away', () => {
  it('skips the days the report is out of office, weekend included, in one line', () => {
    // Out of office Thu 4 to Mon 8 March, as an Outlook all-day OOF item in Mexico City.
    const away = [
      {
        start: '2027-03-04T06:00:00Z',
        end: '2027-03-09T06:00:00Z',
        reason: 'out-of-office' as const,
      },
    ];
    const plan = planBooking(
      bookingInput({
        workingHours: { start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5] },
        report: tomas({ away }),
      }),
    );
    const days = sessionsOf(plan).map((s) => londonDate(s.start));
    for (const day of ['2027-03-04', '2027-03-05', '2027-03-08']) expect(days).not.toContain(day);
    expect(plan.skipped).toContainEqual({
      from: '2027-03-04',
      to: '2027-03-08',
      reason: 'they-are-away',
      message: 'Thu 4 Mar – Mon 8 Mar: Tomás is out of office.',
    });
  });

  it('skips a day with an all-day event without saying what the event is', () => {
    const away = [
      {
        start: '2027-03-03T06:00:00Z',
        end: '2027-03-04T06:00:00Z',
        reason: 'all-day-event' as const,
      },
    ];
    const plan = planBooking(
      bookingInput({
        workingHours: { start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5] },
        report: tomas({ away }),
      }),
    );
    expect(sessionsOf(plan).map((s) => londonDate(s.start))).not.toContain('2027-03-03');
    expect(plan.skipped).toContainEqual({
      from: '2027-03-03',
      to: '2027-03-03',
      reason: 'they-are-away',
      message: 'Wed 3 Mar: Tomás has an all-day event.',
    });
  });

  it('skips the manager’s own scheduled automatic replies', () => {
    const plan = planBooking(
      bookingInput({
        away: [
          { start: '2027-03-08T00:00:00Z', end: '2027-03-13T00:00:00Z', reason: 'out-of-office' },
        ],
      }),
    );
    expect(
      sessionsOf(plan)
        .map((s) => londonDate(s.start))
        .filter((d) => d >= '2027-03-08' && d <= '2027-03-12'),
    ).toEqual([]);
    expect(plan.skipped).toContainEqual({
      from: '2027-03-08',
      to: '2027-03-12',
      reason: 'you-are-away',
      message: 'Mon 8 Mar – Fri 12 Mar: You are out of office.',
    });
  });

  it('refuses time away that is not an interval', () => {
    const plan = planBooking(
      bookingInput({
        report: tomas({ away: [{ start: 'soon', end: 'later', reason: 'out-of-office' }] }),
      }),
    );
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.errors[0]?.field).toBe('report.away.0');
  });
});
