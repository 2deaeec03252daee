// Expanded views of a calendar:
// https://learn.microsoft.com/en-us/graph/api/user-list-calendarview?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/event-list-instances?view=graph-rest-1.0
import type { TenantContext } from '../../core/context';
import type { Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import type { FeatureSlice } from '../../state/store';
import { replyFrom, resolveThen } from '../route-helper';
import { locateEvent, viewSteps } from './calendar-request';
import { collectionReply } from './event-replies';
import { readPreferences } from './prefer';
import { calendarView, seriesInstances } from './instances';
import type { CalendarState } from './state';

type Slice = FeatureSlice<CalendarState>;

export function calendarViewRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
): Promise<Reply> {
  const steps = { ...viewSteps(ctx, userSegment), prefs: readPreferences };
  return resolveThen(req, steps, ({ mailbox, window, prefs }) => {
    const items = slice.get().events.filter((event) => event.ownerId === mailbox.user.id);
    const views = calendarView(items, window.from, window.to);
    return collectionReply(ctx, req, { mailbox, prefs }, 'calendarView', views);
  });
}

export function instancesRoute(
  ctx: TenantContext,
  slice: Slice,
  req: GraphRequest,
  userSegment: string | undefined,
  id: string,
): Promise<Reply> {
  return resolveThen(req, viewSteps(ctx, userSegment), ({ mailbox, window }) => {
    const found = locateEvent(slice.get(), mailbox.user, id);
    if (!found.ok) return found.reply;
    const views =
      found.kind === 'item' && found.item.recurrence
        ? seriesInstances(found.item, window.from, window.to)
        : calendarView([found.item], window.from, window.to).filter(
            (view) => view.id === found.view.id,
          );
    const segment = `events('${encodeURIComponent(id)}')/instances`;
    // `Prefer` is read once the event is found: an unknown event is 404 whatever the header says.
    return replyFrom(readPreferences(req), (prefs) =>
      collectionReply(ctx, req, { mailbox, prefs }, segment, views),
    );
  });
}
