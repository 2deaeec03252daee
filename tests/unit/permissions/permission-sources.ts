/**
 * Everything that repeats the product's permission list, read from where it lives, and the
 * comparison that names each disagreement. The drift test runs it on the real sources and on
 * mutated copies (to prove it notices).
 */
import { readFileSync } from 'node:fs';
import {
  GRAPH_PERMISSIONS,
  HOST_CLIENT_APPS,
  MICROSOFT_GRAPH_APP_ID,
  graphPermissionId,
  readPermissionTable,
  renderPermissionTable,
  tableCells,
  type GraphPermission,
} from '../../../src/app/permissions';
import { SCOPES } from '../../../src/adapters/graph/shared/scopes';
import { SIGN_IN_SCOPES } from '../../../src/web/auth/sign-in-machine';
import { HR_ADMIN_ROLE, REQUIRED_SCOPE } from '../../../src/server/auth/caller';
import {
  API_APP_ID,
  GRAPH_APP_ID,
  HR_ADMIN_ROLE as TENANT_HR_ADMIN_ROLE,
  SPA_APP_ID,
} from '../../../src/local-tenant';
import { buildSeedState } from '../../../src/local-tenant/seed/build-state';

export interface AadManifest {
  identifierUris: string[];
  api: {
    requestedAccessTokenVersion: number;
    oauth2PermissionScopes: { value: string }[];
    preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
  };
  appRoles: { value: string; allowedMemberTypes: string[] }[];
  requiredResourceAccess: {
    resourceAppId: string;
    resourceAccess: { id: string; type: string }[];
  }[];
  spa: { redirectUris: string[] };
}

export interface PermissionSources {
  aadManifest: AadManifest;
  /** `webApplicationInfo.resource` of the Teams app manifest. */
  teamsResource: string;
  adminGuide: string;
  /** Every scope the web app asks Entra for (sign-in and each Graph call). */
  requestedScopes: string[];
  /** The local tenant's seeded consent for the SPA on Graph. */
  tenantSpaScopes: string[];
  /** The local tenant's delegated Graph consent for the API (on-behalf-of, tests only). */
  tenantApiDelegated: string[];
  /** The local tenant's seeded application permissions of the API on Graph. */
  tenantApiRoles: string[];
  /** Graph's catalogue in the local tenant: delegated scope → consent type. */
  tenantScopeTypes: Map<string, string>;
  tenantGraphRoles: string[];
  tenantHrAdminRole: string;
  apiScope: string;
  apiHrAdminRole: string;
}

const read = (path: string): string =>
  readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

export function readPermissionSources(): PermissionSources {
  const state = buildSeedState({
    kind: 'empty',
    now: new Date('2025-03-03T09:00:00Z'),
    spaRedirectUris: [],
    apiClientSecret: 'not-a-secret',
    signingKeys: [],
    clock: { offsetMs: 0, frozenAtMs: null },
    hooks: [],
  });
  const graph = state.applications.find((app) => app.appId === GRAPH_APP_ID);
  const spaGrant = state.permissionGrants.find(
    (grant) => grant.clientAppId === SPA_APP_ID && grant.resourceAppId === GRAPH_APP_ID,
  );
  const apiGrant = state.permissionGrants.find(
    (grant) => grant.clientAppId === API_APP_ID && grant.resourceAppId === GRAPH_APP_ID,
  );
  const teams = JSON.parse(read('manifest/manifest.json')) as {
    webApplicationInfo: { resource: string };
  };
  return {
    aadManifest: JSON.parse(read('aad.manifest.json')) as AadManifest,
    teamsResource: teams.webApplicationInfo.resource,
    adminGuide: read('docs/admin-guide.md'),
    requestedScopes: [...SIGN_IN_SCOPES, ...Object.values(SCOPES).flat()],
    tenantSpaScopes: (spaGrant?.scope ?? '').split(' ').filter((scope) => scope !== ''),
    tenantApiDelegated: (apiGrant?.scope ?? '').split(' ').filter((scope) => scope !== ''),
    tenantApiRoles: state.appRoleAssignments
      .filter((a) => a.principalId === API_APP_ID && a.resourceAppId === GRAPH_APP_ID)
      .map((a) => a.appRoleValue),
    tenantScopeTypes: new Map(
      (graph?.oauth2PermissionScopes ?? []).map((scope) => [scope.value, scope.type]),
    ),
    tenantGraphRoles: (graph?.appRoles ?? []).map((role) => role.value),
    tenantHrAdminRole: TENANT_HR_ADMIN_ROLE,
    apiScope: REQUIRED_SCOPE,
    apiHrAdminRole: HR_ADMIN_ROLE,
  };
}

const sorted = (items: Iterable<string>): string[] => [...new Set(items)].sort();
const same = (a: Iterable<string>, b: Iterable<string>): boolean =>
  JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

