// Event CRUD and cancel:
// https://learn.microsoft.com/en-us/graph/api/user-post-events?view=graph-rest-1.0 (201 + event)
// https://learn.microsoft.com/en-us/graph/api/event-get?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/user-list-events?view=graph-rest-1.0 (masters + singles)
// https://learn.microsoft.com/en-us/graph/api/event-update?view=graph-rest-1.0 (200 + event)
// https://learn.microsoft.com/en-us/graph/api/event-delete?view=graph-rest-1.0 (204)
// https://learn.microsoft.com/en-us/graph/api/event-cancel?view=graph-rest-1.0 (202, organizer only)
import type { TenantContext } from '../../core/context';
import { empty, graphError, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import type { FeatureSlice } from '../../state/store';
import { resolveThen } from '../route-helper';
import {
  checkIfMatch,
  eventSelect,
  locateEvent,
  changeSteps,
  type Located,
  readOptionalBody,
  writeCalendar,
} from './calendar-request';
import type { CalendarEnv } from './calendar-env';
import { updateEvent, updateOccurrence } from './event-change';
import { createEvent } from './event-create';
import { readEventInput } from './event-input';
import { removeOccurrence, removeSeriesOrEvent } from './event-remove';
import { collectionReply, entityReply } from './event-replies';
import { occurrenceOn, viewOf, type EventView } from './instances';
import { JsonReader } from './json-reader';
import { calendarMailbox } from './mailbox';
import { readPreferences } from './prefer';
import type { CalendarState } from './state';

type Slice = FeatureSlice<CalendarState>;

export function createEventRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
): Promise<Reply> {
  return resolveThen(req, changeSteps(ctx, userSegment), ({ mailbox, prefs, body }) =>
    writeCalendar(ctx, slice, (env) => {
      const { event } = createEvent(env, mailbox.user, readEventInput(body));
      return entityReply(ctx, req, mailbox, viewOf(event), prefs, 201);
    }),
  );
}

export function getEventRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
  id: string,
): Promise<Reply> {
  const steps = {
    mailbox: calendarMailbox(ctx, userSegment, 'read'),
    select: eventSelect,
    prefs: readPreferences,
  };
  return resolveThen(req, steps, ({ mailbox, prefs }) => {
    const found = locateEvent(slice.get(), mailbox.user, id);
    return found.ok ? entityReply(ctx, req, mailbox, found.view, prefs, 200) : found.reply;
  });
}

export function listEventsRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
): Promise<Reply> {
  const steps = {
    mailbox: calendarMailbox(ctx, userSegment, 'read'),
    select: eventSelect,
    prefs: readPreferences,
  };
  return resolveThen(req, steps, ({ mailbox, prefs }) => {
    const views = slice
      .get()
      .events.filter((event) => event.ownerId === mailbox.user.id)
      .map(viewOf);
    return collectionReply(ctx, req, { mailbox, prefs }, 'events', views);
  });
}

export function updateEventRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
  id: string,
): Promise<Reply> {
  return resolveThen(req, changeSteps(ctx, userSegment), ({ mailbox, prefs, body }) =>
    writeCalendar(ctx, slice, (env) => {
      const found = locateEvent(env.calendar, mailbox.user, id);
      if (!found.ok) return found.reply;
      const stale = checkIfMatch(req, found.view);
      if (stale) return stale;
      const input = readEventInput(body);
      let view: EventView;
      if (found.kind === 'item') {
        updateEvent(env, found.item, input);
        view = viewOf(found.item);
      } else {
        updateOccurrence(env, found.item, found.view, input);
        view = occurrenceOn(found.item, found.view.originalDate ?? '') ?? found.view;
      }
      return entityReply(ctx, req, mailbox, view, prefs, 200);
    }),
  );
}

/** Removes the event, or the one occurrence of a series the id names. */
function removeLocated(env: CalendarEnv, found: Extract<Located, { ok: true }>): void {
  if (found.kind === 'item') removeSeriesOrEvent(env, found.item);
  else removeOccurrence(env, found.item, found.view);
}

export function deleteEventRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
  id: string,
): Promise<Reply> {
  const steps = { mailbox: calendarMailbox(ctx, userSegment, 'write') };
  return resolveThen(req, steps, ({ mailbox }) =>
    writeCalendar(ctx, slice, (env) => {
      const found = locateEvent(env.calendar, mailbox.user, id);
      if (!found.ok) return found.reply;
      const stale = checkIfMatch(req, found.view);
      if (stale) return stale;
      removeLocated(env, found);
      return empty(204);
    }),
  );
}

export function cancelEventRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
  id: string,
): Promise<Reply> {
  const steps = { mailbox: calendarMailbox(ctx, userSegment, 'write'), body: readOptionalBody };
  return resolveThen(req, steps, ({ mailbox, body }) =>
    writeCalendar(ctx, slice, (env) => {
      // The comment goes into the cancellation message; there is no mail store to keep it in.
      JsonReader.of(body).string('comment');
      const found = locateEvent(env.calendar, mailbox.user, id);
      if (!found.ok) return found.reply;
      if (!found.item.isOrganizer) {
        return graphError(
          400,
          'ErrorInvalidRequest',
          "Your request can't be completed. You need to be an organizer to cancel a meeting.",
        );
      }
      removeLocated(env, found);
      return empty(202);
    }),
  );
}
