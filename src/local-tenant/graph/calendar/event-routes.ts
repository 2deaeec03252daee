// Event CRUD and cancel:
// https://learn.microsoft.com/en-us/graph/api/user-post-events?view=graph-rest-1.0 (201 + event)
// https://learn.microsoft.com/en-us/graph/api/event-get?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/user-list-events?view=graph-rest-1.0 (masters + singles)
// https://learn.microsoft.com/en-us/graph/api/event-update?view=graph-rest-1.0 (200 + event)
// https://learn.microsoft.com/en-us/graph/api/event-delete?view=graph-rest-1.0 (204)
// https://learn.microsoft.com/en-us/graph/api/event-cancel?view=graph-rest-1.0 (202, organizer only)
import type { TenantContext } from '../../core/context';
import { empty, graphError, json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import type { FeatureSlice } from '../../state/store';
import {
  checkIfMatch,
  eventsContext,
  locateEvent,
  readBody,
  writeCalendar,
} from './calendar-request';
import { updateEvent, updateOccurrence } from './event-change';
import { createEvent } from './event-create';
import { readEventInput } from './event-input';
import { filterAndSort, pageOf } from './event-query';
import { removeOccurrence, removeSeriesOrEvent } from './event-remove';
import { checkEventSelect, normalizeSelect, shapeEvent } from './event-shape';
import { occurrenceOn, viewOf, type EventView } from './instances';
import { JsonReader } from './json-reader';
import { resolveMailbox, type Mailbox } from './mailbox';
import { readPreferences, type Preferences } from './prefer';
import type { CalendarState } from './state';

type Slice = FeatureSlice<CalendarState>;

function entityReply(
  ctx: TenantContext,
  req: GraphRequest,
  mailbox: Mailbox,
  view: EventView,
  prefs: Preferences,
  status: number,
): Reply {
  const select = normalizeSelect(req.odata.select);
  return json(
    {
      '@odata.context': eventsContext(ctx, mailbox.user.id, 'events', select, true),
      ...shapeEvent(view, { prefs, select, basicOnly: mailbox.basicOnly }),
    },
    status,
    prefs.headers,
  );
}

export async function createEventRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
): Promise<Reply> {
  const target = resolveMailbox(ctx, req, userSegment, 'write');
  if (!target.ok) return target.reply;
  const prefs = readPreferences(req);
  if (!prefs.ok) return prefs.reply;
  const body = await readBody(req);
  if (!body.ok) return body.reply;
  const owner = target.mailbox.user;
  const written = writeCalendar(ctx, slice, (env) =>
    createEvent(env, owner, readEventInput(body.value)),
  );
  if (!written.ok) return written.reply;
  return entityReply(ctx, req, target.mailbox, viewOf(written.value.event), prefs.value, 201);
}

export function getEventRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
  id: string,
): Reply {
  const target = resolveMailbox(ctx, req, userSegment, 'read');
  if (!target.ok) return target.reply;
  const invalid = checkEventSelect(req.odata.select);
  if (invalid) return invalid;
  const prefs = readPreferences(req);
  if (!prefs.ok) return prefs.reply;
  const found = locateEvent(slice.get(), target.mailbox.user, id);
  if (!found.ok) return found.reply;
  return entityReply(ctx, req, target.mailbox, found.view, prefs.value, 200);
}

export function listEventsRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
): Reply {
  const target = resolveMailbox(ctx, req, userSegment, 'read');
  if (!target.ok) return target.reply;
  const invalid = checkEventSelect(req.odata.select);
  if (invalid) return invalid;
  const prefs = readPreferences(req);
  if (!prefs.ok) return prefs.reply;
  const owner = target.mailbox.user;
  const views = slice
    .get()
    .events.filter((event) => event.ownerId === owner.id)
    .map(viewOf);
  const queried = filterAndSort(req, views);
  if (!queried.ok) return queried.reply;
  const page = pageOf(ctx, req, queried.views);
  if (!page.ok) return page.reply;
  const select = normalizeSelect(req.odata.select);
  return json(
    {
      '@odata.context': eventsContext(ctx, owner.id, 'events', select, false),
      value: page.items.map((view) =>
        shapeEvent(view, { prefs: prefs.value, select, basicOnly: target.mailbox.basicOnly }),
      ),
      ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    },
    200,
    prefs.value.headers,
  );
}

export async function updateEventRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
  id: string,
): Promise<Reply> {
  const target = resolveMailbox(ctx, req, userSegment, 'write');
  if (!target.ok) return target.reply;
  const prefs = readPreferences(req);
  if (!prefs.ok) return prefs.reply;
  const body = await readBody(req);
  if (!body.ok) return body.reply;
  const owner = target.mailbox.user;
  const written = writeCalendar(ctx, slice, (env): Reply | EventView => {
    const found = locateEvent(env.calendar, owner, id);
    if (!found.ok) return found.reply;
    const stale = checkIfMatch(req, found.view);
    if (stale) return stale;
    const input = readEventInput(body.value);
    if (found.kind === 'item') {
      updateEvent(env, found.item, input);
      return viewOf(found.item);
    }
    updateOccurrence(env, found.item, found.view, input);
    return occurrenceOn(found.item, found.view.originalDate ?? '') ?? found.view;
  });
  if (!written.ok) return written.reply;
  const result = written.value;
  if ('kind' in result) return result;
  return entityReply(ctx, req, target.mailbox, result, prefs.value, 200);
}

export function deleteEventRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
  id: string,
): Reply {
  const target = resolveMailbox(ctx, req, userSegment, 'write');
  if (!target.ok) return target.reply;
  const owner = target.mailbox.user;
  const written = writeCalendar(ctx, slice, (env): Reply => {
    const found = locateEvent(env.calendar, owner, id);
    if (!found.ok) return found.reply;
    const stale = checkIfMatch(req, found.view);
    if (stale) return stale;
    if (found.kind === 'item') removeSeriesOrEvent(env, found.item);
    else removeOccurrence(env, found.item, found.view);
    return empty(204);
  });
  return written.ok ? written.value : written.reply;
}

export async function cancelEventRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
  id: string,
): Promise<Reply> {
  const target = resolveMailbox(ctx, req, userSegment, 'write');
  if (!target.ok) return target.reply;
  const body = await readBody(req, true);
  if (!body.ok) return body.reply;
  const owner = target.mailbox.user;
  const written = writeCalendar(ctx, slice, (env): Reply => {
    // The comment goes into the cancellation message; there is no mail store to keep it in.
    JsonReader.of(body.value).string('comment');
    const found = locateEvent(env.calendar, owner, id);
    if (!found.ok) return found.reply;
    if (!found.item.isOrganizer) {
      return graphError(
        400,
        'ErrorInvalidRequest',
        "Your request can't be completed. You need to be an organizer to cancel a meeting.",
      );
    }
    if (found.kind === 'item') removeSeriesOrEvent(env, found.item);
    else removeOccurrence(env, found.item, found.view);
    return empty(202);
  });
  return written.ok ? written.value : written.reply;
}
