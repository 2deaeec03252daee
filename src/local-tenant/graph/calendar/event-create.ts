// Creating an event and delivering the invitation to each attendee's own calendar, as Exchange
// does when Graph creates a meeting: https://learn.microsoft.com/en-us/graph/api/user-post-events?view=graph-rest-1.0
import { Temporal } from 'temporal-polyfill';
import type { DirectoryUser } from '../../state/types';
import { copiesOf, NEVER, type CalendarEnv } from './calendar-env';
import { newTeamsMeeting, toStoredHtml, withTeamsBlock } from './event-body';
import { newChangeKey, newICalUId } from './event-ids';
import { checkTimes, type AttendeeInput, type EventInput } from './event-input';
import { seriesZone } from './instances';
import { validationFailure } from './json-reader';
import { addressOf, findMailbox } from './mailbox';
import { firstOccurrenceDate } from './recurrence';
import type { StoredAttendee, StoredEvent } from './state';
import { formatTimestamp } from './time-zones';

export function toAttendees(inputs: readonly AttendeeInput[]): StoredAttendee[] {
  return inputs.map((attendee) => ({
    type: attendee.type,
    address: attendee.address,
    name: attendee.name,
    response: 'none',
    time: NEVER,
  }));
}

/**
 * Exchange puts a series master on its first occurrence: a start that does not fit the pattern
 * moves to the first date that does, keeping the time of day and the duration.
 */
export function anchorSeries(event: StoredEvent): void {
  if (!event.recurrence) return;
  if (event.recurrence.range.recurrenceTimeZone === '') {
    event.recurrence.range.recurrenceTimeZone = event.startTimeZone;
  }
  const first = firstOccurrenceDate(event.recurrence);
  if (!first) return validationFailure();
  const zone = seriesZone(event);
  const start = Temporal.Instant.from(event.startUtc);
  const duration = Temporal.Instant.from(event.endUtc).epochMilliseconds - start.epochMilliseconds;
  const local = start.toZonedDateTimeISO(zone);
  const moved = first.toPlainDateTime(local.toPlainTime()).toZonedDateTime(zone).toInstant();
  event.startUtc = moved.toString();
  event.endUtc = moved.add({ milliseconds: duration }).toString();
}

/** A meeting becomes an online meeting with a Teams join link when the provider is Teams. */
export function applyOnlineMeeting(env: CalendarEnv, event: StoredEvent): void {
  if (!event.isOnlineMeeting) {
    event.onlineMeetingProvider = 'unknown';
    return;
  }
  if (event.onlineMeetingProvider === 'unknown') event.onlineMeetingProvider = 'teamsForBusiness';
  if (event.onlineMeetingProvider !== 'teamsForBusiness' || event.joinUrl !== null) return;
  const organizer = findMailbox(env.users, event.organizer.address);
  const meeting = newTeamsMeeting(env.tenantId, organizer?.id ?? event.ownerId);
  event.joinUrl = meeting.joinUrl;
  event.conferenceId = meeting.conferenceId;
  event.bodyHtml = withTeamsBlock(event.bodyHtml, meeting);
}

/** The attendee's own copy: same meeting and iCalUId, their own id, awaiting their answer. */
export function deliverCopy(
  env: CalendarEnv,
  organizerEvent: StoredEvent,
  attendee: DirectoryUser,
  answer: 'notResponded' | 'accepted' = 'notResponded',
): StoredEvent {
  const now = formatTimestamp(env.now);
  const copy: StoredEvent = {
    ...structuredClone(organizerEvent),
    key: env.newKey(),
    ownerId: attendee.id,
    isOrganizer: false,
    transactionId: null,
    createdDateTime: now,
    lastModifiedDateTime: now,
    changeKey: newChangeKey(),
    // An unanswered request holds the time as tentative until the attendee accepts.
    showAs:
      answer === 'accepted' || organizerEvent.showAs === 'free'
        ? organizerEvent.showAs
        : 'tentative',
    responseStatus: { response: answer, time: answer === 'accepted' ? now : NEVER },
  };
  env.calendar.events.push(copy);
  return copy;
}

/** Copies for tenant attendees that do not have one yet (the organizer is never invited). */
export function inviteAttendees(
  env: CalendarEnv,
  organizerEvent: StoredEvent,
  answer: 'notResponded' | 'accepted' = 'notResponded',
): void {
  const existing = new Set(copiesOf(env, organizerEvent).map((copy) => copy.ownerId));
  for (const attendee of organizerEvent.attendees) {
    const user = findMailbox(env.users, attendee.address);
    if (!user || user.id === organizerEvent.ownerId || existing.has(user.id)) continue;
    existing.add(user.id);
    deliverCopy(env, organizerEvent, user, answer);
  }
}

export type CreateResult = { created: boolean; event: StoredEvent };

/**
 * POST /events. A repeated transactionId returns the event it created before and creates
 * nothing (the documented purpose of transactionId; a retried POST still answers 201).
 */
export function createEvent(
  env: CalendarEnv,
  owner: DirectoryUser,
  input: EventInput,
  answer: 'notResponded' | 'accepted' = 'notResponded',
): CreateResult {
  if (input.transactionId) {
    const previous = env.calendar.events.find(
      (event) => event.ownerId === owner.id && event.transactionId === input.transactionId,
    );
    if (previous) return { created: false, event: previous };
  }
  const { start, end } = input;
  if (!start || !end) return validationFailure();
  const isAllDay = input.isAllDay ?? false;
  checkTimes(start, end, isAllDay);
  const key = env.newKey();
  const now = formatTimestamp(env.now);
  const event: StoredEvent = {
    key,
    ownerId: owner.id,
    iCalUId: newICalUId(key, env.now.getTime()),
    organizer: { name: owner.displayName, address: addressOf(owner) },
    isOrganizer: true,
    createdDateTime: now,
    lastModifiedDateTime: now,
    changeKey: newChangeKey(),
    transactionId: input.transactionId ?? null,
    subject: input.subject ?? '',
    bodyHtml: input.body ? toStoredHtml(input.body) : '',
    startUtc: start.instant.toString(),
    endUtc: end.instant.toString(),
    startTimeZone: start.timeZone,
    endTimeZone: end.timeZone,
    isAllDay,
    location: input.location ?? '',
    showAs: input.showAs ?? 'busy',
    categories: input.categories ?? [],
    importance: input.importance ?? 'normal',
    sensitivity: input.sensitivity ?? 'normal',
    isReminderOn: input.isReminderOn ?? true,
    reminderMinutesBeforeStart: input.reminderMinutesBeforeStart ?? 15,
    attendees: toAttendees(input.attendees ?? []),
    isCancelled: false,
    responseStatus: { response: 'organizer', time: NEVER },
    responseRequested: input.responseRequested ?? true,
    allowNewTimeProposals: input.allowNewTimeProposals ?? true,
    hideAttendees: input.hideAttendees ?? false,
    isOnlineMeeting: input.isOnlineMeeting ?? false,
    onlineMeetingProvider: input.onlineMeetingProvider ?? 'unknown',
    joinUrl: null,
    conferenceId: null,
    recurrence: input.recurrence ?? null,
    exceptions: [],
    deletedOccurrences: [],
  };
  anchorSeries(event);
  applyOnlineMeeting(env, event);
  if (answer === 'accepted') {
    for (const attendee of event.attendees) {
      attendee.response = 'accepted';
      attendee.time = now;
    }
  }
  env.calendar.events.push(event);
  inviteAttendees(env, event, answer);
  return { created: true, event };
}
