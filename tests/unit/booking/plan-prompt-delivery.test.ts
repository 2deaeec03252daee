import { describe, expect, it } from 'vitest';
import { planPromptDelivery } from '../../../src/domain/booking';
import type { PromptDeliveryPlan } from '../../../src/domain/booking';
import type { Result } from '../../../src/domain/result';
import { Temporal } from '../../../src/domain/time/temporal';
import { WEEKDAYS_9_TO_5 } from './booking-fixtures';

const at = (iso: string): Temporal.Instant => Temporal.Instant.from(iso);

function valueOf(result: Result<PromptDeliveryPlan>): PromptDeliveryPlan {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('planPromptDelivery', () => {
  it('delivers at the start of working hours three working days before, skipping the weekend', () => {
    // Tuesday 9 March: Friday, Thursday, Wednesday... three working days back is Thursday 4th.
    const plan = valueOf(
      planPromptDelivery(
        '2027-03-09T14:00:00Z',
        'Europe/London',
        WEEKDAYS_9_TO_5,
        at('2027-03-01T08:00:00Z'),
      ),
    );
    expect(plan).toEqual({ deliverAt: '2027-03-04T09:00:00Z', onTime: true, warnings: [] });
  });

  it('reads working hours in the zone, across a DST change', () => {
    // Wednesday 31 March 2027 in New York; three working days back is Friday 26 March, 09:00 EDT.
    const plan = valueOf(
      planPromptDelivery(
        at('2027-03-31T14:00:00Z'),
        'America/New_York',
        WEEKDAYS_9_TO_5,
        at('2027-03-01T08:00:00Z'),
      ),
    );
    expect(plan.deliverAt).toBe('2027-03-26T13:00:00Z');
    // Monday 15 March in New York: three working days back is Wednesday 10th, 09:00 EST.
    const before = valueOf(
      planPromptDelivery(
        at('2027-03-15T14:00:00Z'),
        'America/New_York',
        WEEKDAYS_9_TO_5,
        at('2027-03-01T08:00:00Z'),
      ),
    );
    expect(before.deliverAt).toBe('2027-03-10T14:00:00Z');
  });

  it('when three working days are already past, delivers at the next working-hours moment, with a warning', () => {
    // Now is Wednesday 18:30, after hours; the session is Friday afternoon.
    const plan = valueOf(
      planPromptDelivery(
        at('2027-03-05T14:00:00Z'),
        'Europe/London',
        WEEKDAYS_9_TO_5,
        at('2027-03-03T18:30:00Z'),
      ),
    );
    expect(plan.deliverAt).toBe('2027-03-04T09:00:00Z');
    expect(plan.onTime).toBe(false);
    expect(plan.warnings).toEqual([
      'The first session is less than 3 working days away, so the reflection prompt goes out ' +
        'Thu 4 Mar at 09:00: less time for them to think. A later slot gives them a few days.',
    ]);
  });

  it('inside working hours, the next working-hours moment is now, rounded up to the minute', () => {
    const plan = valueOf(
      planPromptDelivery(
        at('2027-03-03T15:00:00Z'),
        'Europe/London',
        WEEKDAYS_9_TO_5,
        at('2027-03-03T10:07:30Z'),
      ),
    );
    expect(plan.deliverAt).toBe('2027-03-03T10:08:00Z');
  });

  it('sends straight away when no working time is left before the session', () => {
    // Friday evening, session first thing Monday.
    const plan = valueOf(
      planPromptDelivery(
        at('2027-03-08T09:00:00Z'),
        'Europe/London',
        WEEKDAYS_9_TO_5,
        at('2027-03-05T18:00:20Z'),
      ),
    );
    expect(plan.deliverAt).toBe('2027-03-05T18:01:00Z');
    expect(plan.warnings[0]).toContain('goes out straight away');
  });

  it('refuses invalid working hours, zone or time', () => {
    const now = at('2027-03-01T08:00:00Z');
    const badHours = planPromptDelivery(
      '2027-03-09T14:00:00Z',
      'Europe/London',
      { start: '17:00', end: '09:00', days: [1] },
      now,
    );
    expect(badHours.ok ? [] : badHours.errors.map((e) => e.field)).toEqual(['workingHours.end']);
    const badZone = planPromptDelivery(
      '2027-03-09T14:00:00Z',
      'Nowhere/Atlantis',
      WEEKDAYS_9_TO_5,
      now,
    );
    expect(badZone.ok ? [] : badZone.errors.map((e) => e.code)).toEqual(['invalid-time-zone']);
    const badTime = planPromptDelivery('next Tuesday', 'Europe/London', WEEKDAYS_9_TO_5, now);
    expect(badTime.ok ? [] : badTime.errors.map((e) => e.code)).toEqual(['invalid-instant']);
  });
});
