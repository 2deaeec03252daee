// Filtering and paging list items:
// https://learn.microsoft.com/graph/api/listitem-list (eq, ne, lt, gt, le, ge, startswith)
// Non-indexed fields need `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`; on lists past
// SharePoint's 5,000-item list view threshold such queries fail unless an indexed condition
// narrows the rows to 5,000 or fewer first.
import { parseFilter, type FilterNode } from '../../core/odata-filter';
import type { Reply } from '../../core/reply';
import type { TenantRequest } from '../../core/request';
import { spErrors } from './errors';
import { indexedCandidates } from './list-index';
import { comparable, ID_FIELD, storedValue, type QueryField } from './query-values';
import type { ListItem, SharePointList } from './state';

export const LIST_VIEW_THRESHOLD = 5000;
export const DEFAULT_PAGE_SIZE = 200;
export const MAX_PAGE_SIZE = 5000;
const HONOR_NON_INDEXED = 'honornonindexedquerieswarningmayfailrandomly';

type Result<T> = { ok: true; value: T } | { ok: false; reply: Reply };

function resolveField(list: SharePointList, path: string): Result<QueryField> {
  const match = /^fields\/(.+)$/i.exec(path);
  if (!match?.[1])
    return {
      ok: false,
      reply: spErrors.invalid(`Invalid filter clause: '${path}' is not a field.`),
    };
  const name = match[1];
  if (name === 'id' || name === 'ID') return { ok: true, value: ID_FIELD };
  const column =
    list.columns.find((c) => c.name === name) ??
    list.columns.find((c) => c.type === 'personOrGroup' && `${c.name}LookupId` === name);
  if (!column) return { ok: false, reply: spErrors.notRecognized(name) };
  return { ok: true, value: { name, indexed: column.indexed, column } };
}

function checkNode(
  node: FilterNode,
  fields: Map<string, QueryField>,
  list: SharePointList,
): Reply | undefined {
  switch (node.type) {
    case 'and':
    case 'or':
      return checkNode(node.left, fields, list) ?? checkNode(node.right, fields, list);
    case 'compare': {
      if (node.left.type !== 'property' || node.right.type !== 'literal') {
        return spErrors.invalid('Invalid filter clause: compare a field with a value.');
      }
      return addField(node.left.path, fields, list);
    }
    case 'call': {
      const [target, prefix] = node.args;
      if (node.name !== 'startswith' || target?.type !== 'property' || prefix?.type !== 'literal') {
        return spErrors.invalid(`Invalid filter clause: '${node.name}' is not supported.`);
      }
      return addField(target.path, fields, list);
    }
    default:
      return spErrors.invalid(`Invalid filter clause: '${node.type}' is not supported.`);
  }
}

function addField(
  path: string,
  fields: Map<string, QueryField>,
  list: SharePointList,
): Reply | undefined {
  const field = resolveField(list, path);
  if (!field.ok) return field.reply;
  fields.set(path, field.value);
  return undefined;
}

function evaluate(node: FilterNode, item: ListItem, fields: Map<string, QueryField>): boolean {
  if (node.type === 'and')
    return evaluate(node.left, item, fields) && evaluate(node.right, item, fields);
  if (node.type === 'or')
    return evaluate(node.left, item, fields) || evaluate(node.right, item, fields);
  if (
    node.type === 'call' &&
    node.args[0]?.type === 'property' &&
    node.args[1]?.type === 'literal'
  ) {
    const field = fields.get(node.args[0].path);
    const value = field ? storedValue(item, field) : undefined;
    const prefix = node.args[1].value;
    return (
      typeof value === 'string' &&
      typeof prefix === 'string' &&
      value.toLowerCase().startsWith(prefix.toLowerCase())
    );
  }
  if (node.type !== 'compare' || node.left.type !== 'property' || node.right.type !== 'literal')
    return false;
  const field = fields.get(node.left.path);
  if (!field) return false;
  const left = comparable(field, storedValue(item, field));
  const right = comparable(field, node.right.value);
  if (node.op === 'eq') return left === right;
  if (node.op === 'ne') return left !== right;
  if (left === null || right === null) return false;
  switch (node.op) {
    case 'gt':
      return left > right;
    case 'ge':
      return left >= right;
    case 'lt':
      return left < right;
    case 'le':
      return left <= right;
  }
}

