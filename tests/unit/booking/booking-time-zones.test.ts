import { describe, expect, it } from 'vitest';
import { planBooking } from '../../../src/domain/booking';
import type { BookingInput } from '../../../src/domain/booking';
import { Temporal } from '../../../src/domain/time/temporal';
import { bookingInput, busy, local } from './booking-fixtures';

// Working hours of one hour leave exactly one 60-minute slot a day: 10:00 local.
const TEN_TO_ELEVEN = { start: '10:00', end: '11:00', days: [1, 2, 3, 4, 5] };

function firstSeries(input: Partial<BookingInput>): string[] {
  const plan = planBooking(
    bookingInput({ workingHours: TEN_TO_ELEVEN, maxProposals: 1, ...input }),
  );
  if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
  return plan.proposals[0]?.sessions.map((session) => session.start) ?? [];
}

describe('a series across a DST change stays at the same local time', () => {
  it('Europe/London, clocks go forward on 2027-03-28', () => {
    const sessions = firstSeries({
      zone: 'Europe/London',
      now: Temporal.Instant.from('2027-03-15T08:00:00Z'),
      earliest: '2027-03-22',
    });
    expect(sessions).toEqual([
      '2027-03-22T10:00:00Z', // 10:00 GMT
      '2027-03-29T09:00:00Z', // 10:00 BST
      '2027-04-05T09:00:00Z',
    ]);
    expect(sessions.map((s) => local(s, 'Europe/London').slice(11))).toEqual([
      '10:00',
      '10:00',
      '10:00',
    ]);
  });

  it('Europe/London, clocks go back on 2027-10-31', () => {
    expect(
      firstSeries({
        zone: 'Europe/London',
        now: Temporal.Instant.from('2027-10-11T08:00:00Z'),
        earliest: '2027-10-25',
      }),
    ).toEqual(['2027-10-25T09:00:00Z', '2027-11-01T10:00:00Z', '2027-11-08T10:00:00Z']);
  });

  it('America/New_York, clocks go forward on 2027-03-14', () => {
    expect(
      firstSeries({
        zone: 'America/New_York',
        now: Temporal.Instant.from('2027-03-01T12:00:00Z'),
        earliest: '2027-03-08',
      }),
    ).toEqual(['2027-03-08T15:00:00Z', '2027-03-15T14:00:00Z', '2027-03-22T14:00:00Z']);
  });

  it('Australia/Sydney, clocks go back on 2027-04-04', () => {
    expect(
      firstSeries({
        zone: 'Australia/Sydney',
        now: Temporal.Instant.from('2027-03-15T00:00:00Z'),
        earliest: '2027-03-29',
      }),
    ).toEqual(['2027-03-28T23:00:00Z', '2027-04-05T00:00:00Z', '2027-04-12T00:00:00Z']);
  });
});

describe('working hours and busy time across a DST change', () => {
  it('reads working hours in local time on both sides of the change', () => {
    const plan = planBooking(
      bookingInput({
        zone: 'America/New_York',
        now: Temporal.Instant.from('2027-03-08T12:00:00Z'),
        horizonDays: 28,
        maxProposals: 10,
      }),
    );
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
    for (const session of plan.proposals.flatMap((p) => p.sessions)) {
      const start = local(session.start, 'America/New_York').slice(11);
      const end = local(session.end, 'America/New_York').slice(11);
      expect(start >= '09:00' && end <= '17:00').toBe(true);
    }
  });

  it('compares busy time as exact instants: 10:00 UTC is 11:00 in London after the change', () => {
    const sessions = firstSeries({
      zone: 'Europe/London',
      now: Temporal.Instant.from('2027-03-15T08:00:00Z'),
      earliest: '2027-03-22',
      // Blocks 11:00-12:00 BST on the 29th, which does not touch the 10:00 BST session.
      busy: [busy('2027-03-29T10:00:00Z', '2027-03-29T11:00:00Z')],
    });
    expect(sessions[1]).toBe('2027-03-29T09:00:00Z');
  });

  it('never offers a wall-clock time that the change skips', () => {
    // Working hours across the 01:00-02:00 gap on the Sunday the clocks go forward in London.
    const plan = planBooking(
      bookingInput({
        zone: 'Europe/London',
        now: Temporal.Instant.from('2027-03-27T12:00:00Z'),
        format: 'single-90',
        horizonDays: 2,
        maxProposals: 10,
        workingHours: { start: '00:30', end: '04:00', days: [7] },
      }),
    );
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
    const startsLocal = plan.proposals.map((p) =>
      local(p.sessions[0]?.start ?? '', 'Europe/London'),
    );
    expect(startsLocal.length).toBeGreaterThan(0);
    for (const start of startsLocal) {
      expect(start.slice(11) < '01:00' || start.slice(11) >= '02:00').toBe(true);
    }
    // 00:30 GMT plus 90 minutes is 03:00 BST: the session must end by 04:00 local.
    for (const proposal of plan.proposals) {
      expect(local(proposal.sessions[0]?.end ?? '', 'Europe/London').slice(11) <= '04:00').toBe(
        true,
      );
    }
  });
});
