import { describe, expect, it } from 'vitest';
import { checkBookingChoice } from '../../../src/domain/booking';
import type { BusyInterval } from '../../../src/domain/booking';
import { Temporal } from '../../../src/domain/time/temporal';
import { dateWording } from '../../../src/domain/time/wording';
import { busy, oneOnOne, WEEKDAYS_9_TO_5 } from './booking-fixtures';

const NOW = Temporal.Instant.from('2027-03-01T08:00:00Z');
// Thursday 4 March 2027; London is on GMT, so local time equals UTC.
const slot = (start: string, end: string) => ({
  start: `2027-03-04T${start}:00Z`,
  end: `2027-03-04T${end}:00Z`,
});
const ONE_ON_ONE = oneOnOne('2027-03-04T13:00:00Z', '2027-03-04T13:30:00Z');

function check(choice: { start: string; end: string }, calendar: BusyInterval[] = [ONE_ON_ONE]) {
  return checkBookingChoice(choice, calendar, 'Europe/London', NOW, WEEKDAYS_9_TO_5);
}
const codes = (issues: { code: string }[]): string[] => issues.map((issue) => issue.code);

describe('checkBookingChoice', () => {
  it('accepts a free hour inside working hours, well away from the 1:1', () => {
    expect(check(slot('10:00', '11:00'))).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('refuses a slot inside the 1:1, naming Failure 2', () => {
    const result = check(slot('13:00', '14:00'));
    expect(result.ok).toBe(false);
    expect(codes(result.errors)).toEqual(['inside-one-on-one']);
    expect(result.errors[0]?.message).toMatch(
      /^Failure 2 — conflating it with a 1:1: .*Keep them separate/,
    );
  });

  it('warns about a slot within 30 minutes of the 1:1, before or after', () => {
    const after = check(slot('13:45', '14:45'));
    expect(after.ok).toBe(true);
    expect(codes(after.warnings)).toEqual(['next-to-one-on-one']);
    const before = check(slot('11:35', '12:35'));
    expect(codes(before.warnings)).toEqual(['next-to-one-on-one']);
    expect(codes(check(slot('14:00', '15:00')).warnings)).toEqual([]);
  });

  it('refuses under 45 minutes and warns between 45 and 59', () => {
    expect(codes(check(slot('10:00', '10:30')).errors)).toEqual(['too-short']);
    const shortish = check(slot('10:00', '10:45'));
    expect(shortish.ok).toBe(true);
    expect(codes(shortish.warnings)).toEqual(['shorter-than-recommended']);
  });

  it('refuses a slot over busy time, in either calendar', () => {
    const result = check(slot('10:00', '11:00'), [
      busy('2027-03-04T10:30:00Z', '2027-03-04T12:00:00Z'),
    ]);
    expect(codes(result.errors)).toEqual(['overlaps-busy']);
  });

  it('refuses the past', () => {
    const result = checkBookingChoice(
      { start: '2027-02-26T10:00:00Z', end: '2027-02-26T11:00:00Z' },
      [],
      'Europe/London',
      NOW,
    );
    expect(codes(result.errors)).toEqual(['in-the-past']);
  });

  it('words the day in the locale it is given: the host’s on screen, en-GB by default', () => {
    const saturday = { start: '2027-03-06T10:00:00Z', end: '2027-03-06T11:00:00Z' };
    const message = (wording?: ReturnType<typeof dateWording>) =>
      checkBookingChoice(saturday, [], 'Europe/London', NOW, WEEKDAYS_9_TO_5, wording).warnings[0]
        ?.message;
    expect(message()).toBe('Sat 6 Mar is a Saturday, not one of your working days.');
    expect(message(dateWording('en-US', 'America/New_York'))).toBe(
      'Sat, Mar 6 is a Saturday, not one of your working days.',
    );
  });

  it('warns outside working hours and on non-working days, in the given zone', () => {
    expect(codes(check(slot('16:30', '17:30')).warnings)).toEqual(['outside-working-hours']);
    const saturday = check({ start: '2027-03-06T10:00:00Z', end: '2027-03-06T11:00:00Z' });
    expect(codes(saturday.warnings)).toEqual(['not-a-working-day']);
    expect(saturday.warnings[0]?.message).toContain('Saturday');
    // 10:00 in New York is 15:00 UTC: inside the manager's hours there.
    const newYork = checkBookingChoice(
      { start: '2027-03-04T15:00:00Z', end: '2027-03-04T16:00:00Z' },
      [],
      'America/New_York',
      NOW,
      WEEKDAYS_9_TO_5,
    );
    expect(newYork).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('skips the working-hours check when no working hours are given', () => {
    const result = checkBookingChoice(slot('20:00', '21:00'), [], 'Europe/London', NOW);
    expect(result).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it('reports every problem together', () => {
    const result = check(slot('13:15', '13:45'), [
      ONE_ON_ONE,
      busy('2027-03-04T13:30:00Z', '2027-03-04T14:00:00Z'),
    ]);
    expect(codes(result.errors).sort()).toEqual([
      'inside-one-on-one',
      'overlaps-busy',
      'too-short',
    ]);
  });

  it('refuses malformed input rather than guessing', () => {
    expect(codes(check({ start: 'soon', end: '2027-03-04T11:00:00Z' }).errors)).toEqual([
      'invalid-input',
    ]);
    expect(codes(check(slot('11:00', '10:00')).errors)).toEqual(['invalid-input']);
    const badZone = checkBookingChoice(slot('10:00', '11:00'), [], 'Moon/Base', NOW);
    expect(codes(badZone.errors)).toEqual(['invalid-input']);
  });
});
