import type {
  BookingChoiceIssue,
  BookingFormat,
  DateWording,
  DomainError,
  Interval,
  TimeZoneId,
  WorkingHours,
} from '../../../domain';
import {
  checkBookingChoice,
  DEFAULT_SESSION_MINUTES,
  minutesBetween,
  overlaps,
  reportUnavailableAt,
  wordingIn,
} from '../../../domain';
import { Temporal } from '../../../domain/time/temporal';
import type { BookingCalendar } from './booking-calendar';
import type { BookingPeople } from './booking-people';
import { reportZoneOf } from './booking-people';
import { firstNameOf } from './time-away';

export type SessionIssue =
  | BookingChoiceIssue
  | 'report-off-hours'
  | 'report-unavailable'
  | 'sessions-out-of-order'
  | 'single-under-90';

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
  /**
   * With the working weeks and time away it read, the check uses them as the search does (Outlook's
   * hours, else the assumed ones) and refuses a session the report cannot meet at, saying why.
   */
  calendar: Pick<BookingCalendar, 'busy' | 'reportOffHours'> &
    Partial<Pick<BookingCalendar, 'managerWeek' | 'reportWeek' | 'reportAway'>>;
  people: BookingPeople;
  /** The manager's zone. */
  zone: TimeZoneId;
  now: Temporal.Instant;
  workingHours: WorkingHours;
  /** The report's assumed working week, for the message. */
  reportHours: WorkingHours;
  /** How the messages word dates: the host's on screen; en-GB when absent. */
  dates?: DateWording;
}

function reportHoursWarning(
  session: Interval,
  input: CheckSessionsInput,
): DomainError<SessionIssue> | undefined {
  if (!input.calendar.reportOffHours.some((off) => overlaps(off, session))) return undefined;
  const zone = input.calendar.reportWeek?.zone ?? reportZoneOf(input.people, input.zone);
  const { start, end } = input.calendar.reportWeek?.hours ?? input.reportHours;
  return {
    code: 'report-off-hours',
    message:
      `That is ${wordingIn(zone, input.dates).range(session.start, session.end)} for ` +
      `${input.people.report.displayName} (${zone}), outside their usual working hours ` +
      `(${start}–${end}). Pick a time when neither of you is rushing.`,
  };
}

/** The report's day off or time away, in the skipped days' words, when the calendar read them. */
function reportUnavailable(
  session: Interval,
  input: CheckSessionsInput,
): DomainError<SessionIssue> | undefined {
  const { reportWeek, reportAway } = input.calendar;
  if (!reportWeek) return undefined;
  const why = reportUnavailableAt(
    session,
    {
      name: firstNameOf(input.people.report),
      zone: reportWeek.zone,
      workingHours: reportWeek.hours,
      away: reportAway ?? [],
    },
    input.dates,
  );
  return why ? { code: 'report-unavailable', message: why.message } : undefined;
}

/**
 * Checks every session of a hand-picked or proposed booking with the domain's rules (refused:
 * inside a 1:1, over busy time, in the past, under 45 minutes; warned: next to a 1:1, under 60
 * minutes, outside working hours), plus what only both calendars together tell: the report's
 * own working hours, sessions in order, and a single session long enough for three phases.
 */
export function checkSessions(input: CheckSessionsInput): SessionCheck[] {
  const { sessions, calendar, zone, now } = input;
  const workingHours = calendar.managerWeek?.hours ?? input.workingHours;
  return sessions.map((session, index) => {
    const domain = checkBookingChoice(session, calendar.busy, zone, now, workingHours, input.dates);
    const errors: DomainError<SessionIssue>[] = [...domain.errors];
    const unavailable = reportUnavailable(session, input);
    if (unavailable) errors.push(unavailable);
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
