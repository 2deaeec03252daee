import { Temporal } from './temporal';
import type { IsoInstant, TimeZoneId } from './values';

/**
 * Fixed English formats for the facts the rules report ("Tue 3 Mar 10:00–11:00"). They are built
 * by hand rather than through Intl so that a message reads the same on every host and in tests.
 */
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

const pad = (value: number): string => String(value).padStart(2, '0');

/** "Tue 3 Mar" or, with the year, "Tue 3 Mar 2026". */
export function formatDay(date: Temporal.PlainDate, options: { year?: boolean } = {}): string {
  const day = `${WEEKDAYS[date.dayOfWeek - 1] ?? ''} ${date.day} ${MONTHS[date.month - 1] ?? ''}`;
  return options.year === true ? `${day} ${date.year}` : day;
}

/** "10:00" in the zone. */
export function formatClock(instant: IsoInstant, zone: TimeZoneId): string {
  const time = Temporal.Instant.from(instant).toZonedDateTimeISO(zone);
  return `${pad(time.hour)}:${pad(time.minute)}`;
}

/** "Tue 3 Mar 10:00" in the zone. */
export function formatDayTime(instant: IsoInstant, zone: TimeZoneId): string {
  const time = Temporal.Instant.from(instant).toZonedDateTimeISO(zone);
  return `${formatDay(time.toPlainDate())} ${formatClock(instant, zone)}`;
}

/** "Tue 3 Mar 10:00–11:00", or with both days when the range crosses midnight. */
export function formatRange(start: IsoInstant, end: IsoInstant, zone: TimeZoneId): string {
  const startDay = Temporal.Instant.from(start).toZonedDateTimeISO(zone).toPlainDate();
  const endDay = Temporal.Instant.from(end).toZonedDateTimeISO(zone).toPlainDate();
  return startDay.equals(endDay)
    ? `${formatDayTime(start, zone)}–${formatClock(end, zone)}`
    : `${formatDayTime(start, zone)}–${formatDayTime(end, zone)}`;
}

/** "1 day" / "3 days". */
export function formatDays(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

export function weekdayName(date: Temporal.PlainDate): string {
  return WEEKDAY_NAMES[date.dayOfWeek - 1] ?? '';
}

/** "Tue 9 Mar", with the year when it is not the year of `reference`. */
export function describeLocalDay(date: Temporal.PlainDate, reference?: Temporal.PlainDate): string {
  return formatDay(date, { year: reference !== undefined && reference.year !== date.year });
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
