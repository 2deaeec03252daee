import { performance } from 'node:perf_hooks';
import { createGraphClient } from '../../../src/adapters/graph/client';
import { SHAREPOINT_SCOPES } from '../../../src/adapters/graph/sharepoint';
import { API_APP_ID, API_CLIENT_SECRET, type LocalTenant } from '../../../src/local-tenant';
import { loadConfig } from '../../../src/server/config';
import type { CareerApiDeps, ServerLog } from '../../../src/server/deps';
import { startCareerApiServer, type CareerApiServer } from '../../../src/server/main';
import { createGraphDeps, type GraphDepsOptions } from '../../../src/server/runtime/graph-deps';
import { API_SCOPE, apiAppToken, spaSignIn, startTenant } from '../local-tenant/helpers';
import { upnOf } from '../ports/graph-harness';
import { CAREER_SITE } from '../ports/sharepoint-harness';

/** One Graph HTTP request the API sent (a `$batch` is one, with its steps listed). */
export interface GraphRequest {
  method: string;
  path: string;
  steps: { id?: string; method: string; url: string }[];
  /** While the API was answering which of the caller's requests (none: off the request path). */
  during: string | undefined;
  /** With `recordStatuses`: the answer's status, or each `$batch` step's (in `steps` order). */
  statuses?: number[];
  /** With `recordStatuses`: when it was sent and answered (performance.now()). */
  sentAt?: number;
  answeredAt?: number;
}

/**
 * The career API as deployed, over the local tenant, with every Graph HTTP request it sends
 * recorded: the budgets on requests per screen are counted here, never timed.
 */
export interface ApiHarness {
  tenant: LocalTenant;
  server: CareerApiServer;
  deps: CareerApiDeps;
  requests: GraphRequest[];
  errors: string[];
  tokenOf(key: string): Promise<string>;
  /** Calls the API as the person; the Graph requests it caused are marked with `label`. */
  call(
    who: string,
    method: string,
    path: string,
    init?: { headers?: Record<string, string>; body?: unknown; label?: string },
  ): Promise<{ status: number; headers: Headers; text: string }>;
  /** Adds a manager with `count` direct reports to the directory; returns the manager's key. */
  addTeam(key: string, count: number): Promise<string>;
  close(): Promise<void>;
}

/** A `$batch` answer's step statuses in the steps' order, or the answer's own when not one. */
async function statusesOf(
  path: string,
  steps: readonly { id?: string }[],
  response: Response,
): Promise<number[]> {
  if (path !== '/$batch' || !response.ok) return [response.status];
  const body = (await response.clone().json()) as { responses?: { id: string; status: number }[] };
  const byId = new Map((body.responses ?? []).map((step) => [step.id, step.status]));
  return steps.map((step) => byId.get(step.id ?? '') ?? 0);
}

