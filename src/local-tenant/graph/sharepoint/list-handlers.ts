// List lists: https://learn.microsoft.com/graph/api/list-list
// Create a list: https://learn.microsoft.com/graph/api/list-create
// Get a list: https://learn.microsoft.com/graph/api/list-get
// List columns: https://learn.microsoft.com/graph/api/list-list-columns
// Create a column: https://learn.microsoft.com/graph/api/list-post-columns
// Get / update a column: https://learn.microsoft.com/graph/api/columndefinition-get,
// https://learn.microsoft.com/graph/api/columndefinition-update
// Concurrent column additions to one list: Save Conflict, see schema-saves.ts.
import { parseFilter, type FilterNode } from '../../core/odata-filter';
import { graphError, json, type Reply } from '../../core/reply';
import { ACCESS, requireSiteAccess } from './access';
import {
  checkColumnRules,
  parseColumnUpdate,
  parseNewColumn,
  projectColumn,
  templateColumns,
} from './columns';
import {
  isObject,
  objectBody,
  readBody,
  siteAccess,
  siteList,
  type Found,
  type SiteCall,
} from './context';
import { refused, replyFrom, resolveThen, resolved, type Step } from '../route-helper';
import { spErrors } from './errors';
import { beginSchemaSave } from './schema-saves';
import { identityOf } from './identity';
import { spTimestamp } from './seed';
import { projectList, siteContext, unknownListProperty } from './shapes';
import type { Column, SharePointList } from './state';

const listsContext = (call: SiteCall, entity: '' | '/$entity'): string =>
  siteContext(call.ctx, call.site, `/lists${entity ? '/$entity' : ''}`);

const badSelect = (name: string, type: string): Reply =>
  graphError(
    400,
    'BadRequest',
    `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.${type}'.`,
  );

/** `$filter` on lists: eq / ne / startswith over displayName, name or id. */
function matchesListFilter(node: FilterNode, list: SharePointList): boolean | undefined {
  if (node.type === 'and' || node.type === 'or') {
    const left = matchesListFilter(node.left, list);
    const right = matchesListFilter(node.right, list);
    if (left === undefined || right === undefined) return undefined;
    return node.type === 'and' ? left && right : left || right;
  }
  const [property, literal] =
    node.type === 'compare' ? [node.left, node.right] : node.type === 'call' ? node.args : [];
  if (property?.type !== 'property' || literal?.type !== 'literal') return undefined;
  const key = property.path;
  if (key !== 'displayName' && key !== 'name' && key !== 'id') return undefined;
  const actual = list[key].toLowerCase();
  const wanted = String(literal.value).toLowerCase();
  if (node.type === 'call')
    return node.name === 'startswith' ? actual.startsWith(wanted) : undefined;
  if (node.type !== 'compare') return undefined;
  if (node.op === 'eq') return actual === wanted;
  if (node.op === 'ne') return actual !== wanted;
  return undefined;
}

export function listLists(call: SiteCall): Reply {
  const denied = requireSiteAccess(call.req.caller, call.site, ACCESS.read);
  if (denied) return denied;
  const select = call.req.odata.select;
  const unknown = unknownListProperty(select);
  if (unknown !== undefined) return badSelect(unknown, 'list');
  let lists = call.site.lists;
  if (call.req.odata.filter !== undefined) {
    const parsed = parseFilter(call.req.odata.filter);
    if (!parsed.ok) return spErrors.invalid(parsed.message);
    const filtered: SharePointList[] = [];
    for (const list of lists) {
      const keep = matchesListFilter(parsed.node, list);
      if (keep === undefined) return spErrors.invalid('The filter is not supported on lists.');
      if (keep) filtered.push(list);
    }
    lists = filtered;
  }
  return json({
    '@odata.context': listsContext(call, ''),
    value: lists.map((list) => projectList(call.site, list, select)),
  });
}

