import { describe, expect, it } from 'vitest';
import { quarterlyRecurrenceFor } from '../../../src/domain/booking/quarterly-recurrence';
import { parseWorkingHours } from '../../../src/domain/booking/working-hours';
import type { WorkingHours } from '../../../src/domain/booking';
import { Temporal } from '../../../src/domain/time/temporal';
import { WEEKDAYS_9_TO_5 } from './booking-fixtures';

function recurrenceOn(localDateTime: string, hours: WorkingHours = WEEKDAYS_9_TO_5) {
  const parsed = parseWorkingHours(hours);
  if (!parsed.ok) throw new Error('bad hours');
  const anchor = Temporal.PlainDateTime.from(localDateTime).toZonedDateTime('Europe/London');
  return quarterlyRecurrenceFor(anchor, 60, 'Europe/London', parsed.value);
}

describe('quarterlyRecurrenceFor', () => {
  it('uses the weekday and its week of the month, so it never lands on a weekend', () => {
    expect(recurrenceOn('2027-03-23T10:00')).toMatchObject({
      pattern: 'relativeMonthly',
      interval: 3,
      daysOfWeek: ['tuesday'],
      index: 'fourth',
      startDate: '2027-03-23',
      startTime: '10:00',
      summary: 'Every 3 months on the fourth Tuesday at 10:00',
    });
  });

  it('uses "last" for a fifth weekday, which not every month has', () => {
    expect(recurrenceOn('2027-03-30T10:00')).toMatchObject({
      index: 'last',
      daysOfWeek: ['tuesday'],
    });
  });

  it('uses a fixed day of the month when every day is a working day and the day exists in every month', () => {
    const everyDay = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5, 6, 7] };
    expect(recurrenceOn('2027-03-23T10:00', everyDay)).toMatchObject({
      pattern: 'absoluteMonthly',
      dayOfMonth: 23,
    });
    expect(recurrenceOn('2027-03-30T10:00', everyDay)).toMatchObject({
      pattern: 'relativeMonthly',
    });
  });
});
