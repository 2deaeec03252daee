import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  resolveLists,
  SHAREPOINT_SCOPES,
  type ListIds,
} from '../../../src/adapters/graph/sharepoint';
import { GraphPrivateNotes } from '../../../src/adapters/graph/notes/graph-private-notes';
import type { ManagerHistory } from '../../../src/app/ports';
import { createGraphClient, type GraphCall } from '../../../src/adapters/graph/client';
import { API_APP_ID, API_CLIENT_SECRET, type LocalTenant } from '../../../src/local-tenant';
import { ENDPOINT_LIST } from '../../../src/app/api-schemas/endpoints';
import { loadConfig } from '../../../src/server/config';
import type { ServerLog } from '../../../src/server/deps';
import { startCareerApiServer, type CareerApiServer } from '../../../src/server/main';
import { createGraphDeps } from '../../../src/server/runtime/graph-deps';
import { API_SCOPE, apiAppToken, spaSignIn, startTenant } from '../local-tenant/helpers';
import { signInGraph, upnOf, userIdOf } from '../ports/graph-harness';
import { CAREER_SITE } from '../ports/sharepoint-harness';
import { honouringNonIndexed, queriesIn, unindexedColumns } from '../ports/sharepoint-audit';

/**
 * The career API as deployed, against the local tenant: real tokens, the Graph directory with the
 * API's app-only token, and the SharePoint lists (provisioned at start).
 */
let tenant: LocalTenant;
let server: CareerApiServer;
const tokens: Record<string, string> = {};
const errors: string[] = [];
/** Every Graph request the API sent (batch steps unpacked), for the indexed-columns check. */
const graphCalls: GraphCall[] = [];
let lists: ListIds;
let managerHistory: ManagerHistory;

const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  if (url.pathname.startsWith('/v1.0/')) {
    const path = url.pathname.slice('/v1.0'.length);
    if (path === '/$batch') {
      const body = (await request.clone().json()) as {
        requests: { method: string; url: string }[];
      };
      for (const step of body.requests) graphCalls.push(callOf(step.method, step.url));
    } else {
      graphCalls.push(callOf(request.method, `${path}${url.search}`));
    }
  }
  return fetch(request);
};

function callOf(method: string, pathAndQuery: string): GraphCall {
  return { method: method as GraphCall['method'], path: pathAndQuery, scopes: [] };
}

const log: ServerLog = {
  info: () => undefined,
  warn: () => undefined,
  error: (message, details) => errors.push(`${message} ${JSON.stringify(details)}`),
};

