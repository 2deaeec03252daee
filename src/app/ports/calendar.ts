import type { Interval, IsoDate, IsoInstant, TimeZoneId } from '../../domain';

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
  status: 'busy' | 'tentative' | 'oof' | 'workingElsewhere';
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
}