export async function startApiHarness(
  options: Pick<GraphDepsOptions, 'readBatching'> & {
    tenant?: LocalTenant;
    /** Record each Graph answer's statuses (costs a parse of every `$batch` answer). */
    recordStatuses?: boolean;
  } = {},
): Promise<ApiHarness> {
  const tenant = options.tenant ?? (await startTenant());
  const requests: GraphRequest[] = [];
  const errors: string[] = [];
  let during: string | undefined;
  let inFlight = 0;
  const recordingFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.pathname.startsWith('/v1.0/')) {
      const path = url.pathname.slice('/v1.0'.length);
      const steps =
        path === '/$batch'
          ? ((await request.clone().json()) as { requests: GraphRequest['steps'] }).requests
          : [];
      const sent: GraphRequest = {
        method: request.method,
        path: `${path}${url.search}`,
        steps,
        during,
      };
      requests.push(sent);
      const sentAt = performance.now();
      const response = await fetch(request);
      if (options.recordStatuses) {
        sent.statuses = await statusesOf(path, steps, response);
        Object.assign(sent, { sentAt, answeredAt: performance.now() });
      }
      return response;
    }
    return fetch(request);
  };
  const log: ServerLog = {
    info: () => undefined,
    warn: () => undefined,
    error: (message, details) => errors.push(`${message} ${JSON.stringify(details)}`),
  };
  const appToken = await apiAppToken(tenant);
  const graph = createGraphClient({
    baseUrl: tenant.graphUrl,
    getAccessToken: () => Promise.resolve(appToken),
  });
  const site = await graph.send({ method: 'GET', path: CAREER_SITE, scopes: SHAREPOINT_SCOPES });
  const config = loadConfig({
    TENANT_MODE: 'local',
    TENANT_ID: tenant.tenantId,
    API_CLIENT_ID: API_APP_ID,
    API_CLIENT_SECRET,
    AUTHORITY_HOST: tenant.url,
    GRAPH_BASE_URL: tenant.graphUrl,
    SHAREPOINT_SITE_ID: (site.body as { id: string }).id,
    APP_ORIGINS: 'http://localhost:5173',
    ALLOWED_CLIENT_APPS: tenant.spaClientId,
  });
  const deps = await createGraphDeps(config, {
    provisionOnStart: true,
    log,
    fetch: recordingFetch,
    ...(options.readBatching === undefined ? {} : { readBatching: options.readBatching }),
  });
  const server = await startCareerApiServer({ port: 0, deps: { ...deps, rateLimit: false } });
  const tokens = new Map<string, string>();
  const tokenOf = async (key: string): Promise<string> => {
    let token = tokens.get(key);
    if (!token) {
      token = (await spaSignIn(tenant, upnOf(key), API_SCOPE)).access_token;
      tokens.set(key, token);
    }
    return token;
  };
  return {
    tenant,
    server,
    deps,
    requests,
    errors,
    tokenOf,
    async call(who, method, path, init = {}) {
      const headers: Record<string, string> = {
        authorization: `Bearer ${await tokenOf(who)}`,
        ...init.headers,
      };
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      // Calls made together under one label (a screen's parallel calls) share it until all end.
      if (init.label !== undefined) {
        during = init.label;
        inFlight += 1;
      }
      try {
        const response = await fetch(`${server.url}${path}`, {
          method,
          headers,
          ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        });
        return { status: response.status, headers: response.headers, text: await response.text() };
      } finally {
        if (init.label !== undefined && --inFlight === 0) during = undefined;
      }
    },
    async addTeam(key, count) {
      const add = async (body: Record<string, unknown>): Promise<string> => {
        const response = await fetch(`${tenant.url}/_local/users`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(`add user: ${await response.text()}`);
        return ((await response.json()) as { id: string }).id;
      };
      const managerId = await add({ userPrincipalName: upnOf(key), displayName: `Manager ${key}` });
      for (let i = 1; i <= count; i++) {
        await add({
          userPrincipalName: upnOf(`${key}.report${String(i)}`),
          displayName: `Report ${String(i).padStart(2, '0')} of ${key}`,
          managerId,
        });
      }
      return key;
    },
    async close() {
      await server.close();
      if (!options.tenant) await tenant.close();
    },
  };
}

const dueIn = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** `versions` agreed versions of a contract for the report, made by their manager through the API. */
export async function seedContract(
  api: ApiHarness,
  manager: string,
  reportId: string,
  versions: number,
): Promise<void> {
  const path = `/api/people/${reportId}/contract/versions`;
  let commitments: unknown[] = [
    {
      party: 'report',
      kind: 'action',
      action: 'Write a design proposal and present it',
      due: dueIn(60),
    },
    {
      party: 'manager',
      kind: 'introduction',
      action: 'Introduce them to the architecture lead',
      due: dueIn(30),
    },
  ];
  let etag: string | undefined;
  for (let n = 1; n <= versions; n++) {
    const reply = await api.call(manager, 'POST', path, {
      body: {
        terms: {
          commitments,
          reviews: [{ month: dueIn(40).slice(0, 7), aspect: 'Progress on the proposal' }],
          openQuestion: 'Whether a move into the platform team is realistic',
        },
        reason: n === 1 ? 'initial' : 'quarterly-update',
        note: n === 1 ? '' : `Version ${String(n)}`,
        timeZone: 'Europe/London',
      },
      ...(etag ? { headers: { 'if-match': etag } } : {}),
    });
    if (reply.status !== 201)
      throw new Error(`seed contract: ${String(reply.status)} ${reply.text}`);
    etag = reply.headers.get('etag') ?? undefined;
    commitments = (JSON.parse(reply.text) as { current: { commitments: unknown[] } }).current
      .commitments;
  }
}

/** The API reads the report page makes, all at once, as the web app sends them. */
export const reportPagePaths = (reportId: string): string[] => {
  const person = `/api/people/${reportId}`;
  return [
    '/api/team?tz=Europe/London',
    `${person}/contract?tz=Europe/London`,
    `${person}/contract/history`,
    `${person}/conversations`,
    `${person}/triggers`,
    `${person}/profile`,
  ];
};
