import type { BookingInput, BusyInterval, WorkingHours } from '../../../src/domain/booking';
import { Temporal } from '../../../src/domain/time/temporal';

export const WEEKDAYS_9_TO_5: WorkingHours = {
  start: '09:00',
  end: '17:00',
  days: [1, 2, 3, 4, 5],
};

export function bookingInput(overrides: Partial<BookingInput> = {}): BookingInput {
  return {
    // Monday 1 March 2027, 08:00 in London.
    now: Temporal.Instant.from('2027-03-01T08:00:00Z'),
    zone: 'Europe/London',
    workingHours: WEEKDAYS_9_TO_5,
    busy: [],
    format: 'series-of-three',
    ...overrides,
  };
}

export const busy = (start: string, end: string): BusyInterval => ({ start, end, kind: 'busy' });
export const oneOnOne = (start: string, end: string): BusyInterval => ({
  start,
  end,
  kind: 'one-on-one',
});

/** The local wall-clock `YYYY-MM-DDTHH:MM` of an instant in a zone. */
export function local(instant: string, zone: string): string {
  return Temporal.Instant.from(instant)
    .toZonedDateTimeISO(zone)
    .toPlainDateTime()
    .toString({ smallestUnit: 'minute' });
}
