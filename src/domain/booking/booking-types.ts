import type { DateWording } from '../time/wording';
import type { PhaseId } from '../playbook/ids';
import type { DomainError } from '../result';
import type { Temporal } from '../time/temporal';
import type { IsoDate, IsoInstant, TimeZoneId } from '../time/values';

/** The manager's working week, in the manager's own zone. */
export interface WorkingHours {
  /** Local wall-clock time, `HH:MM`. */
  start: string;
  /** Local wall-clock time, `HH:MM`, after `start` on the same day. */
  end: string;
  /** ISO weekdays, 1 = Monday ... 7 = Sunday. */
  days: readonly number[];
}

/**
 * The working week assumed when a person's own is not known: Monday to Friday, 09:00–17:00 in
 * their own zone (Outlook's default). Screens show it as an assumption the manager can change.
 */
export const ASSUMED_WORKING_HOURS: WorkingHours = Object.freeze({
  start: '09:00',
  end: '17:00',
  days: Object.freeze([1, 2, 3, 4, 5]),
});

/**
 * One block of the merged free/busy of manager and report. `one-on-one` marks an existing 1:1
 * with this report: the career conversation must stay clear of it (Failure 2).
 */
export interface BusyInterval {
  start: IsoInstant;
  end: IsoInstant;
  kind: 'busy' | 'one-on-one';
}

/** Three separate sessions (one per phase), or the three phases within one longer session. */
export type BookingFormat = 'series-of-three' | 'single-90';

export interface GapDays {
  min: number;
  max: number;
}

/**
 * Time someone cannot meet: out of office (scheduled automatic replies, or a calendar item shown
 * as out of office) or an all-day event. Only the kind is kept, never a subject: the reason a day
 * is skipped is shown to the manager, and another person's private items stay private.
 */
export interface TimeAway {
  start: IsoInstant;
  end: IsoInstant;
  reason: 'out-of-office' | 'all-day-event';
}

/** The report's side of the search: their own working week, read in their own zone. */
export interface OtherPersonTime {
  /** First name, as the skipped-day reasons say it ("Tomás works Mon–Thu"). */
  name: string;
  zone: TimeZoneId;
  workingHours: WorkingHours;
  away: TimeAway[];
}

export interface BookingInput {
  now: Temporal.Instant;
  /** The manager's zone: working hours, days and times of day are read in it. */
  zone: TimeZoneId;
  workingHours: WorkingHours;
  busy: BusyInterval[];
  format: BookingFormat;
  /** First date to consider (in `zone`); today when absent or in the past. */
  earliest?: IsoDate;
  /** How many days from `earliest` every session must fall within. Default 28. */
  horizonDays?: number;
  /** Default 60 for a series, 90 for a single session; below 60 is refused. */
  sessionMinutes?: number;
  /** Days between consecutive sessions of a series. Default one to two weeks. */
  gapDays?: GapDays;
  /** Default 3. */
  maxProposals?: number;
  /** The manager's own time away: no session on it. */
  away?: TimeAway[];
  /** The report's working week and time away: sessions also fit inside these. */
  report?: OtherPersonTime;
  /** How the reasons word their dates: the host's on screen; en-GB in `zone` when absent. */
  wording?: DateWording;
}

export interface ProposedSession {
  phase: PhaseId | 'all-three';
  start: IsoInstant;
  end: IsoInstant;
}

/** Microsoft Graph's names for days of the week, so the adapter maps them one to one. */
export type RecurrenceDayOfWeek =
  'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/** Graph's `weekIndex`: which occurrence of the weekday in the month. */
export type RecurrenceWeekIndex = 'first' | 'second' | 'third' | 'fourth' | 'last';

interface RecurrenceCommon {
  interval: 3;
  /** The anchor's local date: the range starts here and has no end. */
  startDate: IsoDate;
  /** The anchor's local start time, `HH:MM`, in `timeZone`. */
  startTime: string;
  durationMinutes: number;
  timeZone: TimeZoneId;
  /** For people: "Every 3 months on the second Tuesday at 10:00". */
  summary: string;
}

/** The quarterly recurrence of the anchor (first) session: "Book it now ... as a recurring quarterly session". */
export type QuarterlyRecurrence = RecurrenceCommon &
  (
    | { pattern: 'relativeMonthly'; daysOfWeek: [RecurrenceDayOfWeek]; index: RecurrenceWeekIndex }
    | { pattern: 'absoluteMonthly'; dayOfMonth: number }
  );

export interface Proposal {
  /** In order; the first is the anchor that recurs quarterly. */
  sessions: ProposedSession[];
  recurrence: QuarterlyRecurrence;
  /** When the reflection prompt should reach the report. */
  promptDeliverAt: IsoInstant;
  /** Things the manager should know before accepting this proposal. */
  warnings: string[];
}

/** Why no session can start on a day, worded for the manager. */
export type SkipReason =
  | 'not-a-working-day'
  | 'you-are-away'
  | 'they-are-away'
  | 'your-day-off'
  | 'their-day-off'
  | 'hours-do-not-meet'
  | 'no-common-free-time';

/** Consecutive days of the search skipped for the same reason. */
export interface SkippedDays {
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
  reason: SkipReason;
  /** "Thu 24 – Mon 28 Dec: Tomás is out of office." */
  message: string;
}

export type BookingPlan =
  | { ok: true; proposals: Proposal[]; skipped: SkippedDays[] }
  | { ok: false; errors: DomainError[]; skipped?: SkippedDays[] };
