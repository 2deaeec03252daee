import type { Application, TenantState } from '../state/types';
import { GRAPH_APP_ID, GRAPH_RESOURCE } from '../seed/well-known-apps';
import { consentRequired, type EntraError } from './entra-errors';
import { grantedScopes } from './lookups';

export const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'] as const;
export type OidcScope = (typeof OIDC_SCOPES)[number];

/** The scopes asked of one resource, e.g. Graph's `User.Read` or the API's `access_as_user`. */
export interface ResourceScopes {
  resource: Application;
  /** `aud` of the access token: the appId for v2 resources, the identifier URI for v1. */
  audience: string;
  /** How the caller named the resource, for echoing qualified scope names. */
  identifier: string;
  scopes: string[];
  isDefault: boolean;
}

export interface ScopeRequest {
  oidc: Set<OidcScope>;
  resources: ResourceScopes[];
}

export type ScopeParse = { ok: true; value: ScopeRequest } | { ok: false; problem: EntraError };

function findResource(state: TenantState, identifier: string): Application | undefined {
  const lower = identifier.toLowerCase().replace(/\/$/, '');
  return state.applications.find(
    (app) =>
      app.appId === lower ||
      app.identifierUris.some((uri) => uri.toLowerCase().replace(/\/$/, '') === lower),
  );
}

/**
 * Reads the v2 `scope` parameter like Entra: OIDC scopes, bare names meaning Microsoft Graph,
 * and `{resource}/{scope}` for anything else, including `{resource}/.default`.
 */
export function parseScopes(state: TenantState, raw: string, tenantName: string): ScopeParse {
  const oidc = new Set<OidcScope>();
  const resources: ResourceScopes[] = [];
  for (const item of new Set(raw.split(/\s+/).filter((s) => s !== ''))) {
    const oidcMatch = OIDC_SCOPES.find((scope) => scope === item.toLowerCase());
    if (oidcMatch) {
      oidc.add(oidcMatch);
      continue;
    }
    const slash = item.lastIndexOf('/');
    const identifier = slash === -1 ? GRAPH_RESOURCE : item.slice(0, slash);
    const value = slash === -1 ? item : item.slice(slash + 1);
    const resource = findResource(state, identifier);
    if (!resource) {
      return {
        ok: false,
        problem: {
          error: 'invalid_resource',
          code: 500011,
          message: `The resource principal named ${identifier} was not found in the tenant named ${tenantName}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
        },
      };
    }
    if (
      value !== '.default' &&
      !resource.oauth2PermissionScopes.some((s) => sameScope(s.value, value))
    ) {
      return {
        ok: false,
        problem: {
          error: 'invalid_scope',
          code: 650053,
          message: `The application asked for scope '${value}' that doesn't exist on the resource '${resource.appId}'. Contact the app vendor.`,
        },
      };
    }
    let entry = resources.find((r) => r.resource.appId === resource.appId);
    if (!entry) {
      const cleanIdentifier = identifier.replace(/\/$/, '');
      entry = {
        resource,
        audience:
          resource.accessTokenVersion === 2
            ? resource.appId
            : v1Audience(resource, cleanIdentifier),
        identifier: cleanIdentifier,
        scopes: [],
        isDefault: false,
      };
      resources.push(entry);
    }
    if (value === '.default') entry.isDefault = true;
    else entry.scopes.push(value);
  }
  return { ok: true, value: { oidc, resources } };
}

function v1Audience(resource: Application, identifier: string): string {
  if (resource.appId === GRAPH_APP_ID) return GRAPH_RESOURCE;
  return identifier.toLowerCase() === resource.appId ? resource.appId : identifier;
}

function sameScope(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Graph is the default resource when only OIDC scopes are asked for, as in Entra. */
export function graphDefault(state: TenantState): ResourceScopes {
  const graph = state.applications.find((app) => app.appId === GRAPH_APP_ID);
  if (!graph) throw new Error('Microsoft Graph is missing from the tenant state');
  return {
    resource: graph,
    audience: GRAPH_RESOURCE,
    identifier: GRAPH_RESOURCE,
    scopes: [],
    isDefault: false,
  };
}

export type Consent = { ok: true; scopes: string[] } | { ok: false; problem: EntraError };

/**
 * Delegated permissions come from admin consent: the token carries every consented scope of the
 * resource (not only the requested ones); asking for one not consented fails with AADSTS65001.
 */
export function checkConsent(
  state: TenantState,
  client: Application,
  wanted: ResourceScopes,
): Consent {
  const granted = grantedScopes(state, client.appId, wanted.resource.appId).filter(
    (scope) => scope !== 'offline_access',
  );
  const missing = wanted.scopes.filter((scope) => !granted.some((g) => sameScope(g, scope)));
  if (missing.length > 0 || (wanted.isDefault && granted.length === 0)) {
    return { ok: false, problem: consentRequired(client.appId, client.displayName) };
  }
  return { ok: true, scopes: granted };
}

/** The `scope` value of a token response: Graph's scopes unqualified, others qualified. */
export function responseScope(
  wanted: ResourceScopes,
  scopes: string[],
  oidc: Set<OidcScope>,
): string {
  const resourcePart =
    wanted.resource.appId === GRAPH_APP_ID
      ? scopes.filter((s) => !OIDC_SCOPES.some((o) => o === s))
      : scopes.map((s) => `${wanted.identifier}/${s}`);
  const oidcPart = [...oidc].filter((s) => s !== 'offline_access');
  return [...resourcePart, ...oidcPart].join(' ');
}
