import { describe, expect, it } from 'vitest';
import { planBooking } from '../../../src/domain/booking';
import type { BookingPlan, Proposal } from '../../../src/domain/booking';
import { Temporal } from '../../../src/domain/time/temporal';
import { bookingInput, busy, oneOnOne } from './booking-fixtures';

function proposalsOf(plan: BookingPlan): Proposal[] {
  if (!plan.ok) throw new Error(`expected proposals, got ${JSON.stringify(plan.errors)}`);
  return plan.proposals;
}

const starts = (proposal: Proposal | undefined): string[] =>
  (proposal?.sessions ?? []).map((session) => session.start);

describe('planBooking: a series of three', () => {
  it('proposes three weekly sessions at the same time, one per phase, with the prompt 3 working days ahead', () => {
    const [first] = proposalsOf(planBooking(bookingInput()));
    expect(first?.sessions).toEqual([
      { phase: 'where-now', start: '2027-03-04T09:00:00Z', end: '2027-03-04T10:00:00Z' },
      { phase: 'where-to-go', start: '2027-03-11T09:00:00Z', end: '2027-03-11T10:00:00Z' },
      { phase: 'close-the-gap', start: '2027-03-18T09:00:00Z', end: '2027-03-18T10:00:00Z' },
    ]);
    // Thursday's session: Monday 09:00 is three working days before, and still ahead of now.
    expect(first?.promptDeliverAt).toBe('2027-03-01T09:00:00Z');
    expect(first?.warnings).toEqual([]);
  });

  it('offers alternatives on different days, up to maxProposals', () => {
    const proposals = proposalsOf(planBooking(bookingInput()));
    expect(proposals.map((p) => p.sessions[0]?.start)).toEqual([
      '2027-03-04T09:00:00Z',
      '2027-03-05T09:00:00Z',
      '2027-03-08T09:00:00Z',
    ]);
    expect(proposalsOf(planBooking(bookingInput({ maxProposals: 1 })))).toHaveLength(1);
  });

  it('makes the first session recur quarterly on the same weekday of the month', () => {
    const [first] = proposalsOf(planBooking(bookingInput()));
    expect(first?.recurrence).toEqual({
      pattern: 'relativeMonthly',
      interval: 3,
      daysOfWeek: ['thursday'],
      index: 'first',
      startDate: '2027-03-04',
      startTime: '09:00',
      durationMinutes: 60,
      timeZone: 'Europe/London',
      summary: 'Every 3 months on the first Thursday at 09:00',
    });
  });

  it('keeps clear of busy time and 30 minutes either side of a 1:1 with the report', () => {
    const plan = planBooking(
      bookingInput({
        busy: [
          busy('2027-03-04T09:00:00Z', '2027-03-04T10:00:00Z'),
          oneOnOne('2027-03-04T10:30:00Z', '2027-03-04T11:00:00Z'),
        ],
        maxProposals: 1,
      }),
    );
    expect(starts(proposalsOf(plan)[0])).toEqual([
      '2027-03-04T11:30:00Z',
      '2027-03-11T11:30:00Z',
      '2027-03-18T11:30:00Z',
    ]);
  });

  it('accepts a gap of exactly 30 minutes after a 1:1, but not less', () => {
    const plan = planBooking(
      bookingInput({
        format: 'single-90',
        earliest: '2027-03-04',
        horizonDays: 1,
        workingHours: { start: '10:00', end: '13:00', days: [1, 2, 3, 4, 5] },
        busy: [oneOnOne('2027-03-04T10:00:00Z', '2027-03-04T10:30:00Z')],
      }),
    );
    expect(proposalsOf(plan).map((p) => p.sessions[0]?.start)).toEqual(['2027-03-04T11:00:00Z']);
  });

  it('touching ordinary busy time end to end is fine', () => {
    const plan = planBooking(
      bookingInput({
        earliest: '2027-03-04',
        maxProposals: 1,
        busy: [busy('2027-03-04T08:00:00Z', '2027-03-04T10:00:00Z')],
      }),
    );
    expect(proposalsOf(plan)[0]?.sessions[0]?.start).toBe('2027-03-04T10:00:00Z');
  });

  it('prefers a fortnight at the same time over a week at a different time', () => {
    const plan = planBooking(
      bookingInput({
        earliest: '2027-03-04',
        horizonDays: 60,
        maxProposals: 1,
        // The anchor's 09:00 is taken the following Thursday only.
        busy: [busy('2027-03-11T09:00:00Z', '2027-03-11T10:00:00Z')],
      }),
    );
    expect(starts(proposalsOf(plan)[0])).toEqual([
      '2027-03-04T09:00:00Z',
      '2027-03-18T09:00:00Z',
      '2027-03-25T09:00:00Z',
    ]);
  });

  it('warns when a session cannot be at the same time of day', () => {
    // Mondays only, 09:00-11:00; week 1 has only 09:00 free, weeks 2 and 3 only 10:00.
    const plan = planBooking(
      bookingInput({
        now: Temporal.Instant.from('2027-02-10T08:00:00Z'),
        earliest: '2027-03-08',
        horizonDays: 15,
        workingHours: { start: '09:00', end: '11:00', days: [1] },
        busy: [
          busy('2027-03-08T10:00:00Z', '2027-03-08T11:00:00Z'),
          busy('2027-03-15T09:00:00Z', '2027-03-15T10:00:00Z'),
          busy('2027-03-22T09:00:00Z', '2027-03-22T10:00:00Z'),
        ],
      }),
    );
    const proposals = proposalsOf(plan);
    expect(proposals).toHaveLength(1);
    expect(starts(proposals[0])).toEqual([
      '2027-03-08T09:00:00Z',
      '2027-03-15T10:00:00Z',
      '2027-03-22T10:00:00Z',
    ]);
    expect(proposals[0]?.warnings).toEqual([
      'Session 2 is at 10:00 rather than 09:00: that time was not free for both of you that week.',
      'Session 3 is at 10:00 rather than 09:00: that time was not free for both of you that week.',
    ]);
  });

  it('keeps every session inside the horizon, so free/busy for the window covers them all', () => {
    const plan = planBooking(bookingInput({ earliest: '2027-03-01', horizonDays: 15 }));
    for (const proposal of proposalsOf(plan)) {
      for (const session of proposal.sessions) {
        expect(Temporal.Instant.compare(session.end, '2027-03-16T00:00:00Z')).toBeLessThanOrEqual(
          0,
        );
      }
    }
    expect(planBooking(bookingInput({ horizonDays: 14 })).ok).toBe(false);
  });
});

