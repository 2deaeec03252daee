/**
 * The career API's view of the local tenant: an app-only token (client credentials, as the API
 * gets in production), the one Graph client, and the stores on the career site's lists.
 */
import { createGraphClient, type GraphClient } from '../../../src/adapters/graph/client';
import {
  createSharePointStores,
  LIST_KEYS,
  provision,
  resolveLists,
  type ListIds,
  type SharePointStores,
} from '../../../src/adapters/graph/sharepoint';
import { API_APP_ID, API_CLIENT_SECRET, type LocalTenant } from '../../../src/local-tenant';
import { CAREER_SITE_ID } from '../../../src/local-tenant/graph/sharepoint/seed';

export interface CareerSite {
  graph: GraphClient;
  siteId: string;
  lists: ListIds;
  stores: SharePointStores;
}

/**
 * Behind the stack's proxy the tenant's public URL is served by the web server, which may not be
 * listening yet: requests go straight to where the tenant listens, while URLs (issuer, nextLinks)
 * stay the public ones the tenant hands out.
 */
function tenantFetch(tenant: LocalTenant): typeof fetch {
  if (tenant.url === tenant.listenUrl) return fetch;
  return (input, init) => {
    const url = input instanceof Request ? input.url : input.toString();
    if (!url.startsWith(tenant.url)) return fetch(input, init);
    const direct = `${tenant.listenUrl}${url.slice(tenant.url.length)}`;
    return input instanceof Request ? fetch(new Request(direct, input), init) : fetch(direct, init);
  };
}

async function appToken(tenant: LocalTenant, send: typeof fetch): Promise<string> {
  const response = await send(`${tenant.authority}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: API_APP_ID,
      client_secret: API_CLIENT_SECRET,
      grant_type: 'client_credentials',
      scope: 'https://graph.microsoft.com/.default',
    }).toString(),
  });
  const body = (await response.json()) as { access_token?: unknown; error_description?: unknown };
  if (!response.ok || typeof body.access_token !== 'string') {
    throw new Error(
      `The career API could not get an app-only token from the local tenant (${String(response.status)}): ${String(body.error_description)}`,
    );
  }
  return body.access_token;
}

async function provisionLists(graph: GraphClient, siteId: string): Promise<ListIds> {
  const report = await provision(graph, siteId);
  const missing = LIST_KEYS.filter((key) => report.lists[key] === undefined);
  if (report.problems.length > 0 || missing.length > 0) {
    throw new Error(
      `Provisioning the career site failed: ${[...report.problems, ...missing].join('; ')}`,
    );
  }
  return report.lists as ListIds;
}

/** Connects as the career API; provisions the lists first when asked (idempotent). */
export async function connectCareerSite(
  tenant: LocalTenant,
  options: { provision: boolean },
): Promise<CareerSite> {
  const send = tenantFetch(tenant);
  const token = await appToken(tenant, send);
  const graph = createGraphClient({
    baseUrl: tenant.graphUrl,
    getAccessToken: () => Promise.resolve(token),
    fetch: send,
  });
  const siteId = CAREER_SITE_ID;
  const lists = options.provision
    ? await provisionLists(graph, siteId)
    : await resolveLists(graph, siteId);
  return { graph, siteId, lists, stores: createSharePointStores({ graph, siteId, lists }) };
}
