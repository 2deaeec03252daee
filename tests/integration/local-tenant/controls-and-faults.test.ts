import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_CLIENT_SECRET, type LocalTenant } from '../../../src/local-tenant';
import { PRIYA, SPA_ORIGIN, errorOf, graph, spaSignIn, startTenant } from './helpers';

async function control(
  tenant: LocalTenant,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${tenant.url}/_local${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('local controls and fault knobs', () => {
  let tenant: LocalTenant;
  let token: string;
  beforeAll(async () => {
    tenant = await startTenant();
    token = (await spaSignIn(tenant, PRIYA)).access_token;
  });
  beforeEach(async () => {
    await control(tenant, 'DELETE', '/faults');
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('throttles Graph with 429 and Retry-After, for a counted number of requests', async () => {
    const set = await control(tenant, 'PUT', '/faults', {
      throttle: { percent: 100, retryAfterSeconds: 7, remaining: 2 },
    });
    expect(set.status).toBe(200);
    for (let i = 0; i < 2; i += 1) {
      const throttled = await graph(tenant, token, '/me');
      expect(throttled.status).toBe(429);
      expect(throttled.headers.get('retry-after')).toBe('7');
      expect(errorOf(throttled.body).code).toBe('TooManyRequests');
    }
    expect((await graph(tenant, token, '/me')).status).toBe(200);
    // The token endpoint is not throttled by this knob.
    await control(tenant, 'PUT', '/faults', { throttle: { percent: 100, retryAfterSeconds: 1 } });
    expect((await fetch(`${tenant.authority}/v2.0/.well-known/openid-configuration`)).status).toBe(
      200,
    );
  });

  it('fails matching paths with 5xx, adds latency, and drops connections', async () => {
    await control(tenant, 'PUT', '/faults', {
      errors: [{ pathPattern: '/v1.0/me/**', status: 503 }],
    });
    const failed = await graph(tenant, token, '/me/directReports');
    expect(failed.status).toBe(503);
    expect(errorOf(failed.body).code).toBe('serviceNotAvailable');
    expect((await graph(tenant, token, '/me')).status).toBe(200);

    await control(tenant, 'PUT', '/faults', { latencyMs: 150 });
    const started = performance.now();
    await graph(tenant, token, '/me');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);

    await control(tenant, 'PUT', '/faults', {
      drops: [{ pathPattern: '/v1.0/users', remaining: 1 }],
    });
    await expect(
      fetch(`${tenant.graphUrl}/users`, { headers: { authorization: `Bearer ${token}` } }),
    ).rejects.toThrow();
    expect((await graph(tenant, token, '/users?$top=1')).status).toBe(200);

    const invalid = await control(tenant, 'PUT', '/faults', {
      errors: [{ pathPattern: '/x', status: 404 }],
    });
    expect(invalid.status).toBe(400);
  });

  it('drops a connection after the write is committed: the change is kept, the answer lost', async () => {
    await control(tenant, 'PUT', '/faults', {
      drops: [
        {
          pathPattern: '/v1.0/me/todo/lists/*/tasks',
          method: 'POST',
          after: 'commit',
          remaining: 1,
        },
      ],
    });
    const lists = await graph(tenant, token, '/me/todo/lists');
    const listId = String(
      (lists.body.value as { id: string; wellknownListName: string }[]).find(
        (l) => l.wellknownListName === 'defaultList',
      )?.id,
    );
    const tasks = `${tenant.graphUrl}/me/todo/lists/${listId}/tasks`;
    await expect(
      fetch(tasks, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Committed before the drop' }),
      }),
    ).rejects.toThrow();
    const after = await graph(tenant, token, `/me/todo/lists/${listId}/tasks`);
    const titles = (after.body.value as { title: string }[]).map((task) => task.title);
    expect(titles.filter((title) => title === 'Committed before the drop')).toHaveLength(1);
  });

  it('moves the clock and reports it', async () => {
    const before = await control(tenant, 'GET', '/clock');
    const moved = await control(tenant, 'POST', '/clock', { advance: 'P1DT2H' });
    expect(
      Date.parse(String(moved.json.now)) - Date.parse(String(before.json.now)),
    ).toBeGreaterThanOrEqual(26 * 3600 * 1000);
    const frozen = await control(tenant, 'POST', '/clock', {
      now: '2030-03-01T09:00:00Z',
      frozen: true,
    });
    expect(frozen.json).toMatchObject({ now: '2030-03-01T09:00:00.000Z', frozen: true });
    expect(tenant.clock.now().toISOString()).toBe('2030-03-01T09:00:00.000Z');
    expect((await control(tenant, 'POST', '/clock', { advance: 'one week' })).status).toBe(400);
    await control(tenant, 'POST', '/clock', { frozen: false, now: new Date().toISOString() });
  });

  it('changes a manager, which Graph reflects at once', async () => {
    const liam = await graph(tenant, token, '/users/liam.oconnor@contoso-demo.example?$select=id');
    const mateo = await graph(tenant, token, '/users/mateo.garcia@contoso-demo.example?$select=id');
    const moved = await control(tenant, 'PUT', `/users/${String(liam.body.id)}/manager`, {
      managerId: mateo.body.id,
    });
    expect(moved.status).toBe(200);
    const reports = await graph(tenant, token, '/me/directReports?$select=displayName');
    expect((reports.body.value as unknown[]).length).toBe(11);
    const manager = await graph(
      tenant,
      token,
      `/users/${String(liam.body.id)}/manager?$select=displayName`,
    );
    expect(manager.body.displayName).toBe('Mateo García');
  });

  it('reseeds: empty has apps but no people; reset brings the demo back', async () => {
    const empty = await control(tenant, 'POST', '/seed', { seed: 'empty' });
    expect(empty.json).toEqual({ seed: 'empty', users: 0 });
    const added = await control(tenant, 'POST', '/users', {
      userPrincipalName: 'test.person@contoso-demo.example',
      displayName: 'Test Person',
    });
    expect(added.status).toBe(201);
    expect(
      (
        await control(tenant, 'POST', '/users', {
          userPrincipalName: 'not-an-email',
          displayName: 'X',
        })
      ).status,
    ).toBe(400);
    const reset = await control(tenant, 'POST', '/seed', { seed: 'demo' });
    expect(reset.json).toEqual({ seed: 'demo', users: 30 });
    const people = await control(tenant, 'GET', '/people');
    expect((people.json.org as { people: unknown[] }).people).toHaveLength(30);
  });
});

describe('local controls are for this machine’s tools, not for web pages', () => {
  let tenant: LocalTenant;
  beforeAll(async () => {
    tenant = await startTenant();
  });
  afterAll(async () => {
    await tenant.close();
  });

  const send = (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${tenant.url}/_local${path}`, init);

  it('refuses a request from another site, whatever its method, and answers no preflight', async () => {
    const evil = { origin: 'https://evil.example' };
    const state = await send('/state', { headers: evil });
    expect(state.status).toBe(403);
    expect(state.headers.get('access-control-allow-origin')).toBeNull();
    // A "simple" cross-site POST needs no preflight: it must be refused, not just unreadable.
    const reset = await send('/reset', { method: 'POST', headers: evil, body: '' });
    expect(reset.status).toBe(403);
    const preflight = await send('/faults', {
      method: 'OPTIONS',
      headers: { ...evil, 'access-control-request-method': 'PUT' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    // The SPA's own (other) origin is another site for the tenant too.
    expect((await send('/people', { headers: { origin: SPA_ORIGIN } })).status).toBe(403);
    expect((await send('/clock', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(
      403,
    );
    expect((await send('/clock', { headers: { 'sec-fetch-site': 'same-site' } })).status).toBe(403);
    // Graph and Entra still answer other origins, as Microsoft's do.
    const discovery = await fetch(`${tenant.authority}/v2.0/.well-known/openid-configuration`, {
      headers: evil,
    });
    expect(discovery.status).toBe(200);
    expect(discovery.headers.get('access-control-allow-origin')).toBe(evil.origin);
  });

  it('answers tools (no Origin) and pages of its own origin', async () => {
    expect((await send('/clock')).status).toBe(200);
    const own = new URL(tenant.url).origin;
    expect((await send('/clock', { headers: { origin: own } })).status).toBe(200);
    expect((await send('/clock', { headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(
      200,
    );
    expect((await send('/clock', { headers: { 'sec-fetch-site': 'none' } })).status).toBe(200);
  });

  it('never returns token material from /_local/state', async () => {
    const tokens = await spaSignIn(tenant, PRIYA);
    const response = await send('/state');
    expect(response.status).toBe(200);
    const text = await response.text();
    const state = JSON.parse(text) as {
      users: unknown[];
      refreshTokens: Record<string, unknown>[];
      sessions: Record<string, unknown>[];
    };
    // What tests read stays: the directory, each feature's data, and who holds a session.
    expect(state.users.length).toBeGreaterThan(0);
    expect(state.refreshTokens.length).toBeGreaterThan(0);
    expect(state.refreshTokens[0]).toMatchObject({ userId: expect.any(String) as string });
    expect(state.sessions.length).toBeGreaterThan(0);
    const session = /ltsession=([^;]+)/.exec(tokens.cookie ?? '')?.[1];
    expect(session).toBeTruthy();
    for (const secret of [
      tokens.refresh_token,
      tokens.access_token,
      tokens.id_token,
      decodeURIComponent(session ?? ''),
      API_CLIENT_SECRET,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/"(privateJwk|handle|secretText|d)":/);
  });
});
