import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { apiAppToken, errorOf, graph, PRIYA, spaSignIn, startTenant } from '../helpers';
import { CAREER_SITE_ID, createList, type Json } from '../sharepoint/sp-helpers';

const LIST = `/sites/${CAREER_SITE_ID}/lists/Batch`;

interface InnerResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: Json;
}

async function batch(
  tenant: LocalTenant,
  token: string | undefined,
  payload: unknown,
  segment = '$batch',
): Promise<{ status: number; body: Json; byId: Map<string, InnerResponse> }> {
  const result = await graph(tenant, token, `/${segment}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const responses = (result.body.responses ?? []) as InnerResponse[];
  return {
    status: result.status,
    body: result.body,
    byId: new Map(responses.map((response) => [response.id, response])),
  };
}

function at(byId: Map<string, InnerResponse>, id: string): InnerResponse {
  const response = byId.get(id);
  if (!response) throw new Error(`No response ${id}`);
  return response;
}

describe('JSON batching', () => {
  let tenant: LocalTenant;
  let api: string;
  let user: string;

  beforeAll(async () => {
    tenant = await startTenant();
    api = await apiAppToken(tenant);
    user = (await spaSignIn(tenant, PRIYA)).access_token;
    await createList(tenant, api, CAREER_SITE_ID, {
      displayName: 'Batch',
      columns: [{ name: 'Step', number: {} }],
    });
  });
  afterEach(async () => {
    await fetch(`${tenant.url}/_local/faults`, { method: 'DELETE' });
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('runs each request through the normal pipeline with the batch token', async () => {
    const result = await batch(tenant, user, {
      requests: [
        { id: '1', method: 'GET', url: '/me?$select=displayName' },
        { id: '2', method: 'GET', url: 'me/manager' },
        { id: '3', method: 'GET', url: `/sites/${CAREER_SITE_ID}` },
        { id: '4', method: 'GET', url: '/nothing/here' },
      ],
    });
    expect(result.status).toBe(200);
    expect((result.body.responses as InnerResponse[]).map((r) => r.id)).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(at(result.byId, '1')).toMatchObject({
      status: 200,
      body: { displayName: 'Priya Raman' },
    });
    expect(at(result.byId, '1').headers['Content-Type']).toContain('application/json');
    expect(at(result.byId, '2').status).toBe(200);
    // A delegated token without Sites scopes is refused by SharePoint, inside the batch too.
    expect(at(result.byId, '3')).toMatchObject({
      status: 403,
      body: { error: { code: 'accessDenied' } },
    });
    expect(at(result.byId, '4').status).toBe(400);

    const appOnly = await batch(
      tenant,
      api,
      { requests: [{ id: 'a', method: 'GET', url: '/me' }] },
      '%24batch',
    );
    expect(at(appOnly.byId, 'a')).toMatchObject({
      status: 400,
      body: { error: { code: 'BadRequest' } },
    });
    const anonymous = await batch(tenant, undefined, {
      requests: [{ id: '1', method: 'GET', url: '/me' }],
    });
    expect(anonymous.status).toBe(401);
  });

  it('runs a fully sequential batch in order and fails the requests after a failed one with 424', async () => {
    const result = await batch(tenant, api, {
      requests: [
        {
          id: 'create',
          method: 'POST',
          url: `${LIST}/items`,
          headers: { 'Content-Type': 'application/json' },
          body: { fields: { Title: 'first', Step: 1 } },
        },
        {
          id: 'read',
          dependsOn: ['create'],
          method: 'GET',
          url: `${LIST}/items/1?$expand=fields`,
        },
        { id: 'missing', dependsOn: ['read'], method: 'GET', url: `${LIST}/items/999` },
        {
          id: 'update',
          dependsOn: ['missing'],
          method: 'PATCH',
          url: `${LIST}/items/999/fields`,
          headers: { 'Content-Type': 'application/json' },
          body: { Step: 2 },
        },
        { id: 'after', dependsOn: ['update'], method: 'GET', url: `${LIST}/items` },
      ],
    });
    expect(result.status).toBe(200);
    expect(at(result.byId, 'create')).toMatchObject({ status: 201, body: { id: '1' } });
    expect(at(result.byId, 'create').headers.ETag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(at(result.byId, 'read')).toMatchObject({
      status: 200,
      body: { fields: { Title: 'first', Step: 1 } },
    });
    expect(at(result.byId, 'missing').status).toBe(404);
    expect(at(result.byId, 'update').status).toBe(424);
    expect(at(result.byId, 'after').status).toBe(424);
  });

  // https://learn.microsoft.com/graph/json-batching ("Sequencing requests with the dependsOn
  // property"): Graph runs a batch either fully in parallel or as one chain, and answers any other
  // dependsOn graph with 400 (microsoftgraph/microsoft-graph-docs-contrib#2339).
  it('accepts only fully parallel or fully sequential batches', async () => {
    const get = (id: string, dependsOn?: string[]) => ({
      id,
      method: 'GET',
      url: '/me?$select=id',
      ...(dependsOn ? { dependsOn } : {}),
    });
    const mixed = [
      [get('head'), get('a', ['head']), get('b', ['head'])],
      [get('1'), get('2', ['1']), get('3')],
      [get('1'), get('2', ['1']), get('3', ['1', '2'])],
      [get('1'), get('3', ['2']), get('2', ['1'])],
    ];
    for (const requests of mixed) {
      const refused = await batch(tenant, user, { requests });
      expect(refused.status, JSON.stringify(requests)).toBe(400);
      expect(errorOf(refused.body)).toMatchObject({
        code: 'BadRequest',
        message: 'Batch should be either fully sequential or fully parallel.',
      });
    }
    const sequential = await batch(tenant, user, {
      requests: [get('1'), get('2', ['1']), get('3', ['2'])],
    });
    expect(sequential.status).toBe(200);
    expect([...sequential.byId.values()].map((r) => r.status)).toEqual([200, 200, 200]);
    const parallel = await batch(tenant, user, { requests: [get('1'), get('2'), get('3')] });
    expect(parallel.status).toBe(200);
    expect([...parallel.byId.values()].map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it('throttles inner requests one by one under the throttle fault knob', async () => {
    await fetch(`${tenant.url}/_local/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        throttle: { percent: 100, retryAfterSeconds: 7, pathPattern: '/v1.0/sites/**/items' },
      }),
    });
    const result = await batch(tenant, api, {
      requests: [
        { id: '1', method: 'GET', url: `${LIST}/items` },
        { id: '2', method: 'GET', url: `/sites/${CAREER_SITE_ID}` },
      ],
    });
    expect(result.status).toBe(200);
    expect(at(result.byId, '1')).toMatchObject({
      status: 429,
      headers: { 'Retry-After': '7' },
      body: { error: { code: 'TooManyRequests' } },
    });
    expect(at(result.byId, '2').status).toBe(200);
  });

  it('forwards inner headers such as If-Match and Prefer', async () => {
    const result = await batch(tenant, api, {
      requests: [
        {
          id: 'stale',
          method: 'PATCH',
          url: `${LIST}/items/1/fields`,
          headers: {
            'Content-Type': 'application/json',
            'If-Match': '"00000000-0000-0000-0000-000000000000,1"',
          },
          body: { Step: 5 },
        },
        {
          id: 'unindexed',
          method: 'GET',
          url: `${LIST}/items?$filter=fields/Step eq 1`,
          headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
        },
      ],
    });
    expect(at(result.byId, 'stale')).toMatchObject({
      status: 412,
      body: { error: { code: 'resourceModified' } },
    });
    expect(at(result.byId, 'unindexed').status).toBe(200);
  });

  it('refuses malformed batches as a whole', async () => {
    const tooMany = await batch(tenant, api, {
      requests: Array.from({ length: 21 }, (_, index) => ({
        id: String(index + 1),
        method: 'GET',
        url: '/users',
      })),
    });
    expect(tooMany.status).toBe(400);
    expect(errorOf(tooMany.body)).toMatchObject({
      code: 'BadRequest',
      message: 'Number of requests inside batch exceed the limit.',
    });
    const twenty = await batch(tenant, api, {
      requests: Array.from({ length: 20 }, (_, index) => ({
        id: String(index + 1),
        method: 'GET',
        url: '/users?$top=1',
      })),
    });
    expect(twenty.status).toBe(200);
    expect(twenty.byId.size).toBe(20);

    const duplicate = await batch(tenant, api, {
      requests: [
        { id: '1', method: 'GET', url: '/users' },
        { id: '1', method: 'GET', url: '/users' },
      ],
    });
    expect(errorOf(duplicate.body).message).toBe('Request Id 1 has to be unique in a batch.');
    for (const payload of [
      {},
      { requests: [] },
      { requests: [{ id: '1', url: '/users' }] },
      { requests: [{ id: '1', method: 'GET', url: '/users', dependsOn: ['2'] }] },
      {
        requests: [
          { id: '1', method: 'GET', url: '/users', dependsOn: ['2'] },
          { id: '2', method: 'GET', url: '/users', dependsOn: ['1'] },
        ],
      },
    ]) {
      const refused = await batch(tenant, api, payload);
      expect(refused.status, JSON.stringify(payload)).toBe(400);
      expect(errorOf(refused.body).message).toBe('Invalid batch payload format.');
    }
  });

  it('refuses a nested batch and bodies without a fitting Content-Type, request by request', async () => {
    const result = await batch(tenant, api, {
      requests: [
        {
          id: 'nested',
          method: 'POST',
          url: '/$batch',
          headers: { 'Content-Type': 'application/json' },
          body: { requests: [] },
        },
        { id: 'no-type', method: 'POST', url: `${LIST}/items`, body: { fields: {} } },
        {
          id: 'not-json',
          method: 'POST',
          url: `${LIST}/items`,
          headers: { 'Content-Type': 'application/json' },
          body: 'text',
        },
        { id: 'fine', method: 'GET', url: LIST },
      ],
    });
    expect(result.status).toBe(200);
    for (const id of ['nested', 'no-type', 'not-json']) {
      expect(at(result.byId, id).status, id).toBe(400);
    }
    expect(at(result.byId, 'fine').status).toBe(200);
  });
});
