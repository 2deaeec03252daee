import type { TenantState } from '../../state/types';
import { calendarEnv } from './calendar-env';
import { createEvent } from './event-create';
import { readEventInput } from './event-input';
import { BodyProblem } from './json-reader';
import { calendarStateOf, type StoredEvent } from './state';

export interface AddCalendarEventOptions {
  /** When the event was created; defaults to now. */
  createdAt?: Date;
  /** Attendees have already accepted (busy in their calendars) instead of not answered yet. */
  accepted?: boolean;
}

/**
 * Adds an event to a user's calendar as if they had POSTed `body` to /users/{id}/events: same
 * validation, attendee copies, Teams link, series anchoring. For other features' seed hooks
 * (e.g. past career conversations from the SharePoint history). `body` uses Graph's create-event
 * shape: `{ subject, start: {dateTime, timeZone}, end, attendees: [{emailAddress: {address}}],
 * recurrence, isOnlineMeeting, ... }`. Throws when the body is one Graph would refuse.
 */
export function addCalendarEvent(
  state: TenantState,
  organizerId: string,
  body: Record<string, unknown>,
  options: AddCalendarEventOptions = {},
): StoredEvent {
  const organizer = state.users.find((user) => user.id === organizerId);
  if (!organizer) throw new Error(`addCalendarEvent: no user ${organizerId}`);
  const env = calendarEnv(
    calendarStateOf(state.features),
    state.users,
    state.tenant.id,
    options.createdAt ?? new Date(),
  );
  try {
    const answer = options.accepted === false ? 'notResponded' : 'accepted';
    return createEvent(env, organizer, readEventInput(body), answer).event;
  } catch (error) {
    if (error instanceof BodyProblem && error.reply.kind === 'graph-error') {
      throw new Error(`addCalendarEvent: ${error.reply.code}: ${error.reply.message}`, {
        cause: error,
      });
    }
    throw error;
  }
}
