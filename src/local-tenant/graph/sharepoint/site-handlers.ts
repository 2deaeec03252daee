// Get a site: https://learn.microsoft.com/graph/api/site-get
// Get a site by path: https://learn.microsoft.com/graph/api/site-getbypath
// Site permissions (Sites.Selected grants):
// https://learn.microsoft.com/graph/api/site-post-permissions
// https://learn.microsoft.com/graph/api/site-list-permissions
// https://learn.microsoft.com/graph/api/site-get-permission
// https://learn.microsoft.com/graph/api/site-update-permission
// https://learn.microsoft.com/graph/api/site-delete-permission
import { empty, graphError, json, type Reply } from '../../core/reply';
import { ACCESS, requireFullControlAll, requireSiteAccess } from './access';
import { isObject, objectBody, readBody, type SiteCall } from './context';
import { check, resolveThen, type Step } from '../route-helper';
import { spErrors } from './errors';
import { sitePermissionId, spTimestamp } from './seed';
import { projectPermission, projectSite, siteContext, unknownSiteProperty } from './shapes';
import { SITE_ROLES, type SitePermission, type SiteRole } from './state';

export function getSite(call: SiteCall): Reply {
  const denied = requireSiteAccess(call.req.caller, call.site, ACCESS.read);
  if (denied) return denied;
  const select = call.req.odata.select;
  const unknown = unknownSiteProperty(select);
  if (unknown !== undefined) {
    return graphError(
      400,
      'BadRequest',
      `Parsing OData Select and Expand failed: Could not find a property named '${unknown}' on type 'microsoft.graph.site'.`,
    );
  }
  const context = select ? `sites(${select.join(',')})/$entity` : 'sites/$entity';
  return json({
    '@odata.context': `${call.ctx.urls.graph}/$metadata#${context}`,
    ...projectSite(call.site, select),
  });
}

function parseRoles(value: unknown): SiteRole[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const roles = value.map((role) => (typeof role === 'string' ? role.toLowerCase() : ''));
  const known = roles.filter((role): role is SiteRole => SITE_ROLES.some((r) => r === role));
  return known.length === roles.length ? known : undefined;
}

/** `grantedToIdentitiesV2`, `grantedToIdentities` or `grantedTo`: one application. */
function parseGrantee(
  body: Record<string, unknown>,
): { id: string; displayName?: string } | undefined {
  for (const key of ['grantedToIdentitiesV2', 'grantedToIdentities', 'grantedTo']) {
    const value = body[key];
    const first: unknown = Array.isArray(value) ? value[0] : value;
    if (!isObject(first) || !isObject(first.application)) continue;
    const { id, displayName } = first.application;
    if (typeof id !== 'string' || id === '') return undefined;
    return { id: id.toLowerCase(), ...(typeof displayName === 'string' ? { displayName } : {}) };
  }
  return undefined;
}

function permissionsContext(call: SiteCall, suffix = ''): string {
  return siteContext(call.ctx, call.site, `/permissions${suffix}`);
}

/** Managing site permissions needs Sites.FullControl.All, checked as a step. */
const fullControl: Step<true> = check((req) => requireFullControlAll(req.caller));

export function listPermissions(call: SiteCall): Reply {
  const denied = requireFullControlAll(call.req.caller);
  if (denied) return denied;
  return json({
    '@odata.context': permissionsContext(call),
    value: call.site.permissions.map(projectPermission),
  });
}

function findPermission(call: SiteCall, id: string): SitePermission | undefined {
  return call.site.permissions.find((permission) => permission.id === id);
}

export function getPermission(call: SiteCall, id: string): Reply {
  const denied = requireFullControlAll(call.req.caller);
  if (denied) return denied;
  const permission = findPermission(call, id);
  if (!permission) return spErrors.itemNotFound();
  return json({
    '@odata.context': permissionsContext(call, '/$entity'),
    ...projectPermission(permission),
  });
}

/** One permission per application: granting again replaces the roles, as SharePoint keeps one. */
export function createPermission(call: SiteCall): Promise<Reply> {
  const steps = { access: fullControl, body: objectBody };
  return resolveThen(call.req, steps, ({ body }) => grantPermission(call, body));
}

function grantPermission(call: SiteCall, body: Record<string, unknown>): Reply {
  const roles = parseRoles(body.roles);
  if (!roles) {
    return spErrors.invalid(`Invalid roles: use one of ${SITE_ROLES.join(', ')}.`);
  }
  const grantee = parseGrantee(body);
  if (!grantee) return spErrors.invalid('A site permission must be granted to an application.');
  const known = call.ctx.store.state.applications.find((app) => app.appId === grantee.id);
  const permission = call.sp.update(() => {
    const id = sitePermissionId(grantee.id, call.ctx.tenantId);
    const existing = findPermission(call, id);
    const next: SitePermission = {
      id,
      roles,
      application: {
        id: grantee.id,
        displayName: grantee.displayName ?? known?.displayName ?? grantee.id,
      },
    };
    if (existing) Object.assign(existing, next);
    else call.site.permissions.push(next);
    call.site.lastModifiedDateTime = spTimestamp(call.ctx.clock.now());
    return next;
  });
  return json(
    { '@odata.context': permissionsContext(call, '/$entity'), ...projectPermission(permission) },
    201,
  );
}

export function updatePermission(call: SiteCall, id: string): Promise<Reply> {
  return resolveThen(call.req, { access: fullControl, body: readBody }, ({ body }) => {
    const roles = isObject(body) ? parseRoles(body.roles) : undefined;
    if (!roles) return spErrors.invalid(`Invalid roles: use one of ${SITE_ROLES.join(', ')}.`);
    const permission = findPermission(call, id);
    if (!permission) return spErrors.itemNotFound();
    call.sp.update(() => {
      permission.roles = roles;
    });
    return json({
      '@odata.context': permissionsContext(call, '/$entity'),
      ...projectPermission(permission),
    });
  });
}

export function deletePermission(call: SiteCall, id: string): Reply {
  const denied = requireFullControlAll(call.req.caller);
  if (denied) return denied;
  if (!findPermission(call, id)) return spErrors.itemNotFound();
  call.sp.update(() => {
    call.site.permissions = call.site.permissions.filter((permission) => permission.id !== id);
  });
  return empty(204);
}
