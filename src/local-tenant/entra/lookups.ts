import type { Application, DirectoryUser, TenantState } from '../state/types';

export type TenantSegment =
  | { kind: 'tenant'; id: string }
  | { kind: 'common' }
  | { kind: 'organizations' }
  | { kind: 'unknown'; value: string };

/** Entra accepts the tenant id, a verified domain, `common` and `organizations` in the path. */
export function resolveTenantSegment(state: TenantState, segment: string): TenantSegment {
  const lower = segment.toLowerCase();
  if (lower === 'common') return { kind: 'common' };
  if (lower === 'organizations') return { kind: 'organizations' };
  if (lower === state.tenant.id || lower === state.tenant.defaultDomain.toLowerCase()) {
    return { kind: 'tenant', id: state.tenant.id };
  }
  return { kind: 'unknown', value: segment };
}

export function findApplication(state: TenantState, clientId: string): Application | undefined {
  const lower = clientId.toLowerCase();
  return state.applications.find((app) => app.appId === lower && !app.firstParty);
}

/** By object id or userPrincipalName, case-insensitively, as Graph and Entra resolve them. */
export function findUser(state: TenantState, idOrUpn: string): DirectoryUser | undefined {
  const lower = idOrUpn.toLowerCase();
  return state.users.find(
    (user) => user.id === lower || user.userPrincipalName.toLowerCase() === lower,
  );
}

export function findUserByHint(state: TenantState, hint: string): DirectoryUser | undefined {
  const lower = hint.trim().toLowerCase();
  return state.users.find(
    (user) => user.userPrincipalName.toLowerCase() === lower || user.mail?.toLowerCase() === lower,
  );
}

/** Delegated scopes an admin consented to for this client on this resource. */
export function grantedScopes(
  state: TenantState,
  clientId: string,
  resourceAppId: string,
): string[] {
  return state.permissionGrants
    .filter((grant) => grant.clientAppId === clientId && grant.resourceAppId === resourceAppId)
    .flatMap((grant) => grant.scope.split(' '))
    .filter((scope) => scope !== '');
}

export function assignedRoles(
  state: TenantState,
  principalId: string,
  resourceAppId: string,
): string[] {
  return state.appRoleAssignments
    .filter((a) => a.principalId === principalId && a.resourceAppId === resourceAppId)
    .map((a) => a.appRoleValue);
}

/**
 * Entra ignores the port of loopback redirect URIs (http://localhost, http://127.0.0.1), so a
 * dev server on any port matches; everything else must match exactly.
 */
export function matchRedirectUri(
  app: Application,
  requested: string,
): Application['redirectUris'][number] | undefined {
  const exact = app.redirectUris.find((entry) => entry.uri === requested);
  if (exact) return exact;
  const loose = loopbackWithoutPort(requested);
  if (loose === undefined) return undefined;
  return app.redirectUris.find((entry) => loopbackWithoutPort(entry.uri) === loose);
}

function loopbackWithoutPort(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' || !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
    return undefined;
  }
  return `${url.protocol}//${url.hostname}${url.pathname}${url.search}`;
}
