// PATCH on an event, a series or one occurrence, with the organizer's changes carried to the
// attendees' copies: https://learn.microsoft.com/en-us/graph/api/event-update?view=graph-rest-1.0
import { Temporal } from 'temporal-polyfill';
import { cancellationOf, copiesOf, NEVER, touch, type CalendarEnv } from './calendar-env';
import { anchorSeries, applyOnlineMeeting, inviteAttendees, toAttendees } from './event-create';
import { toStoredHtml } from './event-body';
import { newChangeKey } from './event-ids';
import { checkTimes, type EventInput } from './event-input';
import { neighbours, seriesZone, type EventView } from './instances';
import { fail } from './json-reader';
import { findMailbox } from './mailbox';
import type { EventFields, StoredEvent } from './state';
import { formatTimestamp } from './time-zones';

/** The event-level fields a body changes (times are checked by the caller). */
function changedFields(current: EventFields, input: EventInput): Partial<EventFields> {
  const changes: Partial<EventFields> = {};
  if (input.subject !== undefined) changes.subject = input.subject;
  if (input.body !== undefined) changes.bodyHtml = toStoredHtml(input.body);
  if (input.start !== undefined) {
    changes.startUtc = input.start.instant.toString();
    changes.startTimeZone = input.start.timeZone;
  }
  if (input.end !== undefined) {
    changes.endUtc = input.end.instant.toString();
    changes.endTimeZone = input.end.timeZone;
  }
  if (input.isAllDay !== undefined) changes.isAllDay = input.isAllDay;
  if (input.location !== undefined) changes.location = input.location;
  if (input.showAs !== undefined) changes.showAs = input.showAs;
  if (input.importance !== undefined) changes.importance = input.importance;
  if (input.sensitivity !== undefined) changes.sensitivity = input.sensitivity;
  if (input.categories !== undefined) changes.categories = input.categories;
  if (input.isReminderOn !== undefined) changes.isReminderOn = input.isReminderOn;
  if (input.reminderMinutesBeforeStart !== undefined) {
    changes.reminderMinutesBeforeStart = input.reminderMinutesBeforeStart;
  }
  if (input.attendees !== undefined) {
    const previous = new Map(current.attendees.map((a) => [a.address.toLowerCase(), a]));
    changes.attendees = toAttendees(input.attendees).map(
      (attendee) => previous.get(attendee.address.toLowerCase()) ?? attendee,
    );
  }
  return changes;
}

/** An attendee keeps their own free/busy choice; everything else follows the organizer. */
function sharedChanges(changes: Partial<EventFields>): Partial<EventFields> {
  const shared = { ...changes };
  delete shared.showAs;
  return shared;
}

function timesOf(fields: EventFields): {
  start: { instant: Temporal.Instant; timeZone: string };
  end: { instant: Temporal.Instant; timeZone: string };
} {
  return {
    start: { instant: Temporal.Instant.from(fields.startUtc), timeZone: fields.startTimeZone },
    end: { instant: Temporal.Instant.from(fields.endUtc), timeZone: fields.endTimeZone },
  };
}

function timeChanged(changes: Partial<EventFields>): boolean {
  return changes.startUtc !== undefined || changes.endUtc !== undefined;
}

/** A reschedule asks every attendee to answer again. */
function resetResponses(event: StoredEvent): void {
  for (const attendee of event.attendees) {
    attendee.response = 'none';
    attendee.time = NEVER;
  }
}

/** Carries the organizer's change to each attendee's copy; removed attendees get a cancellation. */
function propagate(
  env: CalendarEnv,
  organizerEvent: StoredEvent,
  change: { fields: Partial<EventFields>; series: 'changed' | 'unchanged' },
): void {
  const { fields: changes } = change;
  const seriesChanged = change.series === 'changed';
  const invited = new Set(
    organizerEvent.attendees.flatMap((a) => findMailbox(env.users, a.address)?.id ?? []),
  );
  for (const copy of copiesOf(env, organizerEvent)) {
    if (!invited.has(copy.ownerId)) {
      if (!copy.isCancelled) Object.assign(copy, cancellationOf(copy));
      touch(env, copy);
      continue;
    }
    Object.assign(copy, structuredClone(sharedChanges(changes)));
    copy.isOnlineMeeting = organizerEvent.isOnlineMeeting;
    copy.onlineMeetingProvider = organizerEvent.onlineMeetingProvider;
    copy.joinUrl = organizerEvent.joinUrl;
    copy.conferenceId = organizerEvent.conferenceId;
    copy.bodyHtml = organizerEvent.bodyHtml;
    if (seriesChanged) {
      copy.recurrence = structuredClone(organizerEvent.recurrence);
      copy.startUtc = organizerEvent.startUtc;
      copy.endUtc = organizerEvent.endUtc;
      copy.exceptions = [];
      copy.deletedOccurrences = [];
    }
    if (timeChanged(changes) || seriesChanged) {
      copy.responseStatus = { response: 'notResponded', time: NEVER };
      if (copy.showAs !== 'free') copy.showAs = 'tentative';
    }
    touch(env, copy);
  }
  inviteAttendees(env, organizerEvent);
}

