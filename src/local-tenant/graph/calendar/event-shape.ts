// The event resource as Graph returns it, property by property:
// https://learn.microsoft.com/en-us/graph/api/resources/event?view=graph-rest-1.0
import { Temporal } from 'temporal-polyfill';
import { graphError, type Reply } from '../../core/reply';
import { etagOf } from './event-ids';
import { htmlToText, previewOf } from './event-body';
import type { EventView } from './instances';
import type { Preferences } from './prefer';
import type { Recurrence, StoredAttendee } from './state';
import {
  formatLocalDateTime,
  formatOffsetSeconds,
  resolveTimeZone,
  toDateTimeTimeZone,
} from './time-zones';

/** Every property `$select` accepts on an event (besides id and @odata.etag, always present). */
export const EVENT_PROPERTIES = [
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'transactionId',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'iCalUId',
  'reminderMinutesBeforeStart',
  'isReminderOn',
  'hasAttachments',
  'subject',
  'bodyPreview',
  'importance',
  'sensitivity',
  'isAllDay',
  'isCancelled',
  'isOrganizer',
  'responseRequested',
  'seriesMasterId',
  'showAs',
  'type',
  'webLink',
  'onlineMeetingUrl',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'allowNewTimeProposals',
  'isDraft',
  'hideAttendees',
  'responseStatus',
  'body',
  'start',
  'end',
  'originalStart',
  'location',
  'locations',
  'recurrence',
  'attendees',
  'organizer',
  'onlineMeeting',
] as const;

const BY_LOWER = new Map(EVENT_PROPERTIES.map((name) => [name.toLowerCase(), name]));

/** Outlook's answer to an unknown name in `$select`. */
export function checkEventSelect(select: string[] | undefined): Reply | undefined {
  const unknown = select?.find(
    (name) =>
      !BY_LOWER.has(name.toLowerCase()) && !['id', '@odata.etag'].includes(name.toLowerCase()),
  );
  return unknown === undefined
    ? undefined
    : graphError(
        400,
        'RequestBroker--ParseUri',
        `Could not find a property named '${unknown}' on type 'microsoft.graph.event'.`,
      );
}

/** `$select` names in their declared spelling, as Graph echoes them in @odata.context. */
export function normalizeSelect(select: string[] | undefined): string[] | undefined {
  return select?.map((name) => BY_LOWER.get(name.toLowerCase()) ?? name);
}

function locationOf(displayName: string): Record<string, unknown> {
  return displayName === ''
    ? {
        displayName: '',
        locationType: 'default',
        uniqueIdType: 'unknown',
        address: {},
        coordinates: {},
      }
    : { displayName, locationType: 'default', uniqueId: displayName, uniqueIdType: 'private' };
}

function recurrenceOf(recurrence: Recurrence | null): Record<string, unknown> | null {
  if (!recurrence) return null;
  return { pattern: { ...recurrence.pattern }, range: { ...recurrence.range } };
}

function attendeeOf(attendee: StoredAttendee): Record<string, unknown> {
  return {
    type: attendee.type,
    status: { response: attendee.response, time: attendee.time },
    emailAddress: { name: attendee.name, address: attendee.address },
  };
}

/** All-day events keep their midnights: Outlook does not shift them into the Prefer zone. */
function timeOf(
  view: EventView,
  which: 'start' | 'end',
  prefs: Preferences,
): { dateTime: string; timeZone: string } {
  const instant = Temporal.Instant.from(
    which === 'start' ? view.fields.startUtc : view.fields.endUtc,
  );
  if (!view.fields.isAllDay) return toDateTimeTimeZone(instant, prefs.zone);
  const zoneName = which === 'start' ? view.fields.startTimeZone : view.fields.endTimeZone;
  const local = instant.toZonedDateTimeISO(resolveTimeZone(zoneName) ?? 'UTC').toPlainDateTime();
  return { dateTime: formatLocalDateTime(local), timeZone: prefs.zone.label };
}

export interface ShapeOptions {
  prefs: Preferences;
  select: string[] | undefined;
  /** Calendars.ReadBasic: everything but the body. */
  basicOnly: boolean;
}

/** The Graph JSON of one event or occurrence, with `$select` applied. */
export function shapeEvent(view: EventView, options: ShapeOptions): Record<string, unknown> {
  const { fields, item } = view;
  const { prefs } = options;
  const series = view.type === 'seriesMaster' || view.type === 'singleInstance';
  const full: Record<string, unknown> = {
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: view.lastModifiedDateTime,
    changeKey: view.changeKey,
    categories: [...fields.categories],
    transactionId: series ? item.transactionId : null,
    originalStartTimeZone: fields.startTimeZone,
    originalEndTimeZone: fields.endTimeZone,
    iCalUId: view.iCalUId,
    reminderMinutesBeforeStart: fields.reminderMinutesBeforeStart,
    isReminderOn: fields.isReminderOn,
    hasAttachments: false,
    subject: fields.subject,
    bodyPreview: previewOf(fields.bodyHtml),
    importance: fields.importance,
    sensitivity: fields.sensitivity,
    isAllDay: fields.isAllDay,
    isCancelled: fields.isCancelled,
    isOrganizer: item.isOrganizer,
    responseRequested: item.responseRequested,
    seriesMasterId: view.seriesMasterId,
    showAs: fields.showAs,
    type: view.type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(view.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: item.isOnlineMeeting,
    onlineMeetingProvider: item.onlineMeetingProvider,
    allowNewTimeProposals: item.allowNewTimeProposals,
    isDraft: false,
    hideAttendees: item.hideAttendees,
    responseStatus: { ...fields.responseStatus },
    body:
      prefs.bodyType === 'text'
        ? { contentType: 'text', content: htmlToText(fields.bodyHtml) }
        : { contentType: 'html', content: fields.bodyHtml },
    start: timeOf(view, 'start', prefs),
    end: timeOf(view, 'end', prefs),
    ...(view.originalStartUtc
      ? { originalStart: formatOffsetSeconds(Temporal.Instant.from(view.originalStartUtc)) }
      : {}),
    location: locationOf(fields.location),
    locations:
      fields.location === ''
        ? []
        : [{ displayName: fields.location, locationType: 'default', uniqueIdType: 'unknown' }],
    recurrence: view.type === 'seriesMaster' ? recurrenceOf(item.recurrence) : null,
    attendees: fields.attendees.map(attendeeOf),
    organizer: { emailAddress: { name: item.organizer.name, address: item.organizer.address } },
    onlineMeeting:
      item.joinUrl === null ? null : { joinUrl: item.joinUrl, conferenceId: item.conferenceId },
  };
  if (options.basicOnly) {
    delete full.body;
    delete full.bodyPreview;
  }
  const wanted = normalizeSelect(options.select);
  const body: Record<string, unknown> = { '@odata.etag': etagOf(view.changeKey), id: view.id };
  for (const [key, value] of Object.entries(full)) {
    if (!wanted || wanted.includes(key)) body[key] = value;
  }
  return body;
}
