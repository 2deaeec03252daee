import type { SeedInput } from '../../seed/build-state';
import { API_APP_ID, stableGuid } from '../../seed/well-known-apps';
import type { DirectoryUser, TenantState } from '../../state/types';
import { SHAREPOINT_SLICE, type SharePointState, type Site, type SiteRole } from './state';

/** The tenant's SharePoint host, the stand-in for `contoso.sharepoint.com`. */
export const SHAREPOINT_HOSTNAME = 'contosodemo.sharepoint.com';
export const CAREER_SITE_PATH = '/sites/career-conversations';
export const OTHER_SITE_PATH = '/sites/leadership-team';

function siteIdOf(path: string): { id: string; siteCollectionId: string; webId: string } {
  const siteCollectionId = stableGuid(`sharepoint:site:${path}`);
  const webId = stableGuid(`sharepoint:web:${path}`);
  return { id: `${SHAREPOINT_HOSTNAME},${siteCollectionId},${webId}`, siteCollectionId, webId };
}

/** Composite ids ('hostname,siteCollectionGuid,webGuid') of the seeded sites, stable across seeds. */
export const ROOT_SITE_ID = siteIdOf('/').id;
export const CAREER_SITE_ID = siteIdOf(CAREER_SITE_PATH).id;
export const OTHER_SITE_ID = siteIdOf(OTHER_SITE_PATH).id;

/**
 * The career API provisions its own lists at start (Sites.Selected with `manage`: create lists and
 * columns, and read and write items; `manage` includes `write` as in SharePoint's permission levels).
 */
export const CAREER_API_SITE_ROLES: SiteRole[] = ['manage'];

/** Real Graph names a site permission of an app by its SharePoint claim, base64-encoded. */
export function sitePermissionId(appId: string, tenantId: string): string {
  return Buffer.from(`i:0i.t|ms.sp.ext|${appId}@${tenantId}`).toString('base64');
}

/** SharePoint reserves the first lookup ids (site owners, system); people start above them. */
const FIRST_USER_LOOKUP_ID = 10;

export function userPrincipalKey(userId: string): string {
  return `user:${userId}`;
}

export function appPrincipalKey(appId: string): string {
  return `app:${appId}`;
}

interface SiteSpec {
  path: string;
  name: string;
  displayName: string;
  description: string;
}

function buildSite(spec: SiteSpec, created: string, users: DirectoryUser[]): Site {
  const ids = siteIdOf(spec.path);
  return {
    id: ids.id,
    hostname: SHAREPOINT_HOSTNAME,
    siteCollectionId: ids.siteCollectionId,
    webId: ids.webId,
    serverRelativeUrl: spec.path,
    name: spec.name,
    displayName: spec.displayName,
    description: spec.description,
    createdDateTime: created,
    lastModifiedDateTime: created,
    isRoot: spec.path === '/',
    permissions: [],
    lists: [],
    users: users.map((user, index) => ({
      principal: userPrincipalKey(user.id),
      lookupId: FIRST_USER_LOOKUP_ID + index,
    })),
    nextLookupId: FIRST_USER_LOOKUP_ID + users.length,
  };
}

/** SharePoint timestamps have whole seconds. */
export function spTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * Three sites: the tenant root, the product's site (no lists: the product provisions them) with
 * the career API's Sites.Selected grant, and an unrelated team site no app is granted.
 */
export function buildSharePointState(
  now: Date,
  users: DirectoryUser[],
  tenantId: string,
  apiDisplayName: string,
): SharePointState {
  const created = spTimestamp(new Date(now.getTime() - 120 * 24 * 3600 * 1000));
  const root = buildSite(
    { path: '/', name: '', displayName: 'Contoso Demo', description: 'Intranet home' },
    created,
    users,
  );
  const career = buildSite(
    {
      path: CAREER_SITE_PATH,
      name: 'career-conversations',
      displayName: 'Career Conversations',
      description: 'Development contracts, conversation records and commitments',
    },
    created,
    users,
  );
  career.permissions.push({
    id: sitePermissionId(API_APP_ID, tenantId),
    roles: [...CAREER_API_SITE_ROLES],
    application: { id: API_APP_ID, displayName: apiDisplayName },
  });
  const other = buildSite(
    {
      path: OTHER_SITE_PATH,
      name: 'leadership-team',
      displayName: 'Leadership Team',
      description: 'Leadership team documents',
    },
    created,
    users,
  );
  return { sites: [root, career, other] };
}

export function buildSharePointStateFor(state: TenantState, now: Date): SharePointState {
  const api = state.applications.find((app) => app.appId === API_APP_ID);
  return buildSharePointState(
    now,
    state.users,
    state.tenant.id,
    api?.displayName ?? 'Career Conversations API',
  );
}

export function seedSharePoint({ state, now }: SeedInput): void {
  state.features[SHAREPOINT_SLICE] = buildSharePointStateFor(state, now);
}
