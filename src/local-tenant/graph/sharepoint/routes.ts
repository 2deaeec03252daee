import type { Reply } from '../../core/reply';
import type { HttpMethod } from '../../core/router';
import type { SiteCall } from './context';
import { spErrors } from './errors';
import {
  createItem,
  deleteItem,
  getItem,
  listItems,
  updateFields,
  updateItem,
} from './item-handlers';
import {
  createColumn,
  createList,
  getColumn,
  getList,
  listColumns,
  listLists,
  updateColumn,
} from './list-handlers';
import {
  createPermission,
  deletePermission,
  getPermission,
  getSite,
  listPermissions,
  updatePermission,
} from './site-handlers';

type Handler = (call: SiteCall) => Reply | Promise<Reply>;
type MethodTable = Partial<Record<HttpMethod, Handler>>;

/**
 * What follows the site in the URL, e.g. ['lists', 'Books', 'items', '3', 'fields'], mapped to
 * the handlers of each method. Graph answers an unknown segment with 400 BadRequest.
 */
function tableFor(segments: string[]): MethodTable | { unknown: string } {
  const [first, list, second, child, third, ...rest] = segments;
  if (first === undefined) return { GET: getSite };
  if (first === 'permissions') {
    if (list === undefined) return { GET: listPermissions, POST: createPermission };
    if (second === undefined) {
      return {
        GET: (call) => getPermission(call, list),
        PATCH: (call) => updatePermission(call, list),
        DELETE: (call) => deletePermission(call, list),
      };
    }
    return { unknown: second };
  }
  if (first !== 'lists') return { unknown: first };
  if (list === undefined) return { GET: listLists, POST: createList };
  if (second === undefined) return { GET: (call) => getList(call, list) };
  if (second === 'columns') {
    if (child === undefined) {
      return { GET: (call) => listColumns(call, list), POST: (call) => createColumn(call, list) };
    }
    if (third === undefined) {
      return {
        GET: (call) => getColumn(call, list, child),
        PATCH: (call) => updateColumn(call, list, child),
      };
    }
    return { unknown: third };
  }
  if (second !== 'items') return { unknown: second };
  if (child === undefined) {
    return { GET: (call) => listItems(call, list), POST: (call) => createItem(call, list) };
  }
  if (third === undefined) {
    return {
      GET: (call) => getItem(call, list, child),
      PATCH: (call) => updateItem(call, list, child),
      DELETE: (call) => deleteItem(call, list, child),
    };
  }
  if (third === 'fields' && rest.length === 0) {
    return { PATCH: (call) => updateFields(call, list, child) };
  }
  return { unknown: rest[0] ?? third };
}

export function routeSiteCall(call: SiteCall, segments: string[]): Reply | Promise<Reply> {
  const table = tableFor(segments);
  if ('unknown' in table) return spErrors.badSegment(table.unknown);
  const handler = table[call.req.method as HttpMethod];
  if (!handler) return spErrors.methodNotAllowed(Object.keys(table));
  return handler(call);
}
