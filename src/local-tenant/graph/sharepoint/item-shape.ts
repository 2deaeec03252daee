// listItem: https://learn.microsoft.com/graph/api/resources/listitem
import type { TenantContext } from '../../core/context';
import { identitySet, lookupIdOf, SHAREPOINT_APP_LOOKUP_ID } from './identity';
import { SYSTEM_FIELDS } from './field-values';
import { listWebUrl, quotedEtag, siteContext } from './shapes';
import type { Identity, ListItem, SharePointList, Site } from './state';

export function itemEtag(item: ListItem): string {
  return quotedEtag(item.uniqueId, item.version);
}

/** Accepts `*`, `"guid,3"`, `guid,3` and `W/"guid,3"`, as clients quote ETags differently. */
export function etagMatches(item: ListItem, ifMatch: string): boolean {
  const clean = ifMatch.trim().replace(/^W\//, '').replace(/^"|"$/g, '').toLowerCase();
  return clean === '*' || clean === `${item.uniqueId},${String(item.version)}`;
}

function authorIds(site: Site, identity: Identity): { lookup: string; app?: string } {
  if (identity.kind === 'application') {
    const app = lookupIdOf(site, identity);
    return { lookup: String(SHAREPOINT_APP_LOOKUP_ID), ...(app ? { app: String(app) } : {}) };
  }
  return { lookup: String(lookupIdOf(site, identity) ?? '') };
}

/** Names `$expand=fields($select=...)` may ask for: columns, person lookups, system fields. */
export function unknownFieldName(list: SharePointList, names: string[]): string | undefined {
  return names.find(
    (name) =>
      !SYSTEM_FIELDS.includes(name) &&
      !list.columns.some(
        (column) =>
          column.name === name ||
          (column.type === 'personOrGroup' && `${column.name}LookupId` === name),
      ),
  );
}

/** The item's fieldValueSet, in the order SharePoint returns it; empty values are left out. */
export function projectFields(
  site: Site,
  list: SharePointList,
  item: ListItem,
  select: string[] | undefined,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const column of list.columns) {
    if (column.builtIn && column.name !== 'Title') continue;
    const value = item.values[column.name];
    if (value === undefined) continue;
    if (column.hidden && !select?.includes(column.name)) continue;
    if (column.type === 'personOrGroup') values[`${column.name}LookupId`] = String(value);
    else values[column.name] = value;
  }
  const title = typeof item.values.Title === 'string' ? item.values.Title : '';
  const author = authorIds(site, item.createdBy);
  const editor = authorIds(site, item.lastModifiedBy);
  const system: Record<string, unknown> = {
    id: String(item.id),
    ContentType: 'Item',
    Modified: item.lastModifiedDateTime,
    Created: item.createdDateTime,
    AuthorLookupId: author.lookup,
    EditorLookupId: editor.lookup,
    ...(author.app ? { AppAuthorLookupId: author.app } : {}),
    ...(editor.app ? { AppEditorLookupId: editor.app } : {}),
    _UIVersionString: `${String(item.version)}.0`,
    Attachments: false,
    Edit: '',
    LinkTitleNoMenu: title,
    LinkTitle: title,
    ItemChildCount: '0',
    FolderChildCount: '0',
    _ComplianceFlags: '',
    _ComplianceTag: '',
    _ComplianceTagWrittenTime: '',
    _ComplianceTagUserId: '',
  };
  const all = { ...values, ...system };
  const picked = select
    ? Object.fromEntries(Object.entries(all).filter(([key]) => select.includes(key)))
    : all;
  return { '@odata.etag': itemEtag(item), ...picked };
}

export function fieldsContext(
  ctx: TenantContext,
  site: Site,
  list: SharePointList,
  item: ListItem,
): string {
  return siteContext(ctx, site, `/lists('${list.id}')/items('${String(item.id)}')/fields/$entity`);
}

const ITEM_PROPERTIES = [
  'createdDateTime',
  'eTag',
  'id',
  'lastModifiedDateTime',
  'webUrl',
  'createdBy',
  'lastModifiedBy',
  'parentReference',
  'contentType',
  'fields',
];

export function unknownItemProperty(select: string[] | undefined): string | undefined {
  return select?.find((name) => !ITEM_PROPERTIES.includes(name));
}

export interface ItemShapeOptions {
  select: string[] | undefined;
  /** Undefined: no fields; otherwise the `$select` inside `fields(...)` (undefined for all). */
  fields: { select: string[] | undefined } | undefined;
}

export function projectItem(
  ctx: TenantContext,
  site: Site,
  list: SharePointList,
  item: ListItem,
  options: ItemShapeOptions,
): Record<string, unknown> {
  const etag = itemEtag(item);
  const full: Record<string, unknown> = {
    createdDateTime: item.createdDateTime,
    eTag: etag,
    id: String(item.id),
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${listWebUrl(site, list)}/${String(item.id)}_.000`,
    createdBy: identitySet(item.createdBy),
    lastModifiedBy: identitySet(item.lastModifiedBy),
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: `0x0100${list.id.replace(/-/g, '').toUpperCase()}`, name: 'Item' },
  };
  const picked = options.select
    ? Object.fromEntries(Object.entries(full).filter(([key]) => options.select?.includes(key)))
    : full;
  const shaped: Record<string, unknown> = { '@odata.etag': etag, ...picked };
  if (options.fields) {
    shaped['fields@odata.context'] = fieldsContext(ctx, site, list, item);
    shaped.fields = projectFields(site, list, item, options.fields.select);
  }
  return shaped;
}
