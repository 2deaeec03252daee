// Request bodies of create / update event, read as Graph reads them:
// https://learn.microsoft.com/en-us/graph/api/user-post-events?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/event-update?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/resources/patternedrecurrence?view=graph-rest-1.0
import type { Temporal } from 'temporal-polyfill';
import { fail, JsonReader, matchEnum, validationFailure } from './json-reader';
import {
  DAYS_OF_WEEK,
  FREE_BUSY,
  PATTERN_TYPES,
  RANGE_TYPES,
  WEEK_INDEXES,
  type FreeBusy,
  type Recurrence,
} from './state';
import { parseDateTimeTimeZone, resolveTimeZone, unsupportedTimeZoneMessage } from './time-zones';

export interface TimeInput {
  instant: Temporal.Instant;
  /** The zone name as the client wrote it: Outlook echoes it in originalStartTimeZone. */
  timeZone: string;
}

export interface AttendeeInput {
  address: string;
  name: string;
  type: 'required' | 'optional' | 'resource';
}

/** The properties a body set; absent ones are left as they are (PATCH) or defaulted (POST). */
export interface EventInput {
  subject?: string;
  body?: { contentType: 'html' | 'text'; content: string };
  start?: TimeInput;
  end?: TimeInput;
  isAllDay?: boolean;
  location?: string;
  attendees?: AttendeeInput[];
  showAs?: FreeBusy;
  importance?: 'low' | 'normal' | 'high';
  sensitivity?: 'normal' | 'personal' | 'private' | 'confidential';
  categories?: string[];
  isReminderOn?: boolean;
  reminderMinutesBeforeStart?: number;
  responseRequested?: boolean;
  allowNewTimeProposals?: boolean;
  hideAttendees?: boolean;
  isOnlineMeeting?: boolean;
  onlineMeetingProvider?: 'unknown' | 'teamsForBusiness' | 'skypeForBusiness' | 'skypeForConsumer';
  /** `null` removes the recurrence; recurrenceTimeZone is '' when the client left it out. */
  recurrence?: Recurrence | null;
  transactionId?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PROVIDERS = ['unknown', 'teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer'] as const;

function readTime(reader: JsonReader, name: string): TimeInput | undefined {
  const value = reader.object(name);
  if (value === undefined) return undefined;
  if (value === null) return validationFailure();
  const dateTime = value.string('dateTime');
  const timeZone = value.string('timeZone') ?? 'UTC';
  if (!dateTime) return validationFailure();
  if (!resolveTimeZone(timeZone)) {
    return fail(400, 'TimeZoneNotSupportedException', unsupportedTimeZoneMessage(timeZone));
  }
  const parsed = parseDateTimeTimeZone(dateTime, timeZone);
  if (!parsed.ok) {
    return fail(
      400,
      'RequestBodyRead',
      `Cannot convert the literal '${dateTime}' to the expected type 'Edm.String'.`,
    );
  }
  return { instant: parsed.instant, timeZone };
}

function readAttendees(reader: JsonReader): AttendeeInput[] | undefined {
  const items = reader.array('attendees');
  if (items === undefined) return undefined;
  return (items ?? []).map((item) => {
    const attendee = JsonReader.of(item);
    const email = attendee.object('emailAddress');
    const address = email?.string('address')?.trim() ?? '';
    if (!/^[^@\s]+@[^@\s]+$/.test(address)) {
      return fail(400, 'ErrorInvalidRecipients', "At least one recipient isn't valid.");
    }
    return {
      address,
      name: email?.string('name') ?? address,
      type: attendee.enumValue('type', ['required', 'optional', 'resource'] as const) ?? 'required',
    };
  });
}

function readDate(reader: JsonReader, name: string): string | undefined {
  const value = reader.string(name);
  if (value === undefined || value === null) return undefined;
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    return fail(
      400,
      'RequestBodyRead',
      `Cannot convert the literal '${value}' to the expected type 'Edm.Date'.`,
    );
  }
  return value;
}

/** patternedRecurrence with Outlook's defaults filled in; range rules checked in validate. */
function readRecurrence(reader: JsonReader): Recurrence | null | undefined {
  const value = reader.object('recurrence');
  if (value === undefined || value === null) return value;
  const pattern = value.object('pattern');
  const range = value.object('range');
  if (!pattern || !range) return validationFailure();
  const type = pattern.enumValue('type', PATTERN_TYPES);
  const rangeType = range.enumValue('type', RANGE_TYPES);
  const startDate = readDate(range, 'startDate');
  const recurrenceTimeZone = range.string('recurrenceTimeZone') ?? '';
  if (recurrenceTimeZone !== '' && !resolveTimeZone(recurrenceTimeZone)) {
    return fail(
      400,
      'TimeZoneNotSupportedException',
      unsupportedTimeZoneMessage(recurrenceTimeZone),
    );
  }
  if (!type || !rangeType || !startDate) return validationFailure();
  const recurrence: Recurrence = {
    pattern: {
      type,
      interval: pattern.integer('interval') ?? 0,
      month: pattern.integer('month') ?? 0,
      dayOfMonth: pattern.integer('dayOfMonth') ?? 0,
      daysOfWeek: (pattern.strings('daysOfWeek') ?? []).map((day) => matchEnum(day, DAYS_OF_WEEK)),
      firstDayOfWeek: pattern.enumValue('firstDayOfWeek', DAYS_OF_WEEK) ?? 'sunday',
      index: pattern.enumValue('index', WEEK_INDEXES) ?? 'first',
    },
    range: {
      type: rangeType,
      startDate,
      endDate: readDate(range, 'endDate') ?? '0001-01-01',
      recurrenceTimeZone,
      numberOfOccurrences: range.integer('numberOfOccurrences') ?? 0,
    },
  };
  validateRecurrence(recurrence);
  return recurrence;
}

