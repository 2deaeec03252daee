import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { apiAppToken, errorOf, graph, PRIYA, spaSignIn, startTenant } from '../helpers';
import {
  appToken,
  CAREER_SITE_ID,
  CAREER_SITE_PATH,
  consentSpaScopes,
  createList,
  OTHER_SITE_ID,
  ROOT_SITE_ID,
  send,
  SHAREPOINT_HOSTNAME,
  sitePath,
} from './sp-helpers';

describe('SharePoint sites and Sites.Selected', () => {
  let tenant: LocalTenant;
  let api: string;
  let admin: string;

  beforeAll(async () => {
    tenant = await startTenant();
    api = await apiAppToken(tenant);
    admin = (await appToken(tenant, 'sharepoint-admin', ['Sites.FullControl.All'])).token;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('gets the career site by id, by path and with $select, as the career API', async () => {
    const byId = await graph(tenant, api, sitePath(CAREER_SITE_ID));
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({
      id: CAREER_SITE_ID,
      displayName: 'Career Conversations',
      name: 'career-conversations',
      webUrl: `https://${SHAREPOINT_HOSTNAME}${CAREER_SITE_PATH}`,
      siteCollection: { hostname: SHAREPOINT_HOSTNAME },
    });
    expect(CAREER_SITE_ID).toMatch(/^contosodemo\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    const byPath = await graph(tenant, api, `/sites/${SHAREPOINT_HOSTNAME}:${CAREER_SITE_PATH}`);
    expect(byPath.status).toBe(200);
    expect(byPath.body.id).toBe(CAREER_SITE_ID);
    const selected = await graph(
      tenant,
      api,
      `/sites/${SHAREPOINT_HOSTNAME}:${CAREER_SITE_PATH}?$select=id`,
    );
    expect(Object.keys(selected.body).sort()).toEqual(['@odata.context', 'id']);
    const lists = await graph(tenant, api, sitePath(CAREER_SITE_ID, '/lists'));
    expect(lists.body.value).toEqual([]);
  });

  it('refuses the API on sites it has no grant for, and answers unknown sites', async () => {
    for (const site of [OTHER_SITE_ID, ROOT_SITE_ID]) {
      const denied = await graph(tenant, api, sitePath(site));
      expect(denied.status).toBe(403);
      expect(errorOf(denied.body)).toMatchObject({
        code: 'accessDenied',
        message: 'Access denied',
      });
    }
    const root = await graph(tenant, admin, '/sites/root');
    expect(root.status).toBe(200);
    expect(root.body).toMatchObject({ id: ROOT_SITE_ID, root: {} });
    const missing = await graph(
      tenant,
      admin,
      `/sites/${SHAREPOINT_HOSTNAME},00000000-0000-0000-0000-000000000000,00000000-0000-0000-0000-000000000001`,
    );
    expect(missing.status).toBe(404);
    expect(errorOf(missing.body)).toMatchObject({
      code: 'itemNotFound',
      message: 'Requested site could not be found',
    });
    const wrongHost = await graph(tenant, admin, '/sites/fabrikam.sharepoint.com:/sites/x');
    expect(wrongHost.status).toBe(400);
  });

  it('lists the seeded grant: the career API has manage on the career site only', async () => {
    const grants = await graph(tenant, admin, sitePath(CAREER_SITE_ID, '/permissions'));
    expect(grants.status).toBe(200);
    const value = grants.body.value as Record<string, unknown>[];
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject({
      roles: ['manage'],
      grantedToIdentitiesV2: [{ application: { id: tenant.apiClientId } }],
    });
    const other = await graph(tenant, admin, sitePath(OTHER_SITE_ID, '/permissions'));
    expect(other.body.value).toEqual([]);
    const asApi = await graph(tenant, api, sitePath(CAREER_SITE_ID, '/permissions'));
    expect(asApi.status).toBe(403);
  });

  it('gives a Sites.Selected app exactly what its grant allows, and nothing once removed', async () => {
    const reporting = await appToken(tenant, 'reporting-app', ['Sites.Selected']);
    const list = await createList(tenant, api, CAREER_SITE_ID, {
      displayName: 'Grant checks',
      columns: [{ name: 'Note', text: {} }],
    });
    const items = sitePath(CAREER_SITE_ID, `/lists/${String(list.id)}/items`);
    expect((await graph(tenant, reporting.token, sitePath(CAREER_SITE_ID))).status).toBe(403);

    const grant = async (roles: string[]): Promise<string> => {
      const created = await send(tenant, admin, 'POST', sitePath(CAREER_SITE_ID, '/permissions'), {
        roles,
        grantedToIdentities: [{ application: { id: reporting.appId, displayName: 'Reporting' } }],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body).toMatchObject({
        roles,
        grantedToIdentitiesV2: [{ application: { id: reporting.appId } }],
      });
      return String(created.body.id);
    };

    await grant(['read']);
    expect((await graph(tenant, reporting.token, items)).status).toBe(200);
    const readOnlyWrite = await send(tenant, reporting.token, 'POST', items, {
      fields: { Title: 'x' },
    });
    expect(readOnlyWrite.status).toBe(403);

    await grant(['write']);
    const written = await send(tenant, reporting.token, 'POST', items, { fields: { Title: 'x' } });
    expect(written.status).toBe(201);
    const newList = await send(
      tenant,
      reporting.token,
      'POST',
      sitePath(CAREER_SITE_ID, '/lists'),
      {
        displayName: 'Not allowed',
      },
    );
    expect(newList.status).toBe(403);

    const permissionId = await grant(['fullcontrol']);
    const allowedList = await send(
      tenant,
      reporting.token,
      'POST',
      sitePath(CAREER_SITE_ID, '/lists'),
      {
        displayName: 'Reporting cache',
      },
    );
    expect(allowedList.status).toBe(201);
    expect((await graph(tenant, reporting.token, sitePath(OTHER_SITE_ID))).status).toBe(403);

    const removed = await send(
      tenant,
      admin,
      'DELETE',
      sitePath(CAREER_SITE_ID, `/permissions/${permissionId}`),
    );
    expect(removed.status).toBe(204);
    expect((await graph(tenant, reporting.token, items)).status).toBe(403);
  });

  it('gives tenant-wide Sites permissions their level on every site', async () => {
    const reader = await appToken(tenant, 'tenant-reader', ['Sites.ReadWrite.All']);
    expect((await graph(tenant, reader.token, sitePath(OTHER_SITE_ID))).status).toBe(200);
    const create = await send(tenant, reader.token, 'POST', sitePath(OTHER_SITE_ID, '/lists'), {
      displayName: 'Needs manage',
    });
    expect(create.status).toBe(403);
    const manager = await appToken(tenant, 'tenant-manager', ['Sites.Manage.All']);
    const managed = await send(tenant, manager.token, 'POST', sitePath(OTHER_SITE_ID, '/lists'), {
      displayName: 'Leadership notes',
    });
    expect(managed.status).toBe(201);
    const directoryOnly = await appToken(tenant, 'directory-only', ['User.Read.All']);
    const denied = await graph(tenant, directoryOnly.token, sitePath(CAREER_SITE_ID));
    expect(denied.status).toBe(403);
    expect(errorOf(denied.body).code).toBe('accessDenied');
  });

  it('governs delegated access by the scopes in the token', async () => {
    const before = await spaSignIn(tenant, PRIYA);
    expect((await graph(tenant, before.access_token, sitePath(CAREER_SITE_ID))).status).toBe(403);
    consentSpaScopes(tenant, ['Sites.Read.All']);
    const reader = await spaSignIn(tenant, PRIYA);
    expect((await graph(tenant, reader.access_token, sitePath(OTHER_SITE_ID))).status).toBe(200);
    const write = await send(
      tenant,
      reader.access_token,
      'POST',
      sitePath(OTHER_SITE_ID, '/lists'),
      {
        displayName: 'Delegated list',
      },
    );
    expect(write.status).toBe(403);
    consentSpaScopes(tenant, ['Sites.FullControl.All']);
    const owner = await spaSignIn(tenant, PRIYA);
    const granted = await send(
      tenant,
      owner.access_token,
      'POST',
      sitePath(OTHER_SITE_ID, '/permissions'),
      {
        roles: ['read'],
        grantedToIdentitiesV2: [{ application: { id: tenant.apiClientId } }],
      },
    );
    expect(granted.status).toBe(201);
    expect((await graph(tenant, api, sitePath(OTHER_SITE_ID))).status).toBe(200);
  });

  it('validates a permission request', async () => {
    const badRole = await send(tenant, admin, 'POST', sitePath(CAREER_SITE_ID, '/permissions'), {
      roles: ['superuser'],
      grantedToIdentities: [{ application: { id: tenant.apiClientId } }],
    });
    expect(badRole.status).toBe(400);
    const noApp = await send(tenant, admin, 'POST', sitePath(CAREER_SITE_ID, '/permissions'), {
      roles: ['read'],
    });
    expect(noApp.status).toBe(400);
  });
});
