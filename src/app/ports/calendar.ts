import type { Interval, IsoDate, IsoInstant, TimeZoneId, WorkingHours } from '../../domain';

export interface Attendee {
  email: string;
  name: string;
}

/** Every three months on the same day of the month, or the same weekday of the month. */
export type QuarterlyRecurrence =
  | {
      pattern: 'absoluteMonthly';
      interval: number;
      dayOfMonth: number;
      startDate: IsoDate;
      endDate?: IsoDate;
    }
  | {
      pattern: 'relativeMonthly';
      interval: number;
      daysOfWeek: readonly Weekday[];
      index: 'first' | 'second' | 'third' | 'fourth' | 'last';
      startDate: IsoDate;
      endDate?: IsoDate;
    };

export type Weekday =
  'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export interface NewCalendarEvent {
  title: string;
  start: IsoInstant;
  end: IsoInstant;
  /** The zone the event is shown and recurs in (the organiser's). */
  timeZone: TimeZoneId;
  attendees: readonly Attendee[];
  /** HTML; user text in it is already escaped. */
  bodyHtml: string;
  /** Adds a Teams meeting with a join link. */
  onlineMeeting: boolean;
  recurrence?: QuarterlyRecurrence;
  /** A time block for the organiser only: shown as busy, no attendees, no reminder mail. */
  showAs?: 'busy' | 'tentative' | 'free';
  /** Same key, same event: a retried create never books twice. */
  idempotencyKey: string;
}

export interface CalendarEvent {
  id: string;
  title: string;
  start: IsoInstant;
  end: IsoInstant;
  attendees: readonly Attendee[];
  organizerEmail: string;
  joinUrl?: string;
  /** For an occurrence of a series: the series' id. */
  seriesMasterId?: string;
  isCancelled: boolean;
  /** True for a recurring series master. */
  isRecurring: boolean;
}

export interface EventChanges {
  title?: string;
  start?: IsoInstant;
  end?: IsoInstant;
  timeZone?: TimeZoneId;
  bodyHtml?: string;
}

export interface BusyBlock extends Interval {
  /** `free` only for an all-day item (a holiday shown as free still means a day off). */
  status: 'busy' | 'tentative' | 'oof' | 'workingElsewhere' | 'free';
  /** Whole days in its owner's zone: an all-day event. Its subject is never read. */
  allDay?: boolean;
}

/** A person's working week as their Outlook settings declare it, read in their own zone. */
export interface WorkingWeek {
  zone: TimeZoneId;
  hours: WorkingHours;
}

/** What free/busy tells about one person: busy time, all-day items and their working week. */
export interface Availability {
  busy: BusyBlock[];
  /** Absent when their mailbox does not share it. */
  workingWeek?: WorkingWeek;
}

/** The signed-in person's calendar. */
export interface Calendar {
  createEvent(event: NewCalendarEvent): Promise<CalendarEvent>;
  /** Moves or edits an event, a whole series (by its id) or one occurrence (by the occurrence's id). */
  updateEvent(id: string, changes: EventChanges): Promise<CalendarEvent>;
  /** Cancels a meeting (attendees are told) or deletes a time block. */
  cancelEvent(id: string, comment?: string): Promise<void>;
  /** Events and expanded occurrences overlapping the range. */
  eventsBetween(range: Interval, timeZone: TimeZoneId): Promise<CalendarEvent[]>;
  /** Busy time of each person (by email) in the range. */
  busyTimes(
    emails: readonly string[],
    range: Interval,
    timeZone: TimeZoneId,
  ): Promise<Map<string, BusyBlock[]>>;
  /**
   * Each person's (by email) busy time, all-day items and working week. A person whose free/busy
   * is not shared is left out of the map: unknown, not free.
   */
  availability(
    emails: readonly string[],
    range: Interval,
    timeZone: TimeZoneId,
  ): Promise<Map<string, Availability>>;
  /** The signed-in person's scheduled automatic replies, when they overlap the range. */
  automaticReplies(range: Interval): Promise<Interval | undefined>;
}
