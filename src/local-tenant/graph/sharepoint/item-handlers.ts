// List items: https://learn.microsoft.com/graph/api/listitem-list
// Get an item: https://learn.microsoft.com/graph/api/listitem-get
// Create an item: https://learn.microsoft.com/graph/api/listitem-create
// Update an item / its fields: https://learn.microsoft.com/graph/api/listitem-update
// Delete an item: https://learn.microsoft.com/graph/api/listitem-delete
import { empty, graphError, json, type Reply } from '../../core/reply';
import { nextLink } from '../collections';
import { ACCESS, type AccessLevel } from './access';
import { objectBody, readBody, siteList, type Found, type SiteCall } from './context';
import { refused, replyFrom, resolveThen, resolved, type Step } from '../route-helper';
import { spErrors } from './errors';
import { applyWrites, checkConstraints, parseFieldWrites, type FieldWrites } from './field-values';
import { ensureLookupId, identityOf } from './identity';
import { pageItems, queryItems, type ItemPage } from './item-query';
import { indexItemAdded, indexItemRemoved, itemById, reindexItem } from './list-index';
import {
  etagMatches,
  fieldsContext,
  itemEtag,
  projectFields,
  projectItem,
  unknownFieldName,
  unknownItemProperty,
  type ItemShapeOptions,
} from './item-shape';
import { spTimestamp } from './seed';
import { siteContext } from './shapes';
import type { ListItem, SharePointList } from './state';

const badProperty = (name: string): Reply =>
  graphError(
    400,
    'BadRequest',
    `Parsing OData Select and Expand failed: Could not find a property named '${name}' on type 'microsoft.graph.listItem'.`,
  );

/** `$select` of listItem properties and `$expand=fields` with its own `$select`. */
function shapeOptions(call: SiteCall, list: SharePointList): Found<ItemShapeOptions> {
  const select = call.req.odata.select;
  const unknown = unknownItemProperty(select);
  if (unknown !== undefined) return refused(badProperty(unknown));
  let fields: ItemShapeOptions['fields'];
  for (const expand of call.req.odata.expand ?? []) {
    if (expand.property !== 'fields') return refused(badProperty(expand.property));
    const nested = (expand.options.get('$select') ?? expand.options.get('select'))
      ?.split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    const unknownField = nested ? unknownFieldName(list, nested) : undefined;
    if (unknownField !== undefined) return refused(spErrors.notRecognized(unknownField));
    fields = { select: nested };
  }
  return resolved({ select, fields });
}

function findItem(list: SharePointList, itemId: string): ListItem | undefined {
  return /^\d+$/.test(itemId) ? itemById(list, Number(itemId)) : undefined;
}

/** The list and the item the path names. */
function itemStep(
  call: SiteCall,
  at: { key: string; itemId: string },
  needed: AccessLevel,
): Step<{ list: SharePointList; item: ListItem }> {
  const list = siteList(call, at.key, needed);
  return async (req) => {
    const found = await list(req);
    if (!found.ok) return found;
    const item = findItem(found.value, at.itemId);
    return item ? resolved({ list: found.value, item }) : refused(spErrors.itemNotFound());
  };
}

function itemsContext(call: SiteCall, list: SharePointList): string {
  return siteContext(call.ctx, call.site, `/lists('${list.id}')/items`);
}

interface ItemsPage {
  list: SharePointList;
  options: ItemShapeOptions;
  page: ItemPage;
}

/**
 * The list, how its items are shown and the page of them the query asks for, as a step: each
 * part is read from the list, so the query is checked once the list is found.
 */
function itemsPage(call: SiteCall, key: string): Step<ItemsPage> {
  const list = siteList(call, key, ACCESS.read);
  return async (req) => {
    const found = await list(req);
    if (!found.ok) return found;
    const options = shapeOptions(call, found.value);
    if (!options.ok) return options;
    const matching = queryItems(req, found.value);
    if (!matching.ok) return matching;
    const page = pageItems(req, matching.value);
    if (!page.ok) return page;
    return resolved({ list: found.value, options: options.value, page: page.value });
  };
}

export function listItems(call: SiteCall, key: string): Promise<Reply> {
  return resolveThen(call.req, { found: itemsPage(call, key) }, ({ found }) => {
    const { list, options, page } = found;
    return json({
      '@odata.context': itemsContext(call, list),
      ...(page.nextToken
        ? { '@odata.nextLink': nextLink(call.ctx, call.req, page.nextToken) }
        : {}),
      value: page.items.map((item) => projectItem(call.ctx, call.site, list, item, options)),
    });
  });
}

export function getItem(call: SiteCall, key: string, itemId: string): Promise<Reply> {
  const steps = { found: itemStep(call, { key, itemId }, ACCESS.read) };
  return resolveThen(call.req, steps, ({ found: { list, item } }) =>
    replyFrom(shapeOptions(call, list), (options) =>
      itemReply(call, list, item, { options, status: 200 }),
    ),
  );
}

