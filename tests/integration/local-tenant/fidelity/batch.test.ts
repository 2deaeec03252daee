// JSON batching examples from https://learn.microsoft.com/graph/json-batching replayed against
// the local tenant: same request, same envelope (responses with id, status, headers, body).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { graph, PRIYA, spaSignIn, startTenant } from '../helpers';
import { expectShape } from '../sharepoint/shape';
import type { Json } from '../sharepoint/sp-helpers';

async function postBatch(tenant: LocalTenant, token: string, payload: unknown): Promise<Json> {
  const result = await graph(tenant, token, '/$batch', {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
  expect(result.status).toBe(200);
  return result.body;
}

function byId(body: Json): Map<string, Json> {
  return new Map((body.responses as Json[]).map((response) => [String(response.id), response]));
}

describe('JSON batching fidelity with https://learn.microsoft.com/graph/json-batching', () => {
  let tenant: LocalTenant;
  let user: string;

  beforeAll(async () => {
    tenant = await startTenant();
    user = (await spaSignIn(tenant, PRIYA)).access_token;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('answers the example batch request with one response per request', async () => {
    // The page's example, verbatim. The local tenant implements only some of these endpoints, so
    // the statuses differ from the page's (which are specific to its tenant); the envelope must not.
    const body = await postBatch(tenant, user, {
      requests: [
        { id: '1', method: 'GET', url: '/me/memberOf' },
        { id: '2', method: 'GET', url: '/me/planner/tasks' },
        { id: '3', method: 'DELETE', url: '/groups/0e226165-c685-41ce-8bfc-df8360ab325d' },
        {
          id: '4',
          url: '/users/161ab652-cdbc-490d-82a4-0ada1f0db247/getPasswordSingleSignOnCredentials',
          method: 'POST',
          body: {},
          headers: { 'Content-Type': 'application/json' },
        },
        {
          id: '5',
          url: 'users?$select=id,displayName,userPrincipalName&$filter=city eq null&$count=true',
          method: 'GET',
          headers: { ConsistencyLevel: 'eventual' },
        },
      ],
    });
    expectShape(body, {
      responses: [
        {
          id: '1',
          status: 200,
          headers: { 'Content-Type': 'application/json' },
          body: { error: { code: 'Request_BadRequest', message: 'x' } },
        },
      ],
    });
    const responses = byId(body);
    expect([...responses.keys()].sort()).toEqual(['1', '2', '3', '4', '5']);
    for (const response of responses.values()) {
      expect(typeof response.status).toBe('number');
      expect(response.headers).toEqual(
        expect.objectContaining({ 'Content-Type': expect.any(String) as string }),
      );
    }
    const users = responses.get('5');
    expect(users?.status).toBe(200);
    expectShape(users?.body, {
      '@odata.context':
        'https://graph.microsoft.com/v1.0/$metadata#users(id,displayName,userPrincipalName)',
      '@odata.count': 36,
      // Every demo person has a city, so the page's `city eq null` matches nobody here.
      value: [],
    });
  });

  it('runs the dependsOn example in the order 1, 2, 4, 3', async () => {
    const body = await postBatch(tenant, user, {
      requests: [
        { id: '1', method: 'GET', url: '/me' },
        { id: '2', dependsOn: ['1'], method: 'GET', url: '/me/manager' },
        { id: '4', dependsOn: ['2'], method: 'GET', url: '/me/directReports' },
        { id: '3', dependsOn: ['4'], method: 'GET', url: '/users?$top=1' },
      ],
    });
    const responses = byId(body);
    expect([...responses.values()].map((response) => response.status)).toEqual([
      200, 200, 200, 200,
    ]);
    const failing = await postBatch(tenant, user, {
      requests: [
        { id: '1', method: 'GET', url: '/users/no-such-user' },
        { id: '2', dependsOn: ['1'], method: 'GET', url: '/me' },
      ],
    });
    expect(byId(failing).get('2')?.status).toBe(424);
  });
});
