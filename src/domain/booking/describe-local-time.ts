import type { Temporal } from '../time/temporal';
import type { TimeZoneId } from '../time/values';

// Fixed English wording rather than Intl, so messages read the same on every host and in tests.
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

export function weekdayName(date: Temporal.PlainDate): string {
  return WEEKDAY_NAMES[date.dayOfWeek - 1] ?? '';
}

/** "Tue 9 Mar", with the year when it is not the year of `reference`. */
export function describeLocalDay(date: Temporal.PlainDate, reference?: Temporal.PlainDate): string {
  const day = `${WEEKDAYS[date.dayOfWeek - 1] ?? ''} ${date.day} ${MONTHS[date.month - 1] ?? ''}`;
  return reference && reference.year !== date.year ? `${day} ${date.year}` : day;
}

/** "Tue 9 Mar at 14:00", read in `zone`. */
export function describeLocalDateTime(
  instant: Temporal.Instant,
  zone: TimeZoneId,
  reference?: Temporal.PlainDate,
): string {
  const local = instant.toZonedDateTimeISO(zone);
  const time = local.toPlainTime().toString({ smallestUnit: 'minute' });
  return `${describeLocalDay(local.toPlainDate(), reference)} at ${time}`;
}