function conjuncts(node: FilterNode): FilterNode[] {
  return node.type === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

function onlyIndexed(node: FilterNode, fields: Map<string, QueryField>): boolean {
  if (node.type === 'and' || node.type === 'or')
    return onlyIndexed(node.left, fields) && onlyIndexed(node.right, fields);
  const target =
    node.type === 'compare' ? node.left : node.type === 'call' ? node.args[0] : undefined;
  return target?.type === 'property' && fields.get(target.path)?.indexed === true;
}

/**
 * Past the threshold, a filtered query needs a condition on indexed columns alone that leaves at
 * most 5,000 rows, as SharePoint reads the index first and refuses to touch more rows than that
 * (an indexed filter matching 6,000 items fails too). Unfiltered reads page through by ID.
 */
function withinThreshold(
  list: SharePointList,
  filter: FilterNode | undefined,
  fields: Map<string, QueryField>,
): boolean {
  if (list.items.length <= LIST_VIEW_THRESHOLD) return true;
  if (!filter) return [...fields.values()].every((field) => field.indexed);
  return conjuncts(filter)
    .filter((part) => onlyIndexed(part, fields))
    .some((part) => matching(list, part, fields).length <= LIST_VIEW_THRESHOLD);
}

/** The items `filter` matches, read from the indexes where they answer it, in no set order. */
function matching(
  list: SharePointList,
  filter: FilterNode,
  fields: Map<string, QueryField>,
): ListItem[] {
  const candidates = indexedCandidates(list, filter, fields) ?? list.items;
  return candidates.filter((item) => evaluate(filter, item, fields));
}

/** What a list query reads of a request: its OData options and its `Prefer` header. */
export type ItemQueryRequest = Pick<TenantRequest, 'odata' | 'header'>;

function preferHonorsNonIndexed(req: ItemQueryRequest): boolean {
  return (req.header('prefer') ?? '')
    .split(',')
    .some((preference) => preference.trim().toLowerCase() === HONOR_NON_INDEXED);
}

/** The matching items in order, or Graph's refusal (bad filter, non-indexed field, threshold). */
export function queryItems(req: ItemQueryRequest, list: SharePointList): Result<ListItem[]> {
  if (req.odata.count) {
    return {
      ok: false,
      reply: spErrors.invalid(
        '$count is not supported on this API. Only URLs returned by the API can be used to page.',
      ),
    };
  }
  const fields = new Map<string, QueryField>();
  let filter: FilterNode | undefined;
  if (req.odata.filter !== undefined) {
    const parsed = parseFilter(req.odata.filter);
    if (!parsed.ok) return { ok: false, reply: spErrors.invalid(parsed.message) };
    const problem = checkNode(parsed.node, fields, list);
    if (problem) return { ok: false, reply: problem };
    filter = parsed.node;
  }
  const order: { field: QueryField; desc: boolean }[] = [];
  for (const item of req.odata.orderBy ?? []) {
    const field = resolveField(list, item.property);
    if (!field.ok) return field;
    fields.set(item.property, field.value);
    order.push({ field: field.value, desc: item.direction === 'desc' });
  }
  const honor = preferHonorsNonIndexed(req);
  const unindexed = [...fields.values()].find((field) => !field.indexed);
  if (unindexed && !honor) return { ok: false, reply: spErrors.notIndexed(unindexed.name) };
  if (!withinThreshold(list, filter, fields)) return { ok: false, reply: spErrors.threshold() };
  const answer = filter ? matching(list, filter, fields) : [...list.items];
  answer.sort((a, b) => {
    for (const { field, desc } of order) {
      const left = comparable(field, storedValue(a, field));
      const right = comparable(field, storedValue(b, field));
      if (left === right) continue;
      if (left === null) return desc ? 1 : -1;
      if (right === null) return desc ? -1 : 1;
      return (left < right ? -1 : 1) * (desc ? -1 : 1);
    }
    return a.id - b.id;
  });
  return { ok: true, value: answer };
}

/** `$skiptoken` as SharePoint writes it: base64 of `Paged=TRUE&p_ID={last id}` (plus position). */
function encodeToken(lastId: number, offset: number | undefined): string {
  const text = `Paged=TRUE&p_ID=${String(lastId)}${offset === undefined ? '' : `&p_Index=${String(offset)}`}`;
  return Buffer.from(text).toString('base64url');
}

export interface ItemPage {
  items: ListItem[];
  /** The `$skiptoken` of the next page, when there is one. */
  nextToken: string | undefined;
}

export function pageItems(req: TenantRequest, ordered: ListItem[]): Result<ItemPage> {
  let size = DEFAULT_PAGE_SIZE;
  if (req.odata.top !== undefined) {
    const top = Number(req.odata.top);
    if (!Number.isInteger(top) || top < 1) {
      return {
        ok: false,
        reply: spErrors.invalid(`Invalid page size specified: '${req.odata.top}'.`),
      };
    }
    size = Math.min(top, MAX_PAGE_SIZE);
  }
  const custom = (req.odata.orderBy ?? []).length > 0;
  let start = 0;
  if (req.odata.skipToken !== undefined) {
    const params = new URLSearchParams(
      Buffer.from(req.odata.skipToken, 'base64url').toString('utf8'),
    );
    const lastId = Number(params.get('p_ID'));
    const index = params.get('p_Index');
    if (params.get('Paged') !== 'TRUE' || !Number.isInteger(lastId)) {
      return { ok: false, reply: spErrors.invalid('The skip token is not valid.') };
    }
    start = index !== null ? Number(index) : ordered.findIndex((item) => item.id > lastId);
    if (start === -1 || Number.isNaN(start)) start = ordered.length;
  }
  const items = ordered.slice(start, start + size);
  const last = items[items.length - 1];
  const more = start + size < ordered.length && last !== undefined;
  return {
    ok: true,
    value: {
      items,
      nextToken: more ? encodeToken(last.id, custom ? start + size : undefined) : undefined,
    },
  };
}