export function getList(call: SiteCall, key: string): Promise<Reply> {
  return resolveThen(call.req, { list: siteList(call, key, ACCESS.read) }, ({ list }) =>
    listReply(call, list),
  );
}

function listReply(call: SiteCall, list: SharePointList): Reply {
  const select = call.req.odata.select;
  const unknown = unknownListProperty(select);
  if (unknown !== undefined) return badSelect(unknown, 'list');
  const body: Record<string, unknown> = {
    '@odata.context': listsContext(call, '/$entity'),
    ...projectList(call.site, list, select),
  };
  for (const expand of call.req.odata.expand ?? []) {
    if (expand.property !== 'columns') return badSelect(expand.property, 'list');
    body['columns@odata.context'] = siteContext(
      call.ctx,
      call.site,
      `/lists('${list.id}')/columns`,
    );
    body.columns = visibleColumns(list).map(projectColumn);
  }
  return json(body);
}

/** POST .../lists: a genericList with Title plus the given columns. */
export function createList(call: SiteCall): Promise<Reply> {
  const steps = { access: siteAccess(call, ACCESS.manage), input: objectBody };
  return resolveThen(call.req, steps, ({ input }) =>
    replyFrom(readNewList(call, input), (draft) => addList(call, draft)),
  );
}

interface NewList {
  id: string;
  displayName: string;
  description: string;
  columns: Column[];
}

/** A list body: a free title, the generic template, and columns that parse. */
function readNewList(call: SiteCall, input: Record<string, unknown>): Found<NewList> {
  if (input.name !== undefined) {
    return refused(
      spErrors.invalid(
        "Cannot define a 'name' for a list as it is assigned by the server. Instead, provide 'displayName'",
      ),
    );
  }
  const displayName = input.displayName;
  if (typeof displayName !== 'string' || displayName.trim() === '') {
    return refused(spErrors.invalid("A list needs a 'displayName'."));
  }
  const template = isObject(input.list) ? (input.list.template ?? 'genericList') : 'genericList';
  if (template !== 'genericList') {
    return refused(spErrors.invalid('One of the provided arguments is not acceptable.'));
  }
  const taken = call.site.lists.some(
    (list) => list.displayName.toLowerCase() === displayName.toLowerCase(),
  );
  if (taken) {
    return refused(
      spErrors.conflict(
        'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
      ),
    );
  }
  const id = call.ctx.newId();
  const columns = templateColumns(id);
  const requested = input.columns ?? [];
  if (!Array.isArray(requested)) return refused(spErrors.invalid("'columns' must be an array."));
  for (const definition of requested) {
    const column = parseNewColumn(call.ctx.newId(), definition, columns);
    if (!column.ok) return column;
    columns.push(column.value);
  }
  const description = typeof input.description === 'string' ? input.description : '';
  return resolved({ id, displayName, description, columns });
}

function addList(call: SiteCall, { id, displayName, description, columns }: NewList): Reply {
  const now = spTimestamp(call.ctx.clock.now());
  const author = identityOf(call.ctx, call.req.caller);
  const list: SharePointList = {
    id,
    name: displayName,
    displayName,
    description,
    template: 'genericList',
    createdDateTime: now,
    lastModifiedDateTime: now,
    createdBy: author,
    lastModifiedBy: author,
    version: 1,
    columns,
    items: [],
    nextItemId: 1,
  };
  call.sp.update(() => call.site.lists.push(list));
  return json(
    {
      '@odata.context': listsContext(call, '/$entity'),
      ...projectList(call.site, list, undefined),
    },
    201,
  );
}

/** Hidden columns are listed only when `hidden` is selected, as Graph does. */
function visibleColumns(list: SharePointList, select?: string[]): Column[] {
  return select?.includes('hidden') ? list.columns : list.columns.filter((c) => !c.hidden);
}

function columnsContext(call: SiteCall, list: SharePointList, suffix = ''): string {
  return siteContext(call.ctx, call.site, `/lists('${list.id}')/columns${suffix}`);
}

