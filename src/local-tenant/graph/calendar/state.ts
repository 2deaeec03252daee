import { z } from 'zod';

/**
 * The calendar feature's persisted state. Each mailbox holds its own copy of a meeting, as
 * Exchange does: the organizer's event and one copy per attendee who is a tenant user, linked by
 * `iCalUId`. Times are stored as UTC instants plus the time zone names the client gave.
 */
export const FREE_BUSY = [
  'free',
  'tentative',
  'busy',
  'oof',
  'workingElsewhere',
  'unknown',
] as const;
export const DAYS_OF_WEEK = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export const WEEK_INDEXES = ['first', 'second', 'third', 'fourth', 'last'] as const;
export const PATTERN_TYPES = [
  'daily',
  'weekly',
  'absoluteMonthly',
  'relativeMonthly',
  'absoluteYearly',
  'relativeYearly',
] as const;
export const RANGE_TYPES = ['endDate', 'noEnd', 'numbered'] as const;
export const RESPONSES = [
  'none',
  'organizer',
  'tentativelyAccepted',
  'accepted',
  'declined',
  'notResponded',
] as const;

export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];
export type FreeBusy = (typeof FREE_BUSY)[number];

export const recurrenceSchema = z.object({
  pattern: z.object({
    type: z.enum(PATTERN_TYPES),
    interval: z.number().int().min(1),
    month: z.number().int().min(0).max(12),
    dayOfMonth: z.number().int().min(0).max(31),
    daysOfWeek: z.array(z.enum(DAYS_OF_WEEK)),
    firstDayOfWeek: z.enum(DAYS_OF_WEEK),
    index: z.enum(WEEK_INDEXES),
  }),
  range: z.object({
    type: z.enum(RANGE_TYPES),
    startDate: z.string(),
    endDate: z.string(),
    recurrenceTimeZone: z.string(),
    numberOfOccurrences: z.number().int().min(0),
  }),
});
export type Recurrence = z.infer<typeof recurrenceSchema>;

export const attendeeSchema = z.object({
  type: z.enum(['required', 'optional', 'resource']),
  address: z.string(),
  name: z.string(),
  response: z.enum(RESPONSES),
  time: z.string(),
});
export type StoredAttendee = z.infer<typeof attendeeSchema>;

/** What an exception may change relative to its series (and what an event carries). */
export const eventFieldsSchema = z.object({
  subject: z.string(),
  bodyHtml: z.string(),
  startUtc: z.string(),
  endUtc: z.string(),
  startTimeZone: z.string(),
  endTimeZone: z.string(),
  isAllDay: z.boolean(),
  location: z.string(),
  showAs: z.enum(FREE_BUSY),
  categories: z.array(z.string()),
  importance: z.enum(['low', 'normal', 'high']),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']),
  isReminderOn: z.boolean(),
  reminderMinutesBeforeStart: z.number().int(),
  attendees: z.array(attendeeSchema),
  isCancelled: z.boolean(),
  responseStatus: z.object({ response: z.enum(RESPONSES), time: z.string() }),
});
export type EventFields = z.infer<typeof eventFieldsSchema>;

export const exceptionSchema = z.object({
  /** The occurrence's original start (UTC instant), which names it in the series. */
  originalStartUtc: z.string(),
  overrides: eventFieldsSchema.partial(),
  changeKey: z.string(),
  lastModifiedDateTime: z.string(),
});
export type StoredException = z.infer<typeof exceptionSchema>;

export const storedEventSchema = eventFieldsSchema.extend({
  /** Random GUID; the Graph id is derived from it (see event-ids.ts). */
  key: z.string(),
  ownerId: z.string(),
  iCalUId: z.string(),
  organizer: z.object({ name: z.string(), address: z.string() }),
  isOrganizer: z.boolean(),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  changeKey: z.string(),
  transactionId: z.string().nullable(),
  responseRequested: z.boolean(),
  allowNewTimeProposals: z.boolean(),
  hideAttendees: z.boolean(),
  isOnlineMeeting: z.boolean(),
  onlineMeetingProvider: z.enum([
    'unknown',
    'teamsForBusiness',
    'skypeForBusiness',
    'skypeForConsumer',
  ]),
  joinUrl: z.string().nullable(),
  conferenceId: z.string().nullable(),
  recurrence: recurrenceSchema.nullable(),
  exceptions: z.array(exceptionSchema),
  /** Original starts of occurrences removed from the series (deleted or cancelled). */
  deletedOccurrences: z.array(z.string()),
});
export type StoredEvent = z.infer<typeof storedEventSchema>;

/**
 * What a mailbox owner set in Outlook that differs from the tenant's defaults: their working week
 * and scheduled automatic replies. Kept beside the calendar because Exchange keeps them in the
 * mailbox, not in the directory.
 */
export const mailboxPreferencesSchema = z.object({
  daysOfWeek: z.array(z.enum(DAYS_OF_WEEK)).optional(),
  /** `HH:MM:SS.0000000`, Graph's Edm.TimeOfDay. */
  startTime: z.string().optional(),
  endTime: z.string().optional(),
  automaticReplies: z
    .object({
      status: z.enum(['disabled', 'alwaysEnabled', 'scheduled']),
      startUtc: z.string(),
      endUtc: z.string(),
      internalReplyMessage: z.string(),
    })
    .optional(),
});
export type MailboxPreferences = z.infer<typeof mailboxPreferencesSchema>;

export const calendarStateSchema = z.object({
  events: z.array(storedEventSchema),
  /** By user id. */
  mailboxes: z.record(z.string(), mailboxPreferencesSchema).default({}),
});
export type CalendarState = z.infer<typeof calendarStateSchema>;

export const CALENDAR_FEATURE = 'calendar';

export function emptyCalendarState(): CalendarState {
  return { events: [], mailboxes: {} };
}

const checked = new WeakSet<object>();

/** The calendar part of a tenant state (seed hooks and helpers work on the raw state). */
export function calendarStateOf(features: Record<string, unknown>): CalendarState {
  const current = features[CALENDAR_FEATURE];
  if (typeof current === 'object' && current !== null && checked.has(current)) {
    return current as CalendarState;
  }
  const parsed = calendarStateSchema.safeParse(current);
  const state = parsed.success ? parsed.data : emptyCalendarState();
  features[CALENDAR_FEATURE] = state;
  checked.add(state);
  return state;
}