describe('planBooking: one 90-minute session', () => {
  it('proposes one session covering all three phases', () => {
    const [first] = proposalsOf(planBooking(bookingInput({ format: 'single-90' })));
    expect(first?.sessions).toEqual([
      { phase: 'all-three', start: '2027-03-04T09:00:00Z', end: '2027-03-04T10:30:00Z' },
    ]);
    expect(first?.recurrence.durationMinutes).toBe(90);
  });
});

describe('planBooking: never in the past, on quarter hours', () => {
  it('starts after now on the next quarter hour, and warns when the prompt cannot be 3 working days ahead', () => {
    const plan = planBooking(
      bookingInput({
        now: Temporal.Instant.from('2027-03-03T10:07:00Z'),
        format: 'single-90',
        horizonDays: 1,
        maxProposals: 1,
      }),
    );
    const [first] = proposalsOf(plan);
    expect(first?.sessions[0]?.start).toBe('2027-03-03T10:15:00Z');
    expect(first?.promptDeliverAt).toBe('2027-03-03T10:07:00Z');
    expect(first?.warnings).toEqual([
      'The first session is less than 3 working days away, so the reflection prompt goes out ' +
        'Wed 3 Mar at 10:07: less time for them to think. A later slot gives them a few days.',
    ]);
  });

  it('ranks slots that leave time for the reflection prompt first', () => {
    const plan = planBooking(
      bookingInput({ now: Temporal.Instant.from('2027-03-03T10:07:00Z'), maxProposals: 1 }),
    );
    // Monday's prompt would be due Wednesday 09:00, already past; Tuesday's is Thursday 09:00.
    expect(proposalsOf(plan)[0]?.sessions[0]?.start).toBe('2027-03-09T09:00:00Z');
    expect(proposalsOf(plan)[0]?.warnings).toEqual([]);
  });

  it('starts working hours that begin off the quarter hour at the next quarter hour', () => {
    const plan = planBooking(
      bookingInput({
        workingHours: { start: '08:50', end: '17:00', days: [1, 2, 3, 4, 5] },
        maxProposals: 1,
      }),
    );
    expect(proposalsOf(plan)[0]?.sessions[0]?.start).toBe('2027-03-04T09:00:00Z');
  });
});

describe('planBooking: refusals', () => {
  it('refuses sessions under 60 minutes: the checklist books at least 60', () => {
    const plan = planBooking(bookingInput({ sessionMinutes: 45 }));
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.errors.map((e) => [e.code, e.field])).toEqual([
        ['session-too-short', 'sessionMinutes'],
      ]);
    }
  });

  it('reports every invalid field at once', () => {
    const plan = planBooking(
      bookingInput({
        zone: 'Mars/Olympus',
        earliest: '2027-02-30',
        horizonDays: 0,
        workingHours: { start: '9am', end: '17:00', days: [] },
        busy: [busy('2027-03-04T10:00:00Z', '2027-03-04T09:00:00Z')],
        gapDays: { min: 10, max: 7 },
        maxProposals: 0,
      }),
    );
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.errors.map((e) => e.field).sort()).toEqual(
        [
          'zone',
          'earliest',
          'horizonDays',
          'gapDays',
          'workingHours.start',
          'workingHours.days',
          'busy.0',
          'maxProposals',
        ].sort(),
      );
    }
  });

  it('says so when working hours are shorter than a session', () => {
    const plan = planBooking(
      bookingInput({ workingHours: { start: '09:00', end: '09:45', days: [1, 2, 3, 4, 5] } }),
    );
    expect(plan.ok ? [] : plan.errors.map((e) => e.code)).toEqual(['working-day-too-short']);
  });

  it('says so, with a way forward, when nothing is free', () => {
    const plan = planBooking(
      bookingInput({ busy: [busy('2027-03-01T00:00:00Z', '2027-04-30T00:00:00Z')] }),
    );
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.errors[0]?.code).toBe('no-free-slot');
      expect(plan.errors[0]?.message).toContain('book one 90-minute session');
    }
  });
});
