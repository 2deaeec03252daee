import type { DomainError } from '../result';
import { Temporal } from '../time/temporal';
import type { Interval, TimeZoneId } from '../time/values';
import { checkZone, parseInstantField } from './booking-input';
import {
  ABSOLUTE_MIN_MINUTES,
  MIN_BOOKED_MINUTES,
  ONE_ON_ONE_BUFFER_MINUTES,
} from './booking-rules';
import type { BusyInterval, WorkingHours } from './booking-types';
import type { Conflict } from './busy-time';
import { findConflicts, parseBusy } from './busy-time';
import { wordingIn, type DateWording } from '../time/wording';
import type { ParsedWorkingHours } from './working-hours';
import { fitsWorkingHours, formatTime, isWorkingDay, parseWorkingHours } from './working-hours';

export type BookingChoiceIssue =
  | 'invalid-input'
  | 'in-the-past'
  | 'too-short'
  | 'shorter-than-recommended'
  | 'inside-one-on-one'
  | 'next-to-one-on-one'
  | 'overlaps-busy'
  | 'not-a-working-day'
  | 'outside-working-hours';

export interface BookingChoiceCheck {
  /** False when any error: the choice must not be booked as it is. */
  ok: boolean;
  errors: DomainError<BookingChoiceIssue>[];
  /** The manager may go ahead, but should know. */
  warnings: DomainError<BookingChoiceIssue>[];
}

const CONFLATING = 'Failure 2 — conflating it with a 1:1';

const CONFLICT_MESSAGES: Record<Conflict, { code: BookingChoiceIssue; message: string }> = {
  'one-on-one': {
    code: 'inside-one-on-one',
    message:
      `${CONFLATING}: this time overlaps your 1:1 with them. Keep them separate: book the ` +
      'career conversation as its own session with its own time.',
  },
  'next-to-one-on-one': {
    code: 'next-to-one-on-one',
    message:
      `${CONFLATING}: this runs on from your 1:1 with them (less than ` +
      `${ONE_ON_ONE_BUFFER_MINUTES} minutes apart), so it can turn into the end of the 1:1. ` +
      'Keep them separate: leave a clear gap or pick another time.',
  },
  busy: {
    code: 'overlaps-busy',
    message:
      'This time clashes with something already in your calendar or theirs. Protect the ' +
      'conversation: pick a time you are both free.',
  },
};

function checkLength(minutes: number): DomainError<BookingChoiceIssue> | undefined {
  if (minutes < ABSOLUTE_MIN_MINUTES) {
    return {
      code: 'too-short',
      message:
        `A career conversation needs a dedicated session of at least ${ABSOLUTE_MIN_MINUTES} ` +
        `minutes; the checklist asks for ${MIN_BOOKED_MINUTES}. Choose a longer slot.`,
    };
  }
  if (minutes < MIN_BOOKED_MINUTES) {
    return {
      code: 'shorter-than-recommended',
      message:
        `Shorter than the ${MIN_BOOKED_MINUTES} minutes the checklist asks for: honest answers ` +
        'take a while to surface. Book an hour if you can.',
    };
  }
  return undefined;
}

function checkHours(
  start: Temporal.Instant,
  end: Temporal.Instant,
  zone: TimeZoneId,
  hours: ParsedWorkingHours,
  wording: DateWording,
): DomainError<BookingChoiceIssue> | undefined {
  const date = start.toZonedDateTimeISO(zone).toPlainDate();
  if (!isWorkingDay(date, hours)) {
    return {
      code: 'not-a-working-day',
      message: `${wording.day(date)} is a ${wording.weekday(date.dayOfWeek)}, not one of your working days.`,
    };
  }
  return fitsWorkingHours(start, end, zone, hours)
    ? undefined
    : {
        code: 'outside-working-hours',
        message:
          `This falls outside your working hours (${formatTime(hours.start)}–` +
          `${formatTime(hours.end)}): pick a time when neither of you is rushing.`,
      };
}

/**
 * Checks a slot the manager picked by hand. Refuses what the playbook rules out (inside a 1:1,
 * over busy time, in the past, under 45 minutes); warns about what weakens the conversation (right
 * next to a 1:1, under 60 minutes, outside working hours). Pass the busy time without the event
 * being moved, or it clashes with itself.
 */
export function checkBookingChoice(
  choice: Interval,
  busy: readonly BusyInterval[],
  zone: TimeZoneId,
  now: Temporal.Instant,
  workingHours?: WorkingHours,
  wording?: DateWording,
): BookingChoiceCheck {
  const start = parseInstantField(choice.start, 'start');
  const end = parseInstantField(choice.end, 'end');
  const parsedBusy = parseBusy(busy);
  const hours = workingHours ? parseWorkingHours(workingHours) : undefined;
  const zoneError = checkZone(zone);
  const inputErrors = [
    ...(start.ok ? [] : start.errors),
    ...(end.ok ? [] : end.errors),
    ...(parsedBusy.ok ? [] : parsedBusy.errors),
    ...(hours && !hours.ok ? hours.errors : []),
    ...(zoneError ? [zoneError] : []),
  ];
  if (!start.ok || !end.ok || !parsedBusy.ok || (hours && !hours.ok) || zoneError) {
    return {
      ok: false,
      errors: inputErrors.map((error) => ({ ...error, code: 'invalid-input' as const })),
      warnings: [],
    };
  }
  if (Temporal.Instant.compare(start.value, end.value) >= 0) {
    return {
      ok: false,
      errors: [
        { code: 'invalid-input', message: 'The end must be after the start.', field: 'end' },
      ],
      warnings: [],
    };
  }
  const errors: DomainError<BookingChoiceIssue>[] = [];
  const warnings: DomainError<BookingChoiceIssue>[] = [];
  if (Temporal.Instant.compare(start.value, now) < 0) {
    errors.push({
      code: 'in-the-past',
      message: 'This time has already passed. Pick a future time.',
    });
  }
  const length = checkLength(start.value.until(end.value).total('minutes'));
  if (length) (length.code === 'too-short' ? errors : warnings).push(length);
  const conflicts = findConflicts(start.value, end.value, parsedBusy.value);
  for (const conflict of conflicts) {
    (conflict === 'next-to-one-on-one' ? warnings : errors).push(CONFLICT_MESSAGES[conflict]);
  }
  const outside = hours?.ok
    ? checkHours(start.value, end.value, zone, hours.value, wordingIn(zone, wording))
    : undefined;
  if (outside) warnings.push(outside);
  return { ok: errors.length === 0, errors, warnings };
}