/** Moves the range start with the series when a PATCH moves the master to another day. */
function shiftRange(event: StoredEvent, previousStartUtc: string): void {
  if (!event.recurrence) return;
  const zone = seriesZone(event);
  const before = Temporal.Instant.from(previousStartUtc).toZonedDateTimeISO(zone).toPlainDate();
  const after = Temporal.Instant.from(event.startUtc).toZonedDateTimeISO(zone).toPlainDate();
  const days = before.until(after, { largestUnit: 'days' }).days;
  if (days === 0) return;
  const range = event.recurrence.range;
  range.startDate = Temporal.PlainDate.from(range.startDate).add({ days }).toString();
  if (range.type === 'endDate') {
    range.endDate = Temporal.PlainDate.from(range.endDate).add({ days }).toString();
  }
}

/** PATCH on a single event or a series master. */
export function updateEvent(env: CalendarEnv, event: StoredEvent, input: EventInput): void {
  const changes = changedFields(event, input);
  const merged = { ...event, ...changes };
  const times = timesOf(merged);
  if (input.start || input.end || input.isAllDay !== undefined) {
    checkTimes(times.start, times.end, merged.isAllDay);
  }
  const previousStart = event.startUtc;
  Object.assign(event, changes);
  let seriesChanged = false;
  if (input.recurrence !== undefined) {
    event.recurrence = input.recurrence;
    seriesChanged = true;
  } else if (event.recurrence && timeChanged(changes)) {
    shiftRange(event, previousStart);
    seriesChanged = true;
  }
  if (seriesChanged) {
    // Outlook drops changed and deleted occurrences when the series itself is rescheduled.
    event.exceptions = [];
    event.deletedOccurrences = [];
    anchorSeries(event);
  }
  if (input.responseRequested !== undefined) event.responseRequested = input.responseRequested;
  if (input.allowNewTimeProposals !== undefined) {
    event.allowNewTimeProposals = input.allowNewTimeProposals;
  }
  if (input.hideAttendees !== undefined) event.hideAttendees = input.hideAttendees;
  // "After you set isOnlineMeeting to true ... Outlook ignores any further changes to
  // isOnlineMeeting, and the meeting remains available online" (resources/event).
  if (event.joinUrl === null) {
    if (input.isOnlineMeeting !== undefined) event.isOnlineMeeting = input.isOnlineMeeting;
    if (input.onlineMeetingProvider !== undefined) {
      event.onlineMeetingProvider = input.onlineMeetingProvider;
    }
  }
  applyOnlineMeeting(env, event);
  if (event.isOrganizer && (timeChanged(changes) || seriesChanged)) resetResponses(event);
  touch(env, event);
  if (event.isOrganizer) {
    propagate(env, event, { fields: changes, series: seriesChanged ? 'changed' : 'unchanged' });
  }
}

const CROSSING = 'Modified occurrence is crossing or overlapping adjacent occurrence.';

/**
 * Outlook's rule for exceptions: an occurrence cannot move to or before the day of the previous
 * occurrence, nor to or after the day of the next one.
 */
function checkBoundaries(master: StoredEvent, view: EventView, start: Temporal.Instant): void {
  if (!view.originalDate) return;
  const zone = seriesZone(master);
  const day = start.toZonedDateTimeISO(zone).toPlainDate();
  const { previous, next } = neighbours(master, view.originalDate);
  const dayOf = (other: EventView): Temporal.PlainDate =>
    Temporal.Instant.from(other.fields.startUtc).toZonedDateTimeISO(zone).toPlainDate();
  if (
    (previous && Temporal.PlainDate.compare(day, dayOf(previous)) <= 0) ||
    (next && Temporal.PlainDate.compare(day, dayOf(next)) >= 0)
  ) {
    fail(400, 'ErrorOccurrenceCrossingBoundary', CROSSING);
  }
}

function applyException(
  env: CalendarEnv,
  master: StoredEvent,
  originalStartUtc: string,
  overrides: Partial<EventFields>,
): void {
  const now = formatTimestamp(env.now);
  const existing = master.exceptions.find((e) => e.originalStartUtc === originalStartUtc);
  if (existing) {
    Object.assign(existing.overrides, structuredClone(overrides));
    existing.changeKey = newChangeKey();
    existing.lastModifiedDateTime = now;
  } else {
    master.exceptions.push({
      originalStartUtc,
      overrides: structuredClone(overrides),
      changeKey: newChangeKey(),
      lastModifiedDateTime: now,
    });
  }
}

/** PATCH on an occurrence id: the occurrence becomes an exception of its series. */
export function updateOccurrence(
  env: CalendarEnv,
  master: StoredEvent,
  view: EventView,
  input: EventInput,
): void {
  const changes = changedFields(view.fields, input);
  const merged = { ...view.fields, ...changes };
  const times = timesOf(merged);
  if (input.start || input.end) {
    checkTimes(times.start, times.end, merged.isAllDay);
    checkBoundaries(master, view, times.start.instant);
  }
  const original = view.originalStartUtc ?? view.fields.startUtc;
  applyException(env, master, original, changes);
  if (!master.isOrganizer) return;
  for (const copy of copiesOf(env, master)) {
    applyException(env, copy, original, sharedChanges(changes));
    touch(env, copy);
  }
}
