/**
 * Graph's permission rules for the directory, as strict as Microsoft's:
 * - User.ReadBasic.All reads only the basic profile of other people (display name, first and
 *   last name, mail, user principal name, id), and no relationships:
 *   https://learn.microsoft.com/en-us/graph/permissions-reference#userreadbasicall
 * - another user's manager or direct reports need User.Read.All or more:
 *   https://learn.microsoft.com/en-us/graph/api/user-list-manager
 *   https://learn.microsoft.com/en-us/graph/api/user-list-directreports
 * - User.Read reads the signed-in person's own manager: https://learn.microsoft.com/en-us/graph/api/user-get
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../src/local-tenant';
import { LIAM, PRIYA, errorOf, graph, startTenant } from './helpers';
import { mintGraphToken } from './mail/mint-token';

describe('directory: what each user permission reads', () => {
  let tenant: LocalTenant;
  let basic: string;
  let full: string;
  let own: string;
  let liamId: string;
  let priyaId: string;
  beforeAll(async () => {
    tenant = await startTenant();
    basic = await mintGraphToken(tenant, PRIYA, { scopes: ['User.Read', 'User.ReadBasic.All'] });
    full = await mintGraphToken(tenant, PRIYA, { scopes: ['User.Read', 'User.Read.All'] });
    own = await mintGraphToken(tenant, LIAM, { scopes: ['User.Read'] });
    liamId = (await graph(tenant, own, '/me')).body.id as string;
    priyaId = (await graph(tenant, basic, '/me')).body.id as string;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('refuses User.ReadBasic.All another user’s manager with 403', async () => {
    const manager = await graph(tenant, basic, `/users/${liamId}/manager`);
    expect(manager.status).toBe(403);
    expect(errorOf(manager.body).code).toBe('Authorization_RequestDenied');
    expect((await graph(tenant, full, `/users/${liamId}/manager`)).status).toBe(200);
  });

  it('refuses User.ReadBasic.All direct reports with 403, even the caller’s own', async () => {
    expect((await graph(tenant, basic, `/users/${priyaId}/directReports`)).status).toBe(403);
    expect((await graph(tenant, basic, '/me/directReports')).status).toBe(403);
    expect((await graph(tenant, basic, `/users/${liamId}?$expand=manager`)).status).toBe(403);
    const reports = await graph(tenant, full, `/users/${priyaId}/directReports`);
    expect(reports.status).toBe(200);
    expect((reports.body.value as unknown[]).length).toBeGreaterThan(0);
  });

  it('returns only the basic profile to User.ReadBasic.All: no department, no job title', async () => {
    const liam = await graph(
      tenant,
      basic,
      `/users/${liamId}?$select=id,displayName,department,jobTitle,mail`,
    );
    expect(liam.status).toBe(200);
    expect(liam.body).toMatchObject({ id: liamId, displayName: expect.any(String) as string });
    expect(liam.body).not.toHaveProperty('department');
    expect(liam.body).not.toHaveProperty('jobTitle');
    const listed = await graph(tenant, basic, '/users?$select=id,department&$top=5');
    expect(listed.status).toBe(200);
    for (const user of listed.body.value as Record<string, unknown>[]) {
      expect(user).not.toHaveProperty('department');
    }
    const withAll = await graph(tenant, full, `/users/${liamId}?$select=id,department,jobTitle`);
    expect(withAll.body).toMatchObject({ department: expect.any(String) as string });
  });

  it('lets User.Read read the signed-in person’s own full profile and manager', async () => {
    const me = await graph(tenant, own, '/me?$select=id,department');
    expect(me.body).toMatchObject({ department: expect.any(String) as string });
    const manager = await graph(tenant, own, '/me/manager');
    expect(manager.status).toBe(200);
    expect(manager.body.id).toBe(priyaId);
  });
});

describe('mailboxSettings: userPurpose', () => {
  let tenant: LocalTenant;
  beforeAll(async () => {
    tenant = await startTenant();
  });
  afterAll(async () => {
    await tenant.close();
  });

  // https://learn.microsoft.com/en-us/graph/api/resources/mailboxsettings: an enum (a string) in v1.0.
  it('is a string, as in Graph v1.0', async () => {
    const token = await mintGraphToken(tenant, PRIYA, { scopes: ['MailboxSettings.Read'] });
    const settings = await graph(tenant, token, '/me/mailboxSettings');
    expect(settings.status).toBe(200);
    expect(settings.body.userPurpose).toBe('user');
    const single = await graph(tenant, token, '/me/mailboxSettings/userPurpose');
    expect(single.body.value).toBe('user');
  });
});