/** The per-pattern required properties of the recurring-events guide. */
function validateRecurrence(recurrence: Recurrence): void {
  const { pattern, range } = recurrence;
  const needsDays = ['weekly', 'relativeMonthly', 'relativeYearly'].includes(pattern.type);
  const needsDayOfMonth = pattern.type === 'absoluteMonthly' || pattern.type === 'absoluteYearly';
  const needsMonth = pattern.type === 'absoluteYearly' || pattern.type === 'relativeYearly';
  const invalid =
    pattern.interval < 1 ||
    (needsDays && pattern.daysOfWeek.length === 0) ||
    (needsDayOfMonth && (pattern.dayOfMonth < 1 || pattern.dayOfMonth > 31)) ||
    (needsMonth && (pattern.month < 1 || pattern.month > 12)) ||
    (range.type === 'endDate' &&
      (range.endDate === '0001-01-01' || range.endDate < range.startDate)) ||
    (range.type === 'numbered' && range.numberOfOccurrences < 1);
  if (invalid) validationFailure();
}

function readLocation(reader: JsonReader): string | undefined {
  const location = reader.object('location');
  if (location !== undefined) return location?.string('displayName') ?? '';
  const locations = reader.array('locations');
  if (!locations) return undefined;
  const first = locations[0];
  return first === undefined ? '' : (JsonReader.of(first).string('displayName') ?? '');
}

function readBody(reader: JsonReader): EventInput['body'] {
  const body = reader.object('body');
  if (!body) return undefined;
  return {
    contentType: body.enumValue('contentType', ['html', 'text'] as const) ?? 'text',
    content: body.string('content') ?? '',
  };
}

/** Reads every property the body sets. Throws BodyProblem with Graph's 400 when it cannot. */
export function readEventInput(raw: unknown): EventInput {
  const reader = JsonReader.of(raw);
  const input: EventInput = {};
  const assign = <K extends keyof EventInput>(key: K, value: EventInput[K] | undefined): void => {
    if (value !== undefined) input[key] = value;
  };
  assign('subject', reader.string('subject') ?? (reader.has('subject') ? '' : undefined));
  assign('body', readBody(reader));
  assign('start', readTime(reader, 'start'));
  assign('end', readTime(reader, 'end'));
  assign('isAllDay', reader.boolean('isAllDay'));
  assign('location', readLocation(reader));
  assign('attendees', readAttendees(reader));
  assign('showAs', reader.enumValue('showAs', FREE_BUSY));
  assign('importance', reader.enumValue('importance', ['low', 'normal', 'high'] as const));
  assign(
    'sensitivity',
    reader.enumValue('sensitivity', ['normal', 'personal', 'private', 'confidential'] as const),
  );
  assign('categories', reader.strings('categories'));
  assign('isReminderOn', reader.boolean('isReminderOn'));
  assign('reminderMinutesBeforeStart', reader.integer('reminderMinutesBeforeStart'));
  assign('responseRequested', reader.boolean('responseRequested'));
  assign('allowNewTimeProposals', reader.boolean('allowNewTimeProposals'));
  assign('hideAttendees', reader.boolean('hideAttendees'));
  assign('isOnlineMeeting', reader.boolean('isOnlineMeeting'));
  assign('onlineMeetingProvider', reader.enumValue('onlineMeetingProvider', PROVIDERS));
  assign('recurrence', readRecurrence(reader));
  assign('transactionId', reader.string('transactionId') ?? undefined);
  return input;
}

/**
 * Start and end must come together on create, end must not precede start, and an all-day
 * event runs from midnight to midnight. Graph answers all of these with
 * ErrorPropertyValidationFailure (observed: microsoftgraph/microsoft-graph-docs issue 7919).
 */
export function checkTimes(start: TimeInput, end: TimeInput, isAllDay: boolean): void {
  if (end.instant.epochMilliseconds < start.instant.epochMilliseconds) validationFailure();
  if (!isAllDay) return;
  const zone = resolveTimeZone(start.timeZone) ?? 'UTC';
  const localStart = start.instant.toZonedDateTimeISO(zone);
  const localEnd = end.instant.toZonedDateTimeISO(resolveTimeZone(end.timeZone) ?? zone);
  const midnight = (value: Temporal.ZonedDateTime): boolean =>
    value.hour === 0 && value.minute === 0 && value.second === 0;
  if (
    !midnight(localStart) ||
    !midnight(localEnd) ||
    localEnd.toPlainDate().equals(localStart.toPlainDate())
  ) {
    validationFailure();
  }
}