export function listColumns(call: SiteCall, key: string): Promise<Reply> {
  return resolveThen(call.req, { list: siteList(call, key, ACCESS.read) }, ({ list }) =>
    json({
      '@odata.context': columnsContext(call, list),
      value: visibleColumns(list, call.req.odata.select).map(projectColumn),
    }),
  );
}

function findColumn(list: SharePointList, key: string): Column | undefined {
  const lower = key.toLowerCase();
  return list.columns.find((c) => c.id === lower) ?? list.columns.find((c) => c.name === key);
}

export function getColumn(call: SiteCall, key: string, columnKey: string): Promise<Reply> {
  return resolveThen(call.req, { list: siteList(call, key, ACCESS.read) }, ({ list }) => {
    const column = findColumn(list, columnKey);
    if (!column) return spErrors.itemNotFound();
    return json({
      '@odata.context': columnsContext(call, list, '/$entity'),
      ...projectColumn(column),
    });
  });
}

export function createColumn(call: SiteCall, key: string): Promise<Reply> {
  return resolveThen(call.req, { list: siteList(call, key, ACCESS.manage) }, ({ list }) =>
    addColumn(call, list),
  );
}

/** One schema save at a time per list: a second one meanwhile is SharePoint's save conflict. */
async function addColumn(call: SiteCall, list: SharePointList): Promise<Reply> {
  const save = beginSchemaSave(call.sp, list.id, call.ctx.store.state.faults.schemaSaveMs);
  if (!save) return spErrors.saveConflict();
  try {
    const body = await readBody(call.req);
    if (!body.ok) return body.reply;
    await save.hold();
    const column = parseNewColumn(call.ctx.newId(), body.value, list.columns);
    if (!column.ok) return column.reply;
    call.sp.update(() => {
      list.columns.push(column.value);
      list.version += 1;
      list.lastModifiedDateTime = spTimestamp(call.ctx.clock.now());
    });
    return json(
      { '@odata.context': columnsContext(call, list, '/$entity'), ...projectColumn(column.value) },
      201,
    );
  } finally {
    save.end();
  }
}

function duplicates(list: SharePointList, column: Column): boolean {
  const seen = new Set<string>();
  for (const item of list.items) {
    const value = item.values[column.name];
    if (value === undefined) continue;
    const key = typeof value === 'string' ? value.toLowerCase() : String(value);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** PATCH a column: e.g. `{ "indexed": true }` on a list that is already in use. */
export function updateColumn(call: SiteCall, key: string, columnKey: string): Promise<Reply> {
  const column: Step<{ list: SharePointList; current: Column }> = async (req) => {
    const found = await siteList(call, key, ACCESS.manage)(req);
    if (!found.ok) return found;
    const current = findColumn(found.value, columnKey);
    return current ? resolved({ list: found.value, current }) : refused(spErrors.itemNotFound());
  };
  return resolveThen(call.req, { column, body: readBody }, ({ column: { list, current }, body }) =>
    changeColumn(call, { list, current }, body),
  );
}

function changeColumn(
  call: SiteCall,
  at: { list: SharePointList; current: Column },
  body: unknown,
): Reply {
  const { list, current } = at;
  return replyFrom(parseColumnUpdate(current, body), (next) => {
    const broken = checkColumnRules(next, list.columns);
    if (broken) return broken;
    if (next.enforceUniqueValues && !current.enforceUniqueValues && duplicates(list, current)) {
      return spErrors.invalid(
        'This field contains duplicate values. Remove all duplicate values and try the operation again.',
      );
    }
    call.sp.update(() => {
      Object.assign(current, next);
      list.version += 1;
      list.lastModifiedDateTime = spTimestamp(call.ctx.clock.now());
    });
    return json({
      '@odata.context': columnsContext(call, list, '/$entity'),
      ...projectColumn(current),
    });
  });
}
