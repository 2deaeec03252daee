/**
 * Server-driven paging: `$top` sets the page size, `@odata.nextLink` carries the rest. Which page
 * a request asks for is read from the request alone, so it is a step of the route helper (and a
 * bad `$top` or an expired `$skiptoken` is refused where the handler used to page); the handler
 * cuts its collection to that page.
 */
import type { TenantContext } from '../core/context';
import { readTop } from '../core/odata-query';
import { graphError } from '../core/reply';
import type { TenantRequest } from '../core/request';
import { decodeSkipToken, encodeSkipToken, nextLink } from './collections';
import { refused, resolved, type Step } from './route-helper';

export interface PageWindow {
  offset: number;
  size: number;
}

export interface Page<T> {
  items: T[];
  nextLink: string | undefined;
}

/** The page a request asks for, as a step: `$top` within the limits, `$skiptoken` still valid. */
export function pageWindow(limits: {
  defaultPageSize: number;
  maxPageSize: number;
}): Step<PageWindow> {
  return (req) => {
    const top = readTop(req.odata, limits.maxPageSize);
    if (!top.ok) return refused(graphError(400, 'Request_BadRequest', top.message));
    let offset = 0;
    if (req.odata.skipToken !== undefined) {
      const decoded = decodeSkipToken(req.odata.skipToken);
      if (decoded === undefined) {
        return refused(
          graphError(
            400,
            'Directory_ExpiredPageToken',
            'The specified page token value has expired and can no longer be included in your request.',
          ),
        );
      }
      offset = decoded;
    }
    return resolved({ offset, size: top.value ?? limits.defaultPageSize });
  };
}

/** That page of a collection, with the link to the next one when there is more. */
export function pageOf<T>(
  ctx: TenantContext,
  req: TenantRequest,
  all: T[],
  { offset, size }: PageWindow,
): Page<T> {
  const more = offset + size < all.length;
  return {
    items: all.slice(offset, offset + size),
    nextLink: more ? nextLink(ctx, req, encodeSkipToken(offset + size)) : undefined,
  };
}
