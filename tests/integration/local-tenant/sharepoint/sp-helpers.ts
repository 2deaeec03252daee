import { expect } from 'vitest';
import {
  GRAPH_APP_ID,
  SPA_APP_ID,
  stableGuid,
  type LocalTenant,
} from '../../../../src/local-tenant';
import { graph, postToken } from '../helpers';

export {
  CAREER_SITE_ID,
  CAREER_SITE_PATH,
  OTHER_SITE_ID,
  ROOT_SITE_ID,
  SHAREPOINT_HOSTNAME,
} from '../../../../src/local-tenant/graph/sharepoint/seed';

export type Json = Record<string, unknown>;

/**
 * Registers a confidential client app in the tenant with the given Graph application permissions
 * (admin-consented), and returns an app-only Graph token for it.
 */
export async function appToken(
  tenant: LocalTenant,
  name: string,
  roles: string[],
): Promise<{ appId: string; token: string }> {
  const appId = stableGuid(`test-app:${name}`);
  const secret = `secret-${name}`;
  tenant.state.update((state) => {
    if (!state.applications.some((app) => app.appId === appId)) {
      state.applications.push({
        appId,
        id: stableGuid(`test-app:${name}:object`),
        servicePrincipalId: stableGuid(`test-app:${name}:sp`),
        displayName: name,
        firstParty: false,
        isPublicClient: false,
        redirectUris: [],
        logoutUrls: [],
        passwordCredentials: [
          {
            keyId: stableGuid(`test-app:${name}:key`),
            displayName: 'test',
            secretText: secret,
            hint: secret.slice(0, 3),
            endDateTime: new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString(),
          },
        ],
        identifierUris: [],
        accessTokenVersion: 2,
        oauth2PermissionScopes: [],
        appRoles: [],
      });
    }
    state.appRoleAssignments = state.appRoleAssignments.filter((a) => a.principalId !== appId);
    for (const role of roles) {
      state.appRoleAssignments.push({
        principalType: 'ServicePrincipal',
        principalId: appId,
        resourceAppId: GRAPH_APP_ID,
        appRoleValue: role,
      });
    }
  });
  const result = await postToken(tenant, {
    client_id: appId,
    client_secret: secret,
    grant_type: 'client_credentials',
    scope: 'https://graph.microsoft.com/.default',
  });
  expect(result.status, JSON.stringify(result.json)).toBe(200);
  return { appId, token: String(result.json.access_token) };
}

/** Adds delegated Graph scopes to the SPA's admin consent (for delegated SharePoint calls). */
export function consentSpaScopes(tenant: LocalTenant, scopes: string[]): void {
  tenant.state.update((state) => {
    const grant = state.permissionGrants.find(
      (g) => g.clientAppId === SPA_APP_ID && g.resourceAppId === GRAPH_APP_ID,
    );
    if (grant) grant.scope = [...new Set([...grant.scope.split(' '), ...scopes])].join(' ');
  });
}

export function sitePath(siteId: string, rest = ''): string {
  return `/sites/${siteId}${rest}`;
}

export async function createList(
  tenant: LocalTenant,
  token: string,
  siteId: string,
  body: Json,
): Promise<Json> {
  const created = await graph(tenant, token, sitePath(siteId, '/lists'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

export async function send(
  tenant: LocalTenant,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: Json }> {
  return graph(tenant, token, path, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
