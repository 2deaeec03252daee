import type { LocalTenant } from '../../../src/local-tenant';
import { DELEGATED_PERMISSIONS } from '../../../src/app/permissions';
import { createGraphClient, type GraphClient } from '../../../src/adapters/graph/client';
import { spaSignIn, startTenant } from '../local-tenant/helpers';

/** Every Graph scope the SPA has consent for: one token serves all adapters, as MSAL's would. */
export const SPA_GRAPH_SCOPES = DELEGATED_PERMISSIONS.map(({ name }) =>
  ['openid', 'profile', 'offline_access'].includes(name)
    ? name
    : `https://graph.microsoft.com/${name}`,
).join(' ');

export const upnOf = (key: string): string => `${key}@contoso-demo.example`;

export interface SignedInGraph {
  client: GraphClient;
  token: string;
  /** Waits the client would have slept, in order (the injected sleep records and returns). */
  waits: number[];
  userId: string;
}

export function userIdOf(tenant: LocalTenant, key: string): string {
  const user = tenant.state.state.users.find(
    (u) => u.userPrincipalName.toLowerCase() === upnOf(key),
  );
  if (!user) throw new Error(`no demo person ${key}`);
  return user.id;
}

/** Signs a demo person in through the real authorize + token flow and builds the one client. */
export async function signInGraph(
  tenant: LocalTenant,
  key: string,
  options: { fetch?: typeof fetch } = {},
): Promise<SignedInGraph> {
  const tokens = await spaSignIn(tenant, upnOf(key), SPA_GRAPH_SCOPES);
  const waits: number[] = [];
  const client = createGraphClient({
    baseUrl: tenant.graphUrl,
    getAccessToken: () => Promise.resolve(tokens.access_token),
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return { client, token: tokens.access_token, waits, userId: userIdOf(tenant, key) };
}

export async function startDemoTenant(): Promise<LocalTenant> {
  return startTenant();
}

/** Sets the tenant's fault knobs (loopback control, not part of Graph). */
export async function setFaults(tenant: LocalTenant, faults: Record<string, unknown>) {
  const response = await fetch(`${tenant.url}/_local/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`faults: ${String(response.status)} ${await response.text()}`);
}

export async function clearFaults(tenant: LocalTenant) {
  await fetch(`${tenant.url}/_local/faults`, { method: 'DELETE' });
}