async function call(
  who: string | undefined,
  method: string,
  path: string,
  init: { body?: unknown; ifMatch?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (who) headers.authorization = `Bearer ${tokens[who] ?? ''}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.ifMatch) headers['if-match'] = init.ifMatch;
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get('etag') ?? '',
    text,
    json: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
  };
}

const PEOPLE = ['priya.raman', 'liam.oconnor', 'fatima.alsayed', 'mateo.garcia', 'aisha.bello'];

beforeAll(async () => {
  tenant = await startTenant();
  const appToken = await apiAppToken(tenant);
  const graph = createGraphClient({
    baseUrl: tenant.graphUrl,
    getAccessToken: () => Promise.resolve(appToken),
  });
  const site = await graph.send({ method: 'GET', path: CAREER_SITE, scopes: SHAREPOINT_SCOPES });
  const siteId = (site.body as { id: string }).id;
  const config = loadConfig({
    // The local tenant serves plain http on loopback.
    TENANT_MODE: 'local',
    TENANT_ID: tenant.tenantId,
    API_CLIENT_ID: API_APP_ID,
    API_CLIENT_SECRET,
    AUTHORITY_HOST: tenant.url,
    GRAPH_BASE_URL: tenant.graphUrl,
    SHAREPOINT_SITE_ID: siteId,
    APP_ORIGINS: 'http://localhost:5173',
    ALLOWED_CLIENT_APPS: tenant.spaClientId,
  });
  const deps = await createGraphDeps(config, {
    provisionOnStart: true,
    log,
    fetch: recordingFetch,
  });
  lists = await resolveLists(graph, siteId);
  managerHistory = deps.managerHistory;
  server = await startCareerApiServer({ port: 0, deps });
  for (const key of PEOPLE) {
    tokens[key] = (await spaSignIn(tenant, upnOf(key), API_SCOPE)).access_token;
  }
}, 60_000);

afterAll(async () => {
  await server.close();
  await tenant.close();
});

describe('career API over the local tenant', () => {
  it('gives Priya her live team in one call, querying indexed columns only', async () => {
    graphCalls.length = 0;
    const team = await call('priya.raman', 'GET', '/api/team?tz=Europe/London');
    // Every report's records, asked together: one merged query per list (see read-batcher.ts).
    expect(queriesIn(graphCalls, lists).length).toBeGreaterThanOrEqual(8);
    expect(unindexedColumns(graphCalls, lists)).toEqual([]);
    expect(honouringNonIndexed(graphCalls)).toEqual([]);
    expect(team.status, team.text).toBe(200);
    const ids = (team.json.reports as { person: { id: string } }[]).map((r) => r.person.id);
    expect(ids).toContain(userIdOf(tenant, 'liam.oconnor'));
    // Aisha moved to Mateo ten days ago: the directory decides, not the stored records.
    expect(ids).not.toContain(userIdOf(tenant, 'aisha.bello'));
    expect(ids).toHaveLength(12);
  });

  it('stores a contract in SharePoint, readable by the report and refused to others', async () => {
    const liam = userIdOf(tenant, 'liam.oconnor');
    const created = await call('priya.raman', 'POST', `/api/people/${liam}/contract/versions`, {
      body: {
        terms: {
          commitments: [
            {
              party: 'report',
              kind: 'learning',
              action: 'Complete the distributed systems course and share three lessons',
              due: '2099-06-30',
            },
            {
              party: 'manager',
              kind: 'talk-to-own-manager',
              action: 'Discuss the Staff promotion case with Amara in our next 1:1',
              due: '2099-05-15',
            },
          ],
          reviews: [],
          openQuestion: '',
        },
        reason: 'initial',
        note: '',
      },
    });
    expect(created.status, created.text).toBe(201);
    const read = await call('liam.oconnor', 'GET', `/api/people/${liam}/contract`);
    expect(read.status).toBe(200);
    expect(read.etag).toBe(created.etag);
    for (const other of ['mateo.garcia', 'fatima.alsayed']) {
      expect((await call(other, 'GET', `/api/people/${liam}/contract`)).status).toBe(403);
    }
  });

  it('counts a burst of refusals in CareerRefusals and keeps Liam’s trail of real reads, paged to the oldest', async () => {
    const liam = userIdOf(tenant, 'liam.oconnor');
    const mateo = userIdOf(tenant, 'mateo.garcia');
    const contract = `/api/people/${liam}/contract`;
    expect((await call('priya.raman', 'GET', contract)).status).toBe(200);
    const refused = await Promise.all(
      Array.from({ length: 40 }, () => call('mateo.garcia', 'GET', contract)),
    );
    expect(refused.map((r) => r.status)).toEqual(Array.from({ length: 40 }, () => 403));
    expect(errors.filter((e) => e.startsWith('refusal not counted'))).toEqual([]);

    const refusals = await call('fatima.alsayed', 'GET', '/api/hr/refusals');
    expect(refusals.status, refusals.text).toBe(200);
    const rows = (
      refusals.json.items as { actorId: string; subjectId: string; count: number }[]
    ).filter((r) => r.actorId === mateo && r.subjectId === liam);
    // Also the one refusal of the test before; two rows only if the hour turned meanwhile.
    expect(rows.length).toBeLessThanOrEqual(2);
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBeGreaterThanOrEqual(40);

    const seen: { actorId: string; action: string }[] = [];
    let query = '?limit=1';
    for (let pages = 0; pages < 20; pages += 1) {
      const page = await call('liam.oconnor', 'GET', `/api/me/audit${query}`);
      expect(page.status, page.text).toBe(200);
      seen.push(...(page.json.aboutYou as { actorId: string; action: string }[]));
      if (page.json.hasMore !== true) break;
      query = `?limit=1&cursor=${encodeURIComponent(String(page.json.nextCursor))}`;
    }
    const priya = userIdOf(tenant, 'priya.raman');
    expect(seen[0]).toMatchObject({ actorId: priya, action: 'contract.read-current' });
    // Down to the oldest: Priya agreeing the contract. Her team overviews of the day are one
    // entry, listed at the last of them.
    expect(seen.at(-1)).toMatchObject({ actorId: priya, action: 'contract.create-version' });
    expect(seen).toContainEqual(
      expect.objectContaining({ actorId: priya, action: 'team.overview' }),
    );
    expect(seen.filter((e) => e.actorId === mateo)).toEqual([]);
  });

  it('two PATCHes with the same If-Match on SharePoint: one 200, one 412', async () => {
    const liam = userIdOf(tenant, 'liam.oconnor');
    const created = await call('priya.raman', 'POST', `/api/people/${liam}/conversations`, {
      body: { kind: 'full' },
    });
    expect(created.status, created.text).toBe(201);
    const path = `/api/conversations/${String(created.json.id)}`;
    const [a, b] = await Promise.all([
      call('priya.raman', 'PATCH', path, { body: { sharedNotes: 'A' }, ifMatch: created.etag }),
      call('priya.raman', 'PATCH', path, { body: { sharedNotes: 'B' }, ifMatch: created.etag }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const stored = await call('liam.oconnor', 'GET', path);
    expect(stored.json.sharedNotes).toBe(a.status === 200 ? 'A' : 'B');
  });

  it('records one manager stint when concurrent requests first see a report', async () => {
    const aisha = userIdOf(tenant, 'aisha.bello');
    expect(await managerHistory.stints(aisha)).toEqual([]);
    const replies = await Promise.all(
      Array.from({ length: 5 }, () =>
        call('mateo.garcia', 'GET', `/api/people/${aisha}/conversations`),
      ),
    );
    for (const reply of replies) expect(reply.status, reply.text).toBe(200);
    const stints = await managerHistory.stints(aisha);
    expect(stints).toHaveLength(1);
    expect(stints[0]?.managerId).toBe(userIdOf(tenant, 'mateo.garcia'));
    expect(stints[0]?.until).toBeUndefined();
  });

  it('gives HR aggregates and setup health, and nothing else', async () => {
    const aggregates = await call('fatima.alsayed', 'GET', '/api/hr/aggregates?tz=Europe/London');
    expect(aggregates.status, aggregates.text).toBe(200);
    expect(aggregates.text).not.toContain('Liam');
    const health = await call('fatima.alsayed', 'GET', '/api/hr/setup-health');
    expect(health.status).toBe(200);
    expect(health.json.ok, health.text).toBe(true);
    expect((await call('priya.raman', 'GET', '/api/hr/setup-health')).status).toBe(403);
  });

  it('never shows a private preparation note, to anyone, nor stores it in a list', async () => {
    const canary = `canary-${randomUUID()}`;
    const priya = await signInGraph(tenant, 'priya.raman');
    const notes = new GraphPrivateNotes(priya.client);
    const liam = userIdOf(tenant, 'liam.oconnor');
    await notes.write(`prep-${liam}`, `Private: ${canary}`);
    expect((await notes.read(`prep-${liam}`))?.text).toContain(canary);

    const seen: string[] = [];
    const ids = PEOPLE.map((key) => userIdOf(tenant, key));
    for (const route of ENDPOINT_LIST.filter((r) => r.method === 'get')) {
      const paths = route.path.includes('{personId}')
        ? ids.map((id) => route.path.replace('{personId}', id))
        : [route.path];
      for (const path of paths.filter((p) => !p.includes('{'))) {
        for (const who of PEOPLE) seen.push((await call(who, 'GET', path)).text);
      }
    }
    expect(seen.length).toBeGreaterThan(50);
    for (const text of seen) expect(text).not.toContain(canary);

    // Every item of every list on the career site, read with the API's own permission.
    const appToken = await apiAppToken(tenant);
    const graph = createGraphClient({
      baseUrl: tenant.graphUrl,
      getAccessToken: () => Promise.resolve(appToken),
    });
    const site = await graph.send({ method: 'GET', path: CAREER_SITE, scopes: SHAREPOINT_SCOPES });
    const siteId = (site.body as { id: string }).id;
    const lists = await graph.collect(
      { method: 'GET', path: `/sites/${siteId}/lists`, scopes: SHAREPOINT_SCOPES },
      z.object({ id: z.string() }),
    );
    let items = 0;
    for (const list of lists) {
      const raw = await graph.send({
        method: 'GET',
        path: `/sites/${siteId}/lists/${list.id}/items`,
        query: { $expand: 'fields' },
        scopes: SHAREPOINT_SCOPES,
      });
      const text = JSON.stringify(raw.body);
      items += (raw.body as { value: unknown[] }).value.length;
      expect(text).not.toContain(canary);
    }
    expect(items).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('erases a person from the SharePoint lists and names the recycle bin, with the admin steps', async () => {
    const aisha = userIdOf(tenant, 'aisha.bello');
    const erased = await call('fatima.alsayed', 'DELETE', `/api/people/${aisha}?confirm=${aisha}`);
    expect(erased.status, erased.text).toBe(200);
    const remains = erased.json.remains as { place: string; refs: string[]; purge: string }[];
    const bin = remains.find((r) => r.place === 'sharepoint-recycle-bin');
    expect(bin?.refs).toEqual(expect.arrayContaining(['CareerConversations', 'CareerCommitments']));
    expect(bin?.purge).toContain('Second-stage recycle bin');
    expect(remains.map((r) => r.place)).toContain('sharepoint-version-history');
    expect(await managerHistory.stints(aisha)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
