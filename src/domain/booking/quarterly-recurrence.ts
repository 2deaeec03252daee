import type { Result } from '../result';
import { fail, ok } from '../result';
import type { Temporal } from '../time/temporal';
import type { IsoInstant, TimeZoneId } from '../time/values';
import { checkZone, parseInstantField } from './booking-input';
import type {
  QuarterlyRecurrence,
  RecurrenceDayOfWeek,
  RecurrenceWeekIndex,
  WorkingHours,
} from './booking-types';
import { wordingIn, type DateWording } from '../time/wording';
import type { ParsedWorkingHours } from './working-hours';
import { parseWorkingHours } from './working-hours';

const DAY_NAMES: readonly RecurrenceDayOfWeek[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];
const WEEK_INDEXES: readonly RecurrenceWeekIndex[] = ['first', 'second', 'third', 'fourth'];

/** The largest day number every month has, so an absolute date recurs without skipping. */
const SAFE_DAY_OF_MONTH = 28;

/**
 * "Put it in the calendar as a recurring quarterly session." The anchor recurs every three
 * months on the same weekday of the same week (e.g. the second Tuesday), because a fixed date
 * drifts onto weekends. Only when every day is a working day, and the date exists in every month,
 * does a fixed day of the month serve as well.
 */
export function quarterlyRecurrenceFor(
  anchor: Temporal.ZonedDateTime,
  durationMinutes: number,
  zone: TimeZoneId,
  hours: ParsedWorkingHours,
  wording?: DateWording,
): QuarterlyRecurrence {
  const date = anchor.toPlainDate();
  const common = {
    interval: 3 as const,
    startDate: date.toString(),
    startTime: anchor.toPlainTime().toString({ smallestUnit: 'minute' }),
    durationMinutes,
    timeZone: zone,
  };
  if (hours.days.size === 7 && date.day <= SAFE_DAY_OF_MONTH) {
    return {
      ...common,
      pattern: 'absoluteMonthly',
      dayOfMonth: date.day,
      summary: `Every 3 months on day ${date.day} at ${common.startTime}`,
    };
  }
  const week = Math.ceil(date.day / 7);
  const index = WEEK_INDEXES[week - 1] ?? 'last';
  const dayOfWeek = DAY_NAMES[date.dayOfWeek - 1] ?? 'monday';
  return {
    ...common,
    pattern: 'relativeMonthly',
    daysOfWeek: [dayOfWeek],
    index,
    summary: `Every 3 months on the ${index} ${wordingIn(zone, wording).weekday(date.dayOfWeek)} at ${common.startTime}`,
  };
}

/**
 * The quarterly recurrence for an anchor the manager picked by hand (not from a proposal), read
 * in the manager's zone and working week, so a hand-picked slot recurs by the same rule.
 */
export function quarterlyRecurrenceAt(
  anchorStart: IsoInstant,
  durationMinutes: number,
  zone: TimeZoneId,
  workingHours: WorkingHours,
  wording?: DateWording,
): Result<QuarterlyRecurrence> {
  const hours = parseWorkingHours(workingHours);
  if (!hours.ok) return hours;
  const zoneError = checkZone(zone);
  if (zoneError) return fail([zoneError]);
  const start = parseInstantField(anchorStart, 'anchorStart');
  if (!start.ok) return start;
  return ok(
    quarterlyRecurrenceFor(
      start.value.toZonedDateTimeISO(zone),
      durationMinutes,
      zone,
      hours.value,
      wording,
    ),
  );
}
