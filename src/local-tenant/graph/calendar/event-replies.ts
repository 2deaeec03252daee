// The bodies calendar routes answer with: one event, or a page of events, shaped for the caller's
// `$select`, `Prefer` and permission, with the @odata.context Graph writes.
// https://learn.microsoft.com/en-us/graph/api/event-get?view=graph-rest-1.0
import type { TenantContext } from '../../core/context';
import { json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { filterAndSort, pageOf } from './event-query';
import { normalizeSelect, shapeEvent } from './event-shape';
import type { EventView } from './instances';
import type { Mailbox } from './mailbox';
import { replyFrom } from '../route-helper';
import type { Preferences } from './prefer';

/** `users('{id}')/events`, `users('{id}')/events(subject,start)` … */
function eventsContext(
  ctx: TenantContext,
  userId: string,
  segment: string,
  select: string[] | undefined,
): string {
  const selected = select && select.length > 0 ? `(${select.join(',')})` : '';
  return `${ctx.urls.graph}/$metadata#users('${userId}')/${segment}${selected}`;
}

export function entityReply(
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
      '@odata.context': `${eventsContext(ctx, mailbox.user.id, 'events', select)}/$entity`,
      ...shapeEvent(view, { prefs, select, basicOnly: mailbox.basicOnly }),
    },
    status,
    prefs.headers,
  );
}

/**
 * A page of events: `Prefer` is read first (by the caller, as a step), then `$filter`/`$orderby`,
 * then `$top`/`$skip`.
 */
export function collectionReply(
  ctx: TenantContext,
  req: GraphRequest,
  shown: { mailbox: Mailbox; prefs: Preferences },
  segment: string,
  views: EventView[],
): Reply {
  const { mailbox, prefs } = shown;
  return replyFrom(filterAndSort(req, views), (queried) =>
    replyFrom(pageOf(ctx, req, queried), (page) => {
      const select = normalizeSelect(req.odata.select);
      return json(
        {
          '@odata.context': eventsContext(ctx, mailbox.user.id, segment, select),
          value: page.items.map((view) =>
            shapeEvent(view, { prefs, select, basicOnly: mailbox.basicOnly }),
          ),
          ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
        },
        200,
        prefs.headers,
      );
    }),
  );
}
