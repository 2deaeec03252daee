// Query options on event collections as the Outlook workload applies them: server-driven paging
// with `$skip` in @odata.nextLink (e.g. `/me/events?$skip=10`), `$top` up to 1000, `$filter`
// and `$orderby` on event properties.
// https://learn.microsoft.com/en-us/graph/api/user-list-events?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/query-parameters
import type { TenantContext } from '../../core/context';
import { evaluateFilter, filterProperties, parseFilter } from '../../core/odata-filter';
import { graphError, type Reply } from '../../core/reply';
import { resolved, type Resolved } from '../route-helper';
import type { TenantRequest } from '../../core/request';
import type { EventView } from './instances';

const MAX_PAGE = 1000;
const DEFAULT_PAGE = 10;

/** What `$filter` and `$orderby` can read, by lower-cased path. */
type Primitive = string | number | boolean | null;
const QUERYABLE: Record<string, (view: EventView) => Primitive> = {
  subject: (v) => v.fields.subject,
  'start/datetime': (v) => v.fields.startUtc,
  'end/datetime': (v) => v.fields.endUtc,
  type: (v) => v.type,
  showas: (v) => v.fields.showAs,
  iscancelled: (v) => v.fields.isCancelled,
  isorganizer: (v) => v.item.isOrganizer,
  isallday: (v) => v.fields.isAllDay,
  isonlinemeeting: (v) => v.item.isOnlineMeeting,
  importance: (v) => v.fields.importance,
  sensitivity: (v) => v.fields.sensitivity,
  icaluid: (v) => v.iCalUId,
  seriesmasterid: (v) => v.seriesMasterId,
  transactionid: (v) => v.item.transactionId,
  createddatetime: (v) => v.item.createdDateTime,
  lastmodifieddatetime: (v) => v.lastModifiedDateTime,
  'organizer/emailaddress/address': (v) => v.item.organizer.address,
  'organizer/emailaddress/name': (v) => v.item.organizer.name,
};

const invalidQuery = (message: string): Reply => graphError(400, 'BadRequest', message);

export type QueryResult = Resolved<EventView[]>;

export function filterAndSort(req: TenantRequest, views: EventView[]): QueryResult {
  let result = views;
  const filter = req.odata.filter;
  if (filter !== undefined) {
    const parsed = parseFilter(filter);
    if (!parsed.ok) return { ok: false, reply: invalidQuery(parsed.message) };
    const unknown = filterProperties(parsed.node).find(
      (path) => !(path.toLowerCase() in QUERYABLE),
    );
    if (unknown !== undefined) {
      return {
        ok: false,
        reply: graphError(
          400,
          'RequestBroker--ParseUri',
          `Could not find a property named '${unknown}' on type 'microsoft.graph.event'.`,
        ),
      };
    }
    result = result.filter((view) =>
      evaluateFilter(parsed.node, (path) => QUERYABLE[path.toLowerCase()]?.(view)),
    );
  }
  const orderBy = req.odata.orderBy;
  if (orderBy !== undefined) {
    const unknown = orderBy.find((item) => !(item.property.toLowerCase() in QUERYABLE));
    if (unknown) {
      return {
        ok: false,
        reply: graphError(
          400,
          'RequestBroker--ParseUri',
          `Could not find a property named '${unknown.property}' on type 'microsoft.graph.event'.`,
        ),
      };
    }
    result = [...result].sort((a, b) => {
      for (const item of orderBy) {
        const read = QUERYABLE[item.property.toLowerCase()];
        const left = String(read?.(a) ?? '');
        const right = String(read?.(b) ?? '');
        const order = left < right ? -1 : left > right ? 1 : 0;
        if (order !== 0) return item.direction === 'desc' ? -order : order;
      }
      return 0;
    });
  }
  return resolved(result);
}

export type PageResult<T> = Resolved<{ items: T[]; nextLink: string | undefined }>;

function nonNegativeInteger(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 ? number : null;
}

/** `$top` (default 10, at most 1000) and `$skip`; the next link repeats the request with `$skip`. */
export function pageOf<T>(ctx: TenantContext, req: TenantRequest, items: T[]): PageResult<T> {
  const top = nonNegativeInteger(req.odata.top);
  const skip = nonNegativeInteger(req.odata.skip);
  if (top === null || (top !== undefined && top > MAX_PAGE)) {
    return {
      ok: false,
      reply: invalidQuery(`Invalid value '${req.odata.top ?? ''}' for $top query option found.`),
    };
  }
  if (skip === null) {
    return {
      ok: false,
      reply: invalidQuery(`Invalid value '${req.odata.skip ?? ''}' for $skip query option found.`),
    };
  }
  const size = top ?? DEFAULT_PAGE;
  const offset = skip ?? 0;
  const page = items.slice(offset, offset + size);
  const more = offset + size < items.length;
  return resolved({ items: page, nextLink: more ? skipLink(ctx, req, offset + size) : undefined });
}

function skipLink(ctx: TenantContext, req: TenantRequest, skip: number): string {
  const parts: string[] = [];
  for (const [key, value] of req.query) {
    if (key.replace(/^\$/, '').toLowerCase() === 'skip') continue;
    parts.push(`${key}=${encodeURIComponent(value)}`);
  }
  parts.push(`$skip=${String(skip)}`);
  return `${ctx.urls.base}${req.path}?${parts.join('&')}`;
}
