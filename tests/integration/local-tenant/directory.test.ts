import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../src/local-tenant';
import { PRIYA, apiAppToken, errorOf, graph, spaSignIn, startTenant } from './helpers';

type Users = {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
  value: Record<string, unknown>[];
};

describe('Graph directory endpoints', () => {
  let tenant: LocalTenant;
  let token: string;
  beforeAll(async () => {
    tenant = await startTenant();
    token = (await spaSignIn(tenant, PRIYA)).access_token;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('returns /me with the default v1.0 properties only', async () => {
    const me = await graph(tenant, token, '/me');
    expect(me.status).toBe(200);
    expect(me.headers.get('content-type')).toContain('odata.metadata=minimal');
    expect(me.body['@odata.context']).toBe(`${tenant.graphUrl}/$metadata#users/$entity`);
    expect(Object.keys(me.body).sort()).toEqual(
      [
        '@odata.context',
        'businessPhones',
        'displayName',
        'givenName',
        'id',
        'jobTitle',
        'mail',
        'mobilePhone',
        'officeLocation',
        'preferredLanguage',
        'surname',
        'userPrincipalName',
      ].sort(),
    );
    expect(me.body).toMatchObject({
      displayName: 'Priya Raman',
      userPrincipalName: PRIYA,
      jobTitle: 'Engineering Manager, Platform',
    });
  });

  it('honours $select (case-insensitive) and names it in the context', async () => {
    const me = await graph(tenant, token, '/me?$select=displayName,DEPARTMENT,id');
    expect(me.body).toEqual({
      '@odata.context': `${tenant.graphUrl}/$metadata#users(displayName,DEPARTMENT,id)/$entity`,
      id: expect.any(String) as string,
      displayName: 'Priya Raman',
      department: 'Engineering',
    });
    const bad = await graph(tenant, token, '/me?$select=flightRisk');
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body).message).toBe(
      "Could not find a property named 'flightRisk' on type 'microsoft.graph.user'.",
    );
  });

  it('returns the manager as a directoryObject, and 404 at the top of the org', async () => {
    const manager = await graph(tenant, token, '/me/manager?$select=displayName,mail');
    expect(manager.body).toEqual({
      '@odata.context': `${tenant.graphUrl}/$metadata#directoryObjects/$entity`,
      '@odata.type': '#microsoft.graph.user',
      displayName: 'Amara Okafor',
      mail: 'amara.okafor@contoso-demo.example',
    });
    const ceo = await graph(tenant, token, '/users/elena.vasquez@contoso-demo.example/manager');
    expect(ceo.status).toBe(404);
    expect(errorOf(ceo.body).code).toBe('Request_ResourceNotFound');
  });

  it('pages direct reports with $top and @odata.nextLink', async () => {
    const seen: string[] = [];
    let next: string | undefined =
      `${tenant.graphUrl}/me/directReports?$top=5&$select=displayName,jobTitle`;
    let pages = 0;
    while (next) {
      const response = await fetch(next, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as Users;
      pages += 1;
      expect(body['@odata.context']).toBe(
        `${tenant.graphUrl}/$metadata#directoryObjects(displayName,jobTitle)`,
      );
      for (const item of body.value) {
        expect(item['@odata.type']).toBe('#microsoft.graph.user');
        seen.push(String(item.displayName));
      }
      next = body['@odata.nextLink'];
      if (next) expect(next).toContain('$skiptoken=');
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
  });

  it('lists and filters users like Graph, refusing what Graph refuses', async () => {
    const design = await graph(
      tenant,
      token,
      `/users?$filter=${encodeURIComponent("department eq 'design'")}&$select=displayName`,
    );
    expect((design.body as Users).value.map((u) => u.displayName)).toEqual([
      'Jonas Lindqvist',
      'Sofia Marin',
      'Kenji Watanabe',
      'Leila Haddad',
      'Emeka Nwosu',
    ]);
    const starts = await graph(
      tenant,
      token,
      `/users?$filter=${encodeURIComponent("startswith(displayName,'A')")}&$orderby=displayName&$select=displayName`,
    );
    expect((starts.body as Users).value.map((u) => u.displayName)).toEqual([
      'Aisha Bello',
      'Amara Okafor',
      'Ana Sousa',
      'Arjun Mehta',
    ]);
    const byId = await graph(
      tenant,
      token,
      `/users?$filter=${encodeURIComponent("userPrincipalName in ('liam.oconnor@contoso-demo.example','ana.sousa@contoso-demo.example')")}`,
    );
    expect((byId.body as Users).value).toHaveLength(2);

    const unsupported = await graph(
      tenant,
      token,
      `/users?$filter=${encodeURIComponent("timeZone eq 'UTC'")}`,
    );
    expect(unsupported.status).toBe(400);
    expect(errorOf(unsupported.body).code).toBe('Request_UnsupportedQuery');
    const advanced = await graph(
      tenant,
      token,
      `/users?$filter=${encodeURIComponent("department ne 'Design'")}`,
    );
    expect(errorOf(advanced.body).message).toContain('ConsistencyLevel:eventual');
    const counted = await graph(
      tenant,
      token,
      `/users?$filter=${encodeURIComponent("department ne 'Design'")}&$count=true&$top=1`,
      { headers: { ConsistencyLevel: 'eventual' } },
    );
    expect((counted.body as Users)['@odata.count']).toBe(25);
    const tooMany = await graph(tenant, token, '/users?$top=1000');
    expect(errorOf(tooMany.body).message).toBe(
      "Invalid page size specified: '1000'. Must be between 1 and 999 inclusive.",
    );
    const syntax = await graph(
      tenant,
      token,
      `/users?$filter=${encodeURIComponent("department eq 'Design' and")}`,
    );
    expect(syntax.status).toBe(400);
  });

  it('pages /users and expands the manager with a nested $select', async () => {
    const first = (
      await graph(
        tenant,
        token,
        '/users?$top=25&$expand=manager($select=displayName)&$select=displayName',
      )
    ).body as Users;
    expect(first.value).toHaveLength(25);
    expect(first.value.find((u) => u.displayName === 'Priya Raman')?.manager).toEqual({
      '@odata.type': '#microsoft.graph.user',
      displayName: 'Amara Okafor',
    });
    const second = (await (
      await fetch(first['@odata.nextLink'] ?? '', { headers: { authorization: `Bearer ${token}` } })
    ).json()) as Users;
    expect(second.value).toHaveLength(5);
    expect(second['@odata.nextLink']).toBeUndefined();
    const badToken = await graph(tenant, token, '/users?$skiptoken=garbage');
    expect(errorOf(badToken.body).code).toBe('Directory_ExpiredPageToken');
  });

  it('finds users by id or UPN and answers 404 and unknown segments as Graph does', async () => {
    const byUpn = await graph(
      tenant,
      token,
      '/users/LIAM.OCONNOR@contoso-demo.example?$select=id,displayName',
    );
    const byId = await graph(tenant, token, `/users/${String(byUpn.body.id)}/directReports`);
    expect(byId.status).toBe(200);
    expect((byId.body as Users).value).toEqual([]);
    const missing = await graph(tenant, token, '/users/nobody@contoso-demo.example');
    expect(missing.status).toBe(404);
    expect(errorOf(missing.body).message).toBe(
      "Resource 'nobody@contoso-demo.example' does not exist or one of its queried reference-property objects are not present.",
    );
    const segment = await graph(tenant, token, '/me/flightRisk');
    expect(segment.status).toBe(400);
    expect(errorOf(segment.body).message).toBe("Resource not found for the segment 'flightRisk'.");
  });

  it('serves app-only callers with User.Read.All', async () => {
    const appToken = await apiAppToken(tenant);
    const reports = await graph(tenant, appToken, `/users/${PRIYA}/directReports?$select=id`);
    expect((reports.body as Users).value).toHaveLength(12);
  });
});
