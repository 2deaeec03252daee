// Expanded views of a calendar:
// https://learn.microsoft.com/en-us/graph/api/user-list-calendarview?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/event-list-instances?view=graph-rest-1.0
import type { TenantContext } from '../../core/context';
import { json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import type { FeatureSlice } from '../../state/store';
import { eventsContext, locateEvent, readTimeWindow } from './calendar-request';
import { filterAndSort, pageOf } from './event-query';
import { checkEventSelect, normalizeSelect, shapeEvent } from './event-shape';
import { calendarView, seriesInstances, type EventView } from './instances';
import { resolveMailbox, type Mailbox } from './mailbox';
import { readPreferences } from './prefer';
import type { CalendarState } from './state';

type Slice = FeatureSlice<CalendarState>;

function collectionReply(
  ctx: TenantContext,
  req: GraphRequest,
  mailbox: Mailbox,
  segment: string,
  views: EventView[],
): Reply {
  const prefs = readPreferences(req);
  if (!prefs.ok) return prefs.reply;
  const queried = filterAndSort(req, views);
  if (!queried.ok) return queried.reply;
  const page = pageOf(ctx, req, queried.views);
  if (!page.ok) return page.reply;
  const select = normalizeSelect(req.odata.select);
  return json(
    {
      '@odata.context': eventsContext(ctx, mailbox.user.id, segment, select, false),
      value: page.items.map((view) =>
        shapeEvent(view, { prefs: prefs.value, select, basicOnly: mailbox.basicOnly }),
      ),
      ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    },
    200,
    prefs.value.headers,
  );
}

export function calendarViewRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
): Reply {
  const target = resolveMailbox(ctx, req, userSegment, 'read');
  if (!target.ok) return target.reply;
  const window = readTimeWindow(req);
  if (!window.ok) return window.reply;
  const invalid = checkEventSelect(req.odata.select);
  if (invalid) return invalid;
  const owner = target.mailbox.user;
  const items = slice.get().events.filter((event) => event.ownerId === owner.id);
  return collectionReply(
    ctx,
    req,
    target.mailbox,
    'calendarView',
    calendarView(items, window.from, window.to),
  );
}

export function instancesRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
  id: string,
): Reply {
  const target = resolveMailbox(ctx, req, userSegment, 'read');
  if (!target.ok) return target.reply;
  const window = readTimeWindow(req);
  if (!window.ok) return window.reply;
  const invalid = checkEventSelect(req.odata.select);
  if (invalid) return invalid;
  const found = locateEvent(slice.get(), target.mailbox.user, id);
  if (!found.ok) return found.reply;
  const views =
    found.kind === 'item' && found.item.recurrence
      ? seriesInstances(found.item, window.from, window.to)
      : calendarView([found.item], window.from, window.to).filter(
          (view) => view.id === found.view.id,
        );
  return collectionReply(
    ctx,
    req,
    target.mailbox,
    `events('${encodeURIComponent(id)}')/instances`,
    views,
  );
}
