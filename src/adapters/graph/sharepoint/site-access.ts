// Get a site by path: https://learn.microsoft.com/graph/api/site-getbypath
// Sites.Selected grants: https://learn.microsoft.com/graph/api/site-post-permissions (create,
// `roles: ["write"]` with `grantedToIdentities`), .../site-update-permission (PATCH the roles),
// .../site-list-permissions; all three need Sites.FullControl.All (application, or delegated for
// a SharePoint Administrator).
import { z } from 'zod/mini';
import { PortError } from '../../../app/ports';
import { segment } from '../client';
import { SHAREPOINT_SCOPES, type SharePointGraph } from './list-client';
import { sitePath } from './site-columns';

export interface SiteRef {
  /** Composite id `hostname,siteCollectionId,webId`: what SHAREPOINT_SITE_ID holds. */
  id: string;
  webUrl: string;
  displayName: string;
}

/** The app a grant is for, as the permission names it. */
export interface GrantedApp {
  id: string;
  displayName: string;
}

/** The Sites.Selected roles, weakest first; each includes the ones before it. */
export const SITE_ROLES = ['read', 'write', 'manage', 'fullcontrol'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

/** One Graph request spelled out for an administrator to send. */
export interface GraphRequestText {
  method: 'GET' | 'POST' | 'PATCH';
  url: string;
  body?: Readonly<Record<string, unknown>>;
}

const siteAnswer = z.object({ id: z.string(), webUrl: z.string(), displayName: z.string() });
const permissionAnswer = z.object({
  id: z.string(),
  roles: z.catch(z.array(z.string()), []),
  grantedToIdentitiesV2: z.catch(
    z.optional(z.array(z.object({ application: z.exactOptional(z.object({ id: z.string() })) }))),
    undefined,
  ),
  grantedToIdentities: z.catch(
    z.optional(z.array(z.object({ application: z.exactOptional(z.object({ id: z.string() })) }))),
    undefined,
  ),
});
const permissionPage = z.object({ value: z.array(z.unknown()) });

/**
 * `hostname:/server-relative-path` from a site's address, e.g.
 * `https://contoso.sharepoint.com/sites/career` → `contoso.sharepoint.com:/sites/career`; the
 * tenant's root site (no path) is addressed by its hostname alone.
 */
export function siteAddress(siteUrl: string): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new PortError('invalid', `"${siteUrl}" is not a site address.`);
  }
  if (url.protocol !== 'https:' || url.search !== '' || url.hash !== '') {
    throw new PortError(
      'invalid',
      `"${siteUrl}" is not a site address like https://contoso.sharepoint.com/sites/career.`,
    );
  }
  const path = url.pathname
    .split('/')
    .filter((part) => part !== '')
    .map((part) => segment(decodeURIComponent(part)))
    .join('/');
  return path === '' ? url.hostname : `${url.hostname}:/${path}`;
}

const byPath = (siteUrl: string): string => `/sites/${siteAddress(siteUrl)}`;

/** The site at an address, with whatever permission the client's token carries. */
export async function findSite(graph: SharePointGraph, siteUrl: string): Promise<SiteRef> {
  const result = await graph.send({
    method: 'GET',
    path: byPath(siteUrl),
    query: { $select: 'id,webUrl,displayName' },
    scopes: SHAREPOINT_SCOPES,
  });
  const parsed = siteAnswer.safeParse(result.body);
  if (!parsed.success) throw unreadable();
  return parsed.data;
}

/** The request that finds a site's id, for an administrator who has to look it up. */
export function siteLookupRequest(graph: Pick<SharePointGraph, 'root'>, siteUrl: string) {
  return { method: 'GET', url: `${graph.root}${byPath(siteUrl)}?$select=id` } as const;
}

