// Expands a patternedRecurrence into occurrence dates, following
// https://learn.microsoft.com/en-us/graph/outlook-schedule-recurring-events and
// https://learn.microsoft.com/en-us/graph/api/resources/recurrencepattern?view=graph-rest-1.0
import { Temporal } from 'temporal-polyfill';
import { DAYS_OF_WEEK, type DayOfWeek, type Recurrence } from './state';

/** Exchange refuses series longer than this; it also bounds every loop here. */
const MAX_ITERATIONS = 50_000;
const INDEX_POSITION = { first: 0, second: 1, third: 2, fourth: 3, last: -1 } as const;

/** ISO day number (Monday 1 … Sunday 7) of an Outlook day name. */
export function isoDay(day: DayOfWeek): number {
  const index = DAYS_OF_WEEK.indexOf(day);
  return index === 0 ? 7 : index;
}

export function dayName(date: Temporal.PlainDate): DayOfWeek {
  return DAYS_OF_WEEK[date.dayOfWeek % 7] ?? 'sunday';
}

function clampDay(year: number, month: number, day: number): Temporal.PlainDate {
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  return first.with({ day: Math.min(day, first.daysInMonth) });
}

/** The nth (or last) day in the month that is one of `days`. */
function relativeDay(
  year: number,
  month: number,
  days: readonly DayOfWeek[],
  index: keyof typeof INDEX_POSITION,
): Temporal.PlainDate | undefined {
  const wanted = new Set(days.map(isoDay));
  const first = Temporal.PlainDate.from({ year, month, day: 1 });
  const matches: Temporal.PlainDate[] = [];
  for (let day = 0; day < first.daysInMonth; day += 1) {
    const date = first.add({ days: day });
    if (wanted.has(date.dayOfWeek)) matches.push(date);
  }
  const position = INDEX_POSITION[index];
  return position === -1 ? matches.at(-1) : matches[position];
}

/** Candidate dates of the pattern, in order, from the week/month/year of the range start. */
function* candidates(recurrence: Recurrence): Generator<Temporal.PlainDate> {
  const { pattern } = recurrence;
  const start = Temporal.PlainDate.from(recurrence.range.startDate);
  const interval = pattern.interval;
  switch (pattern.type) {
    case 'daily':
      for (let step = 0; ; step += interval) yield start.add({ days: step });
    case 'weekly': {
      const firstDay = isoDay(pattern.firstDayOfWeek);
      const weekStart = start.subtract({ days: (start.dayOfWeek - firstDay + 7) % 7 });
      const offsets = pattern.daysOfWeek
        .map((day) => (isoDay(day) - firstDay + 7) % 7)
        .sort((a, b) => a - b);
      for (let week = 0; ; week += interval) {
        for (const offset of offsets) yield weekStart.add({ weeks: week, days: offset });
      }
    }
    case 'absoluteMonthly':
    case 'relativeMonthly':
      for (let step = 0; ; step += interval) {
        const month = Temporal.PlainYearMonth.from({ year: start.year, month: start.month }).add({
          months: step,
        });
        const date =
          pattern.type === 'absoluteMonthly'
            ? clampDay(month.year, month.month, pattern.dayOfMonth)
            : relativeDay(month.year, month.month, pattern.daysOfWeek, pattern.index);
        if (date) yield date;
      }
    case 'absoluteYearly':
    case 'relativeYearly':
      for (let year = start.year; ; year += interval) {
        const date =
          pattern.type === 'absoluteYearly'
            ? clampDay(year, pattern.month, pattern.dayOfMonth)
            : relativeDay(year, pattern.month, pattern.daysOfWeek, pattern.index);
        if (date) yield date;
      }
  }
}

/**
 * Occurrence dates of the series, from the range start up to `until` (inclusive), honouring the
 * range's end date or number of occurrences.
 */
export function occurrenceDates(
  recurrence: Recurrence,
  until: Temporal.PlainDate,
  maxCount = Number.POSITIVE_INFINITY,
): Temporal.PlainDate[] {
  const { range } = recurrence;
  const start = Temporal.PlainDate.from(range.startDate);
  const end = range.type === 'endDate' ? Temporal.PlainDate.from(range.endDate) : undefined;
  const limit = end && Temporal.PlainDate.compare(end, until) < 0 ? end : until;
  const dates: Temporal.PlainDate[] = [];
  let iterations = 0;
  for (const date of candidates(recurrence)) {
    iterations += 1;
    if (iterations > MAX_ITERATIONS || Temporal.PlainDate.compare(date, limit) > 0) break;
    if (Temporal.PlainDate.compare(date, start) < 0) continue;
    dates.push(date);
    if (range.type === 'numbered' && dates.length >= range.numberOfOccurrences) break;
    if (dates.length >= maxCount) break;
  }
  return dates;
}

/** The first date the pattern produces: where Exchange puts the series master. */
export function firstOccurrenceDate(recurrence: Recurrence): Temporal.PlainDate | undefined {
  const start = Temporal.PlainDate.from(recurrence.range.startDate);
  return occurrenceDates(recurrence, start.add({ years: 5 }), 1)[0];
}
