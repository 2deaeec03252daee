import { describe, expect, it } from 'vitest';
import { quarterlyRecurrenceAt } from '../../../src/domain';
import { HOURS } from './booking-fixtures';

describe('the quarterly recurrence of a hand-picked anchor', () => {
  it('recurs on the same weekday of the same week, every three months, in local time', () => {
    const result = quarterlyRecurrenceAt('2027-03-11T15:00:00Z', 60, 'Europe/London', HOURS);
    expect(result).toEqual({
      ok: true,
      value: {
        interval: 3,
        pattern: 'relativeMonthly',
        daysOfWeek: ['thursday'],
        index: 'second',
        startDate: '2027-03-11',
        startTime: '15:00',
        durationMinutes: 60,
        timeZone: 'Europe/London',
        summary: 'Every 3 months on the second Thursday at 15:00',
      },
    });
  });

  it('says what is wrong with a zone, a time or working hours instead of guessing', () => {
    const zone = quarterlyRecurrenceAt('2027-03-11T15:00:00Z', 60, 'Mars/Olympus', HOURS);
    expect(zone.ok ? [] : zone.errors.map((e) => e.code)).toEqual(['invalid-time-zone']);
    const time = quarterlyRecurrenceAt('soon', 60, 'Europe/London', HOURS);
    expect(time.ok ? [] : time.errors.map((e) => e.code)).toEqual(['invalid-instant']);
    const hours = quarterlyRecurrenceAt('2027-03-11T15:00:00Z', 60, 'Europe/London', {
      ...HOURS,
      days: [],
    });
    expect(hours.ok).toBe(false);
  });
});