/**
 * The Sites.Selected grant an app needs on a site, as the requests an administrator with
 * Sites.FullControl.All sends: create the permission with `write` (the role Graph's create
 * example documents), then raise it to `role` with the id Graph answered. `siteId` may be a
 * placeholder when the site could not be read.
 */
export function siteGrantRequests(
  graph: Pick<SharePointGraph, 'root'>,
  siteId: string,
  app: GrantedApp,
  role: SiteRole,
): GraphRequestText[] {
  const permissions = `${graph.root}/sites/${siteId}/permissions`;
  const create: GraphRequestText = {
    method: 'POST',
    url: permissions,
    body: {
      roles: ['write'],
      grantedToIdentities: [{ application: { id: app.id, displayName: app.displayName } }],
    },
  };
  if (role === 'write') return [create];
  return [
    create,
    { method: 'PATCH', url: `${permissions}/{permission-id}`, body: { roles: [role] } },
  ];
}

/** An app's Sites.Selected permission on a site. */
export interface SiteGrant {
  permissionId: string;
  roles: string[];
}

const grantOf = (permission: z.infer<typeof permissionAnswer>): SiteGrant => ({
  permissionId: permission.id,
  roles: permission.roles,
});

function unreadable(): PortError {
  return new PortError('unavailable', 'Microsoft 365 answered with something unreadable.');
}

/** The app's permission on the site, or undefined; needs Sites.FullControl.All, as all grants do. */
export async function siteGrantOf(
  admin: SharePointGraph,
  siteId: string,
  appId: string,
): Promise<SiteGrant | undefined> {
  const listed = permissionPage.safeParse(
    (
      await admin.send({
        method: 'GET',
        path: `${sitePath(siteId)}/permissions`,
        scopes: SHAREPOINT_SCOPES,
      })
    ).body,
  );
  if (!listed.success) throw unreadable();
  const found = listed.data.value
    .map((raw) => permissionAnswer.safeParse(raw))
    .flatMap((p) => (p.success ? [p.data] : []))
    .find((p) =>
      [...(p.grantedToIdentitiesV2 ?? []), ...(p.grantedToIdentities ?? [])].some(
        (identity) => identity.application?.id.toLowerCase() === appId.toLowerCase(),
      ),
    );
  return found && grantOf(found);
}

/** Whether the roles include `role` or a stronger one. */
export function holdsRole(roles: readonly string[], role: SiteRole): boolean {
  const held = roles.map((r) => SITE_ROLES.indexOf(r.toLowerCase() as SiteRole));
  return held.some((rank) => rank >= SITE_ROLES.indexOf(role));
}

/**
 * Makes sure `app` holds at least `role` on the site: creates the permission with `write` if the
 * app has none, then raises it when it is weaker. Needs a client whose token carries
 * Sites.FullControl.All. Never lowers a stronger grant. Returns the grant before and after.
 */
export async function grantSiteAccess(
  admin: SharePointGraph,
  siteId: string,
  app: GrantedApp,
  role: SiteRole,
): Promise<{ before: SiteGrant | undefined; after: SiteGrant }> {
  const path = `${sitePath(siteId)}/permissions`;
  const before = await siteGrantOf(admin, siteId, app.id);
  let current = before;
  if (!current) {
    const [create] = siteGrantRequests(admin, siteId, app, 'write');
    const created = permissionAnswer.safeParse(
      (await admin.send({ method: 'POST', path, body: create?.body, scopes: SHAREPOINT_SCOPES }))
        .body,
    );
    if (!created.success) throw unreadable();
    current = grantOf(created.data);
  }
  if (holdsRole(current.roles, role)) return { before, after: current };
  const raised = permissionAnswer.safeParse(
    (
      await admin.send({
        method: 'PATCH',
        path: `${path}/${segment(current.permissionId)}`,
        body: { roles: [role] },
        scopes: SHAREPOINT_SCOPES,
      })
    ).body,
  );
  if (!raised.success) throw unreadable();
  return { before, after: grantOf(raised.data) };
}
