// Sites.Selected and the Sites.* permissions:
// https://learn.microsoft.com/graph/permissions-selected-overview
// https://learn.microsoft.com/graph/api/site-post-permissions
import type { Reply } from '../../core/reply';
import type { Caller } from '../caller';
import { spErrors } from './errors';
import type { Site, SiteRole } from './state';

/** What an operation needs, in SharePoint's order of permission levels. */
export const ACCESS = { none: 0, read: 1, write: 2, manage: 3, fullControl: 4 } as const;
export type AccessLevel = (typeof ACCESS)[keyof typeof ACCESS];

const ROLE_LEVEL: Record<SiteRole, AccessLevel> = {
  read: ACCESS.read,
  write: ACCESS.write,
  manage: ACCESS.manage,
  owner: ACCESS.fullControl,
  fullcontrol: ACCESS.fullControl,
};

/** Tenant-wide permissions grant their level on every site. */
const TENANT_WIDE: Record<string, AccessLevel> = {
  'sites.read.all': ACCESS.read,
  'sites.readwrite.all': ACCESS.write,
  'sites.manage.all': ACCESS.manage,
  'sites.fullcontrol.all': ACCESS.fullControl,
};
const SELECTED = 'sites.selected';

function heldPermissions(caller: Caller): string[] {
  const held = caller.kind === 'delegated' ? caller.scopes : caller.roles;
  return held.map((permission) => permission.toLowerCase());
}

export function hasAnySitesPermission(caller: Caller): boolean {
  return heldPermissions(caller).some((p) => p === SELECTED || p in TENANT_WIDE);
}

/** The strongest role the caller's app was granted on the site (Sites.Selected), or none. */
export function grantedLevel(site: Site, appId: string): AccessLevel {
  let level: AccessLevel = ACCESS.none;
  for (const permission of site.permissions) {
    if (permission.application.id.toLowerCase() !== appId.toLowerCase()) continue;
    for (const role of permission.roles) level = Math.max(level, ROLE_LEVEL[role]) as AccessLevel;
  }
  return level;
}

/**
 * The caller's level on a site. App-only: the strongest tenant-wide Sites.* role, or with
 * Sites.Selected the site's grant to the app. Delegated: the same from `scp`; the signed-in user's
 * own SharePoint permissions are not modelled (every user counts as a site member).
 */
export function siteAccess(caller: Caller, site: Site): AccessLevel {
  let level: AccessLevel = ACCESS.none;
  for (const permission of heldPermissions(caller)) {
    const tenantWide = TENANT_WIDE[permission];
    if (tenantWide !== undefined) level = Math.max(level, tenantWide) as AccessLevel;
    if (permission === SELECTED) {
      level = Math.max(level, grantedLevel(site, caller.appId)) as AccessLevel;
    }
  }
  return level;
}

function denial(caller: Caller): Reply {
  return caller.kind === 'application' && caller.roles.length === 0
    ? spErrors.noClaims()
    : spErrors.accessDenied();
}

/** Graph's 403 when the caller cannot reach Sites at all, before the site is even looked up. */
export function requireSitesPermission(caller: Caller): Reply | undefined {
  return hasAnySitesPermission(caller) ? undefined : denial(caller);
}

export function requireSiteAccess(
  caller: Caller,
  site: Site,
  needed: AccessLevel,
): Reply | undefined {
  return siteAccess(caller, site) >= needed ? undefined : denial(caller);
}

/** Managing Sites.Selected grants needs Sites.FullControl.All itself, not a grant on the site. */
export function requireFullControlAll(caller: Caller): Reply | undefined {
  return heldPermissions(caller).includes('sites.fullcontrol.all') ? undefined : denial(caller);
}