function itemReply(
  call: SiteCall,
  list: SharePointList,
  item: ListItem,
  shown: { options: ItemShapeOptions; status: number },
): Reply {
  return json(
    {
      '@odata.context': `${itemsContext(call, list)}/$entity`,
      ...projectItem(call.ctx, call.site, list, item, shown.options),
    },
    shown.status,
    { ETag: itemEtag(item) },
  );
}

const ALL_FIELDS: ItemShapeOptions = { select: undefined, fields: { select: undefined } };

export function createItem(call: SiteCall, key: string): Promise<Reply> {
  const steps = { list: siteList(call, key, ACCESS.write), body: objectBody };
  return resolveThen(call.req, steps, ({ list, body }) =>
    replyFrom(parseFieldWrites(call.site, list, body.fields ?? {}), (writes) =>
      addItem(call, list, writes),
    ),
  );
}

function addItem(call: SiteCall, list: SharePointList, writes: FieldWrites): Reply {
  const conflict = checkConstraints(list, writes, undefined);
  if (conflict) return conflict;
  const now = spTimestamp(call.ctx.clock.now());
  const author = identityOf(call.ctx, call.req.caller);
  const item = call.sp.update(() => {
    ensureLookupId(call.site, author);
    const created: ListItem = {
      id: list.nextItemId,
      uniqueId: call.ctx.newId(),
      version: 1,
      createdDateTime: now,
      lastModifiedDateTime: now,
      createdBy: author,
      lastModifiedBy: author,
      values: {},
    };
    applyWrites(created, writes);
    list.nextItemId += 1;
    list.items.push(created);
    indexItemAdded(list, created);
    list.lastModifiedDateTime = now;
    return created;
  });
  return itemReply(call, list, item, { options: ALL_FIELDS, status: 201 });
}

/**
 * The write itself runs synchronously after the body is read, so of two updates carrying the same
 * If-Match exactly one wins and the other gets 412, as on SharePoint.
 */
function applyUpdate(
  call: SiteCall,
  list: SharePointList,
  itemId: string,
  input: unknown,
): Found<ListItem> {
  const item = findItem(list, itemId);
  if (!item) return refused(spErrors.itemNotFound());
  const ifMatch = call.req.header('if-match');
  if (ifMatch !== undefined && !etagMatches(item, ifMatch)) return refused(spErrors.stale());
  const writes = parseFieldWrites(call.site, list, input);
  if (!writes.ok) return writes;
  const conflict = checkConstraints(list, writes.value, item);
  if (conflict) return refused(conflict);
  const editor = identityOf(call.ctx, call.req.caller);
  const now = spTimestamp(call.ctx.clock.now());
  call.sp.update(() => {
    ensureLookupId(call.site, editor);
    reindexItem(list, item, () => {
      applyWrites(item, writes.value);
    });
    item.version += 1;
    item.lastModifiedDateTime = now;
    item.lastModifiedBy = editor;
    list.lastModifiedDateTime = now;
  });
  return resolved(item);
}

/** PATCH .../items/{id}/fields with a fieldValueSet: 200 with the item's fields. */
export function updateFields(call: SiteCall, key: string, itemId: string): Promise<Reply> {
  const steps = { list: siteList(call, key, ACCESS.write), body: readBody };
  return resolveThen(call.req, steps, ({ list, body }) =>
    replyFrom(applyUpdate(call, list, itemId, body), (item) =>
      json(
        {
          '@odata.context': fieldsContext(call.ctx, call.site, list, item),
          ...projectFields(call.site, list, item, undefined),
        },
        200,
        { ETag: itemEtag(item) },
      ),
    ),
  );
}

/** PATCH .../items/{id} with `{ "fields": { ... } }`: 200 with the listItem. */
export function updateItem(call: SiteCall, key: string, itemId: string): Promise<Reply> {
  const steps = { list: siteList(call, key, ACCESS.write), body: objectBody };
  return resolveThen(call.req, steps, ({ list, body }) =>
    replyFrom(applyUpdate(call, list, itemId, body.fields ?? {}), (item) =>
      itemReply(call, list, item, { options: ALL_FIELDS, status: 200 }),
    ),
  );
}

export function deleteItem(call: SiteCall, key: string, itemId: string): Promise<Reply> {
  const steps = { found: itemStep(call, { key, itemId }, ACCESS.write) };
  return resolveThen(call.req, steps, ({ found: { list, item } }) => {
    const ifMatch = call.req.header('if-match');
    if (ifMatch !== undefined && !etagMatches(item, ifMatch)) return spErrors.stale();
    call.sp.update(() => {
      indexItemRemoved(list, item);
      list.items = list.items.filter((candidate) => candidate !== item);
      list.lastModifiedDateTime = spTimestamp(call.ctx.clock.now());
    });
    return empty(204);
  });
}
