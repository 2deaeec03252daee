import type { QuarterlyRecurrence, Weekday } from '../../app/ports';
import { Temporal } from '../../domain/time/temporal';
import type { TimeZoneId } from '../../domain';

const WEEKDAYS: readonly Weekday[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];
const INDEXES = ['first', 'second', 'third', 'fourth'] as const;

/** The date the pattern picks in one month, or undefined when that month has no such day. */
function dateInMonth(
  recurrence: QuarterlyRecurrence,
  month: Temporal.PlainYearMonth,
): Temporal.PlainDate | undefined {
  if (recurrence.pattern === 'absoluteMonthly') {
    return recurrence.dayOfMonth <= month.daysInMonth
      ? month.toPlainDate({ day: recurrence.dayOfMonth })
      : undefined;
  }
  const days = Array.from({ length: month.daysInMonth }, (_, i) =>
    month.toPlainDate({ day: i + 1 }),
  );
  const matching = days.filter((d) =>
    recurrence.daysOfWeek.includes(WEEKDAYS[d.dayOfWeek - 1] ?? 'monday'),
  );
  if (recurrence.index === 'last') return matching.at(-1);
  return matching[INDEXES.indexOf(recurrence.index)];
}

/**
 * The local start dates of a monthly series, as Outlook expands it: every `interval` months from
 * the start date's month, on or after the start date, up to the end date (inclusive) or `until`.
 */
export function occurrenceDates(
  recurrence: QuarterlyRecurrence,
  until: Temporal.PlainDate,
): Temporal.PlainDate[] {
  const start = Temporal.PlainDate.from(recurrence.startDate);
  const end = recurrence.endDate ? Temporal.PlainDate.from(recurrence.endDate) : until;
  const last = Temporal.PlainDate.compare(end, until) < 0 ? end : until;
  const dates: Temporal.PlainDate[] = [];
  let month = start.toPlainYearMonth();
  while (Temporal.PlainYearMonth.compare(month, last.toPlainYearMonth()) <= 0) {
    const date = dateInMonth(recurrence, month);
    if (
      date &&
      Temporal.PlainDate.compare(date, start) >= 0 &&
      Temporal.PlainDate.compare(date, last) <= 0
    ) {
      dates.push(date);
    }
    month = month.add({ months: Math.max(1, recurrence.interval) });
  }
  return dates;
}

/** An occurrence keeps the series' local start time and length, across daylight-saving changes. */
export function occurrenceTimes(
  date: Temporal.PlainDate,
  seriesStart: Temporal.Instant,
  seriesEnd: Temporal.Instant,
  zone: TimeZoneId,
): { start: Temporal.Instant; end: Temporal.Instant } {
  const local = seriesStart.toZonedDateTimeISO(zone);
  const start = date.toZonedDateTime({ timeZone: zone, plainTime: local.toPlainTime() });
  const length = seriesStart.until(seriesEnd);
  return { start: start.toInstant(), end: start.toInstant().add(length) };
}
