// site: https://learn.microsoft.com/graph/api/resources/site
// list: https://learn.microsoft.com/graph/api/resources/list
// permission: https://learn.microsoft.com/graph/api/resources/permission
import type { TenantContext } from '../../core/context';
import { odataContext } from '../collections';
import { identitySet } from './identity';
import type { SharePointList, Site, SitePermission } from './state';

export function siteWebUrl(site: Site): string {
  return `https://${site.hostname}${site.isRoot ? '' : site.serverRelativeUrl}`;
}

/** `sites('host%2Cguid%2Cguid')`: how Graph names a site inside @odata.context. */
export function siteContext(ctx: TenantContext, site: Site, rest = ''): string {
  return odataContext(ctx, `sites('${encodeURIComponent(site.id)}')${rest}`);
}

export function listWebUrl(site: Site, list: SharePointList): string {
  return `${siteWebUrl(site)}/Lists/${encodeURIComponent(list.name)}`;
}

export function quotedEtag(guid: string, version: number): string {
  return `"${guid},${String(version)}"`;
}

const SITE_PROPERTIES = [
  'createdDateTime',
  'description',
  'id',
  'lastModifiedDateTime',
  'name',
  'webUrl',
  'displayName',
  'root',
  'siteCollection',
];

export function unknownSiteProperty(select: string[] | undefined): string | undefined {
  return select?.find((name) => !SITE_PROPERTIES.includes(name));
}

export function projectSite(site: Site, select: string[] | undefined): Record<string, unknown> {
  const full: Record<string, unknown> = {
    createdDateTime: site.createdDateTime,
    description: site.description,
    id: site.id,
    lastModifiedDateTime: site.lastModifiedDateTime,
    name: site.name,
    webUrl: siteWebUrl(site),
    displayName: site.displayName,
    ...(site.isRoot ? { root: {} } : {}),
    siteCollection: { hostname: site.hostname },
  };
  if (!select) return full;
  return Object.fromEntries(Object.entries(full).filter(([key]) => select.includes(key)));
}

const LIST_PROPERTIES = [
  'createdDateTime',
  'description',
  'eTag',
  'id',
  'lastModifiedDateTime',
  'name',
  'webUrl',
  'displayName',
  'createdBy',
  'lastModifiedBy',
  'parentReference',
  'list',
];

export function unknownListProperty(select: string[] | undefined): string | undefined {
  return select?.find((name) => !LIST_PROPERTIES.includes(name));
}

export function projectList(
  site: Site,
  list: SharePointList,
  select: string[] | undefined,
): Record<string, unknown> {
  const etag = quotedEtag(list.id, list.version);
  const full: Record<string, unknown> = {
    createdDateTime: list.createdDateTime,
    description: list.description,
    eTag: etag,
    id: list.id,
    lastModifiedDateTime: list.lastModifiedDateTime,
    name: list.name,
    webUrl: listWebUrl(site, list),
    displayName: list.displayName,
    createdBy: identitySet(list.createdBy),
    lastModifiedBy: identitySet(list.lastModifiedBy),
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
  const picked = select
    ? Object.fromEntries(Object.entries(full).filter(([key]) => select.includes(key)))
    : full;
  return { '@odata.etag': etag, ...picked };
}

export function projectPermission(permission: SitePermission): Record<string, unknown> {
  const identities = [{ application: { ...permission.application } }];
  return {
    id: permission.id,
    '@deprecated.GrantedToIdentities':
      'GrantedToIdentities has been deprecated. Refer to GrantedToIdentitiesV2',
    roles: [...permission.roles],
    grantedToIdentities: identities,
    grantedToIdentitiesV2: identities,
  };
}