function differ(where: string, found: Iterable<string>, wanted: Iterable<string>): string[] {
  if (same(found, wanted)) return [];
  const have = new Set(found);
  const want = new Set(wanted);
  const missing = [...want].filter((item) => !have.has(item));
  const extra = [...have].filter((item) => !want.has(item));
  return [`${where}: missing [${missing.join(', ')}], not in the list [${extra.join(', ')}]`];
}

/** Each place that disagrees with the list, in words that say what to fix; empty when none. */
export function permissionDrift(
  sources: PermissionSources,
  permissions: readonly GraphPermission[] = GRAPH_PERMISSIONS,
): string[] {
  const delegated = permissions.filter((p) => p.kind === 'delegated');
  const application = permissions.filter((p) => p.kind === 'application');
  const names = (list: readonly GraphPermission[]): string[] => list.map((p) => p.name);
  const key = (id: string, type: string) => `${type}:${id}`;
  const manifest = sources.aadManifest;
  const graphAccess = manifest.requiredResourceAccess.filter(
    (resource) => resource.resourceAppId === MICROSOFT_GRAPH_APP_ID,
  );
  const drift = [
    ...differ(
      'aad.manifest.json requiredResourceAccess (npm run docs:permissions)',
      graphAccess.flatMap((r) => r.resourceAccess.map((a) => key(a.id, a.type))),
      permissions.map((p) => key(graphPermissionId(p), p.kind === 'delegated' ? 'Scope' : 'Role')),
    ),
    ...differ(
      'aad.manifest.json resources other than Microsoft Graph',
      manifest.requiredResourceAccess.map((r) => r.resourceAppId),
      [MICROSOFT_GRAPH_APP_ID],
    ),
    ...differ(
      'aad.manifest.json preAuthorizedApplications (npm run docs:permissions)',
      manifest.api.preAuthorizedApplications.map((app) => app.appId),
      HOST_CLIENT_APPS.map((app) => app.appId),
    ),
    ...differ(
      'scopes the web app requests (SCOPES, SIGN_IN_SCOPES)',
      sources.requestedScopes,
      names(delegated),
    ),
    ...differ(
      'local tenant consent for the SPA (SPA_GRAPH_SCOPES)',
      sources.tenantSpaScopes,
      names(delegated),
    ),
    ...differ(
      'local tenant application permissions of the API (API_APPLICATION_GRAPH_ROLES)',
      sources.tenantApiRoles,
      names(application),
    ),
  ];
  const extraApiScopes = sources.tenantApiDelegated.filter((s) => !names(delegated).includes(s));
  if (extraApiScopes.length > 0) {
    drift.push(
      `local tenant delegated consent of the API beyond the list: ${extraApiScopes.join(', ')}`,
    );
  }
  for (const p of delegated) {
    const type = sources.tenantScopeTypes.get(p.name);
    if (type !== (p.adminConsent ? 'Admin' : 'User')) {
      drift.push(
        `local tenant Graph catalogue: ${p.name} is ${type ?? 'missing'}, the list says admin consent ${String(p.adminConsent)}`,
      );
    }
  }
  for (const p of application) {
    if (!sources.tenantGraphRoles.includes(p.name)) {
      drift.push(`local tenant Graph catalogue: application permission ${p.name} is missing`);
    }
  }
  const table = readPermissionTable(sources.adminGuide);
  const wantedTable = JSON.stringify(tableCells(renderPermissionTable(permissions)));
  if (table === undefined || JSON.stringify(tableCells(table)) !== wantedTable) {
    drift.push(
      table === undefined
        ? 'docs/admin-guide.md has no <!-- permissions:begin --> … <!-- permissions:end --> table'
        : 'docs/admin-guide.md permission table differs from the list: run npm run docs:permissions',
    );
  }
  if (manifest.api.requestedAccessTokenVersion !== 2) {
    drift.push('aad.manifest.json: the API accepts only v2 tokens (requestedAccessTokenVersion 2)');
  }
  if (!manifest.identifierUris.includes(sources.teamsResource)) {
    drift.push(
      `aad.manifest.json identifierUris lacks ${sources.teamsResource} (manifest.json webApplicationInfo.resource)`,
    );
  }
  if (!manifest.api.oauth2PermissionScopes.some((scope) => scope.value === sources.apiScope)) {
    drift.push(`aad.manifest.json exposes no ${sources.apiScope} scope`);
  }
  for (const role of new Set([sources.apiHrAdminRole, sources.tenantHrAdminRole])) {
    if (!manifest.appRoles.some((r) => r.value === role && r.allowedMemberTypes.includes('User'))) {
      drift.push(`aad.manifest.json has no user app role ${role}`);
    }
  }
  if (!manifest.spa.redirectUris.some((uri) => uri.startsWith('brk-multihub://'))) {
    drift.push('aad.manifest.json lacks the brk-multihub:// redirect URI nested app auth needs');
  }
  return drift;
}
