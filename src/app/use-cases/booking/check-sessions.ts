import type {
  BookingChoiceIssue,
  BookingFormat,
  DomainError,
  Interval,
  TimeZoneId,
  WorkingHours,
} from '../../../domain';
import {
  checkBookingChoice,
  DEFAULT_SESSION_MINUTES,
  formatRange,
  minutesBetween,
  overlaps,
} from '../../../domain';
import { Temporal } from '../../../domain/time/temporal';
import type { BookingCalendar } from './booking-calendar';
import type { BookingPeople } from './booking-people';
import { reportZoneOf } from './booking-people';

export type SessionIssue =
  BookingChoiceIssue | 'report-off-hours' | 'sessions-out-of-order' | 'single-under-90';

export interface SessionCheck {
  session: Interval;
  /** False when any error: this session must not be booked as it is. */
  ok: boolean;
  errors: DomainError<SessionIssue>[];
  warnings: DomainError<SessionIssue>[];
}

export interface CheckSessionsInput {
  sessions: readonly Interval[];
  format: BookingFormat;
  calendar: Pick<BookingCalendar, 'busy' | 'reportOffHours'>;
  people: BookingPeople;
  /** The manager's zone. */
  zone: TimeZoneId;
  now: Temporal.Instant;
  workingHours: WorkingHours;
  /** The report's assumed working week, for the message. */
  reportHours: WorkingHours;
}

function reportHoursWarning(
  session: Interval,
  input: CheckSessionsInput,
): DomainError<SessionIssue> | undefined {
  if (!input.calendar.reportOffHours.some((off) => overlaps(off, session))) return undefined;
  const zone = reportZoneOf(input.people, input.zone);
  const { start, end } = input.reportHours;
  return {
    code: 'report-off-hours',
    message:
      `That is ${formatRange(session.start, session.end, zone)} for ` +
      `${input.people.report.displayName} (${zone}), outside their usual working hours ` +
      `(${start}–${end}). Pick a time when neither of you is rushing.`,
  };
}

/**
 * Checks every session of a hand-picked or proposed booking with the domain's rules (refused:
 * inside a 1:1, over busy time, in the past, under 45 minutes; warned: next to a 1:1, under 60
 * minutes, outside working hours), plus what only both calendars together tell: the report's
 * own working hours, sessions in order, and a single session long enough for three phases.
 */
export function checkSessions(input: CheckSessionsInput): SessionCheck[] {
  const { sessions, calendar, zone, now, workingHours } = input;
  return sessions.map((session, index) => {
    const domain = checkBookingChoice(session, calendar.busy, zone, now, workingHours);
    const errors: DomainError<SessionIssue>[] = [...domain.errors];
    const warnings: DomainError<SessionIssue>[] = [...domain.warnings];
    const previous = index > 0 ? sessions[index - 1] : undefined;
    const next = sessions[index + 1];
    if (previous && Temporal.Instant.compare(session.start, previous.end) < 0) {
      errors.push({
        code: 'sessions-out-of-order',
        message: `Session ${index + 1} must start after session ${index} ends.`,
      });
    } else if (next && Temporal.Instant.compare(next.start, session.end) < 0) {
      errors.push({
        code: 'sessions-out-of-order',
        message: `Session ${index + 1} must end before session ${index + 2} starts.`,
      });
    }
    const offHours = reportHoursWarning(session, input);
    if (offHours) warnings.push(offHours);
    const single = DEFAULT_SESSION_MINUTES['single-90'];
    const minutes = Math.round(minutesBetween(session.start, session.end));
    if (input.format === 'single-90' && minutes >= 60 && minutes < single) {
      warnings.push({
        code: 'single-under-90',
        message:
          `All three phases in one session need about ${single} minutes; this one has ` +
          `${minutes}. Book ${single} minutes or three separate sessions.`,
      });
    }
    return { session, ok: errors.length === 0, errors, warnings };
  });
}

export const allBookable = (checks: readonly SessionCheck[]): boolean =>
  checks.length > 0 && checks.every((check) => check.ok);

/** Recorded on the conversation: the overview's Failure 2 finding reads it. */
export const touchesOneOnOne = (checks: readonly SessionCheck[]): boolean =>
  checks.some((check) =>
    [...check.errors, ...check.warnings].some(
      (issue) => issue.code === 'inside-one-on-one' || issue.code === 'next-to-one-on-one',
    ),
  );
