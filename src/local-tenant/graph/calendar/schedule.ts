// POST /calendar/getSchedule:
// https://learn.microsoft.com/en-us/graph/api/calendar-getschedule?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/outlook-get-free-busy-schedule (slot codes, details only
// when the calendar owner shares them, limits). Limit errors as the service words them:
// ErrorMailboxDataArrayTooBig (100 addresses, microsoftgraph/microsoft-graph-docs#7046),
// ErrorTimeIntervalTooBig (62 days, microsoftgraph/microsoft-graph-docs#19703),
// ErrorInvalidTimeInterval (msgraph-sdk-dotnet#2349).
import { Temporal } from 'temporal-polyfill';
import type { TenantContext } from '../../core/context';
import { graphError, json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import type { FeatureSlice } from '../../state/store';
import type { DirectoryUser } from '../../state/types';
import { readBody } from './calendar-request';
import { calendarView, type EventView } from './instances';
import { BodyProblem, JsonReader } from './json-reader';
import { calendarMailbox, findMailbox, type Mailbox } from './mailbox';
import { readPreferences, type OutputZone, type Preferences } from './prefer';
import { resolveThen } from '../route-helper';
import type { CalendarState, FreeBusy } from './state';
import {
  parseDateTimeTimeZone,
  toDateTimeTimeZone,
  unsupportedTimeZoneMessage,
} from './time-zones';
import { workingHoursOf } from './working-hours';

const MAX_SCHEDULES = 100;
const MAX_DAYS = 62;
const DAY_MS = 86_400_000;
/** availabilityView digits: free and working elsewhere both read as 0 (getSchedule guide). */
const SLOT_CODE: Record<FreeBusy, number> = {
  free: 0,
  workingElsewhere: 0,
  unknown: 0,
  tentative: 1,
  busy: 2,
  oof: 3,
};

interface ScheduleRequest {
  schedules: string[];
  from: Temporal.Instant;
  to: Temporal.Instant;
  intervalMinutes: number;
}

function readInstant(reader: JsonReader, name: string): Temporal.Instant | Reply {
  const value = reader.object(name);
  const dateTime = value?.string('dateTime');
  if (!value || !dateTime) {
    return graphError(400, 'ErrorInvalidParameter', `The parameter '${name}' is required.`);
  }
  const timeZone = value.string('timeZone') ?? 'UTC';
  const parsed = parseDateTimeTimeZone(dateTime, timeZone);
  if (parsed.ok) return parsed.instant;
  return parsed.reason === 'zone'
    ? graphError(400, 'TimeZoneNotSupportedException', unsupportedTimeZoneMessage(timeZone))
    : graphError(
        400,
        'ErrorInvalidParameter',
        `The value '${dateTime}' of parameter '${name}' is invalid.`,
      );
}

function readRequest(raw: unknown): ScheduleRequest | Reply {
  const reader = JsonReader.of(raw);
  const schedules = reader.strings('schedules');
  if (!schedules || schedules.length === 0) {
    return graphError(400, 'ErrorInvalidParameter', "The parameter 'schedules' is required.");
  }
  if (schedules.length > MAX_SCHEDULES) {
    return graphError(
      400,
      'ErrorMailboxDataArrayTooBig',
      `There are too many target users in the EmailAddress array. The allowed size = ${MAX_SCHEDULES}; the actual size = ${schedules.length}.`,
    );
  }
  const from = readInstant(reader, 'startTime');
  if (!(from instanceof Temporal.Instant)) return from;
  const to = readInstant(reader, 'endTime');
  if (!(to instanceof Temporal.Instant)) return to;
  const intervalMinutes = reader.integer('availabilityViewInterval') ?? 30;
  if (intervalMinutes < 5 || intervalMinutes > 1440) {
    return graphError(
      400,
      'ErrorInvalidMergedFreeBusyInterval',
      'The MergedFreeBusyInterval must be between 5 and 1440.',
    );
  }
  const spanMs = to.epochMilliseconds - from.epochMilliseconds;
  if (spanMs <= 0) {
    return graphError(
      400,
      'ErrorInvalidTimeInterval',
      'The time duration specified for FreeBusyViewOptions.TimeWindow is invalid.',
    );
  }
  if (spanMs > MAX_DAYS * DAY_MS) {
    return graphError(
      400,
      'ErrorTimeIntervalTooBig',
      `The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = ${MAX_DAYS} days; the actual limit = ${Math.ceil(spanMs / DAY_MS)} days.`,
    );
  }
  return { schedules, from, to, intervalMinutes };
}

function availabilityView(views: EventView[], request: ScheduleRequest): string {
  const slotMs = request.intervalMinutes * 60_000;
  const start = request.from.epochMilliseconds;
  const slots = Math.ceil((request.to.epochMilliseconds - start) / slotMs);
  const codes = new Array<number>(slots).fill(0);
  for (const view of views) {
    const itemStart = Temporal.Instant.from(view.fields.startUtc).epochMilliseconds;
    const itemEnd = Temporal.Instant.from(view.fields.endUtc).epochMilliseconds;
    const first = Math.max(0, Math.floor((itemStart - start) / slotMs));
    const last = Math.min(slots - 1, Math.ceil((itemEnd - start) / slotMs) - 1);
    for (let slot = first; slot <= last; slot += 1) {
      codes[slot] = Math.max(codes[slot] ?? 0, SLOT_CODE[view.fields.showAs]);
    }
  }
  return codes.join('');
}

/**
 * One person's schedule. Subject, location and privacy are shown only for the viewer's own
 * calendar: Exchange's default sharing lets colleagues see free/busy time only.
 */
function scheduleOf(
  calendar: CalendarState,
  user: DirectoryUser,
  scheduleId: string,
  viewerId: string,
  request: ScheduleRequest,
  zone: OutputZone,
): Record<string, unknown> {
  const items = calendar.events.filter((event) => event.ownerId === user.id);
  const views = calendarView(items, request.from, request.to).filter(
    (view) => !view.fields.isCancelled,
  );
  const detailed = user.id === viewerId;
  return {
    scheduleId,
    availabilityView: availabilityView(views, request),
    scheduleItems: views.map((view) => {
      const start = Temporal.Instant.from(view.fields.startUtc);
      const end = Temporal.Instant.from(view.fields.endUtc);
      return {
        ...(detailed
          ? {
              isPrivate: view.fields.sensitivity === 'private',
              status: view.fields.showAs,
              subject: view.fields.subject,
              location: view.fields.location,
            }
          : { status: view.fields.showAs }),
        start: toDateTimeTimeZone(start, zone),
        end: toDateTimeTimeZone(end, zone),
      };
    }),
    workingHours: workingHoursOf(user, calendar.mailboxes[user.id]),
  };
}

export function getScheduleRoute(
  ctx: TenantContext,
  slice: FeatureSlice<CalendarState>,
  req: GraphRequest,
  userSegment: string | undefined,
): Promise<Reply> {
  const steps = {
    mailbox: calendarMailbox(ctx, userSegment, 'read'),
    prefs: readPreferences,
    body: readBody,
  };
  return resolveThen(req, steps, ({ mailbox, prefs, body }) =>
    scheduleReply(ctx, slice.get(), { mailbox, prefs, body }),
  );
}

function scheduleReply(
  ctx: TenantContext,
  calendar: CalendarState,
  resolved: { mailbox: Mailbox; prefs: Preferences; body: unknown },
): Reply {
  const { mailbox, prefs, body } = resolved;
  let request: ScheduleRequest | Reply;
  try {
    request = readRequest(body);
  } catch (error) {
    if (error instanceof BodyProblem) return error.reply;
    throw error;
  }
  if (!('schedules' in request)) return request;
  const users = ctx.store.state.users;
  const value = request.schedules.map((scheduleId) => {
    const user = findMailbox(users, scheduleId);
    if (!user) {
      return {
        scheduleId,
        error: {
          message: `Unable to resolve e-mail address <>SMTP:${scheduleId} to an Active Directory object.`,
          responseCode: 'ErrorMailRecipientNotFound',
        },
      };
    }
    return scheduleOf(calendar, user, scheduleId, mailbox.user.id, request, prefs.zone);
  });
  return json(
    {
      '@odata.context': `${ctx.urls.graph}/$metadata#Collection(microsoft.graph.scheduleInformation)`,
      value,
    },
    200,
    prefs.headers,
  );
}
