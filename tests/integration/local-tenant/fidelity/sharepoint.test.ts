// Requests and responses from the Microsoft Graph documentation, replayed against the local
// tenant: same request, same status, same property names and JSON types (ids and times differ).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { graph, PRIYA, spaSignIn, startTenant } from '../helpers';
import { expectShape } from '../sharepoint/shape';
import {
  appToken,
  CAREER_SITE_ID,
  CAREER_SITE_PATH,
  consentSpaScopes,
  send,
  SHAREPOINT_HOSTNAME,
  sitePath,
  type Json,
} from '../sharepoint/sp-helpers';

const userIdentity = {
  user: { displayName: 'Ryan Gregg', id: '8606e4d5-d582-4f5f-aeba-7d7c18b20cfd' },
};

describe('SharePoint fidelity with the Graph documentation examples', () => {
  let tenant: LocalTenant;
  let user: string;
  let admin: string;
  let listId: string;

  beforeAll(async () => {
    tenant = await startTenant();
    // The documentation examples run delegated ("createdBy": { "user": ... }).
    consentSpaScopes(tenant, ['Sites.ReadWrite.All', 'Sites.Manage.All']);
    user = (await spaSignIn(tenant, PRIYA)).access_token;
    admin = (await appToken(tenant, 'fidelity-admin', ['Sites.FullControl.All'])).token;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('get a site: https://learn.microsoft.com/graph/api/site-get', async () => {
    const site = await graph(tenant, user, sitePath(CAREER_SITE_ID));
    expect(site.status).toBe(200);
    expectShape(site.body, {
      id: 'contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A,2D2244C3-251A-49EA-93A8-39E1C3A060FE',
      displayName: 'OneDrive Team Site',
      name: '1drvteam',
      createdDateTime: '2017-05-09T20:56:00Z',
      lastModifiedDateTime: '2017-05-09T20:56:01Z',
      webUrl: 'https://contoso.sharepoint.com/teams/1drvteam',
    });
  });

  it('get a site by path: https://learn.microsoft.com/graph/api/site-getbypath', async () => {
    const site = await graph(tenant, user, `/sites/${SHAREPOINT_HOSTNAME}:${CAREER_SITE_PATH}`);
    expect(site.status).toBe(200);
    expect(site.body.id).toBe(CAREER_SITE_ID);
  });

  it('create a list: https://learn.microsoft.com/graph/api/list-create', async () => {
    // "Author" is the internal name of SharePoint's own Created By column, which the local tenant
    // (like CSOM's "A duplicate field name was found") refuses to shadow: the replay uses "Writer".
    const shadowing = await send(tenant, user, 'POST', sitePath(CAREER_SITE_ID, '/lists'), {
      displayName: 'Books',
      columns: [{ name: 'Author', text: {} }],
    });
    expect(shadowing.status).toBe(409);
    const created = await send(tenant, user, 'POST', sitePath(CAREER_SITE_ID, '/lists'), {
      displayName: 'Books',
      columns: [
        { name: 'Writer', text: {} },
        { name: 'PageCount', number: {} },
      ],
      list: { template: 'genericList' },
    });
    expect(created.status).toBe(201);
    expectShape(created.body, {
      id: '22e03ef3-6ef4-424d-a1d3-92a337807c30',
      createdDateTime: '2017-04-30T01:21:00Z',
      createdBy: userIdentity,
      lastModifiedDateTime: '2016-08-30T08:26:00Z',
      lastModifiedBy: userIdentity,
    });
    const columns = await graph(tenant, user, sitePath(CAREER_SITE_ID, '/lists/Books/columns'));
    const names = (columns.body.value as Json[]).map((column) => column.name);
    expect(names).toEqual(expect.arrayContaining(['Title', 'Writer', 'PageCount']));
  });

  it('create a column: https://learn.microsoft.com/graph/api/list-post-columns', async () => {
    // The example names its column "Title"; a genericList already has one, so SharePoint would
    // refuse the duplicate name (as the local tenant does): the replay uses "Subtitle".
    const duplicate = await send(
      tenant,
      user,
      'POST',
      sitePath(CAREER_SITE_ID, '/lists/Books/columns'),
      {
        name: 'Title',
        text: {},
      },
    );
    expect(duplicate.status).toBe(409);
    const created = await send(
      tenant,
      user,
      'POST',
      sitePath(CAREER_SITE_ID, '/lists/Books/columns'),
      {
        description: 'test',
        enforceUniqueValues: false,
        hidden: false,
        indexed: false,
        name: 'Subtitle',
        text: {
          allowMultipleLines: false,
          appendChangesToExistingText: false,
          linesForEditing: 0,
          maxLength: 255,
        },
      },
    );
    expect(created.status).toBe(201);
    expectShape(created.body, {
      description: 'test',
      displayName: 'Title',
      enforceUniqueValues: false,
      hidden: false,
      id: '99ddcf45-e2f7-4f17-82b0-6fba34445103',
      indexed: false,
      name: 'Title',
      text: {
        allowMultipleLines: false,
        appendChangesToExistingText: false,
        linesForEditing: 0,
        maxLength: 255,
      },
    });
    expect(created.body).toMatchObject({ description: 'test', displayName: 'Subtitle' });
  });

  it('create an item: https://learn.microsoft.com/graph/api/listitem-create', async () => {
    const list = await send(tenant, user, 'POST', sitePath(CAREER_SITE_ID, '/lists'), {
      displayName: 'Inventory',
      columns: [
        { name: 'Name', text: {} },
        { name: 'Color', text: {} },
        { name: 'Quantity', number: {} },
        { name: 'Weight', number: {} },
      ],
    });
    listId = String(list.body.id);
    const created = await send(
      tenant,
      user,
      'POST',
      sitePath(CAREER_SITE_ID, `/lists/${listId}/items`),
      {
        fields: { Title: 'Widget', Color: 'Purple', Weight: 32 },
      },
    );
    expect(created.status).toBe(201);
    expectShape(created.body, {
      id: '20',
      createdDateTime: '2016-08-30T08:26:00Z',
      createdBy: userIdentity,
      lastModifiedDateTime: '2016-08-30T08:26:00Z',
      lastModifiedBy: userIdentity,
    });
    expect(created.body.fields).toMatchObject({ Title: 'Widget', Color: 'Purple', Weight: 32 });
  });

  it('list items with selected fields: https://learn.microsoft.com/graph/api/listitem-list', async () => {
    const items = sitePath(CAREER_SITE_ID, `/lists/${listId}/items`);
    for (const fields of [
      { Name: 'Gadget', Color: 'Red', Quantity: 503 },
      { Name: 'Widget', Color: 'Blue', Quantity: 2357 },
      { Name: 'Gizmo', Color: 'Green', Quantity: 92 },
    ]) {
      expect((await send(tenant, user, 'POST', items, { fields })).status).toBe(201);
    }
    const example = {
      value: [{ id: '2', fields: { Name: 'Gadget', Color: 'Red', Quantity: 503 } }],
    };
    // The page shows both `$expand=fields($select=...)` and `expand=fields(select=...)`.
    for (const query of [
      '$expand=fields($select=Name,Color,Quantity)',
      'expand=fields(select=Name,Color,Quantity)',
    ]) {
      const listed = await graph(tenant, user, `${items}?${query}`);
      expect(listed.status).toBe(200);
      // Item 1 (from the create example) has no Name or Quantity, and empty fields are omitted.
      expectShape({ value: (listed.body.value as Json[]).slice(1) }, example);
      expect((listed.body.value as Json[]).slice(1).map((item) => item.fields)).toEqual([
        {
          '@odata.etag': expect.any(String) as string,
          Name: 'Gadget',
          Color: 'Red',
          Quantity: 503,
        },
        {
          '@odata.etag': expect.any(String) as string,
          Name: 'Widget',
          Color: 'Blue',
          Quantity: 2357,
        },
        {
          '@odata.etag': expect.any(String) as string,
          Name: 'Gizmo',
          Color: 'Green',
          Quantity: 92,
        },
      ]);
    }
  });

  it('update item fields: https://learn.microsoft.com/graph/api/listitem-update', async () => {
    const updated = await send(
      tenant,
      user,
      'PATCH',
      sitePath(CAREER_SITE_ID, `/lists/${listId}/items/3/fields`),
      { Color: 'Fuchsia', Quantity: 934 },
    );
    expect(updated.status).toBe(200);
    expectShape(updated.body, { Name: 'Widget', Color: 'Fuchsia', Quantity: 934 });
    expect(updated.body).toMatchObject({ Name: 'Widget', Color: 'Fuchsia', Quantity: 934 });
  });

  it('delete an item: https://learn.microsoft.com/graph/api/listitem-delete', async () => {
    const path = sitePath(CAREER_SITE_ID, `/lists/${listId}/items/4`);
    const removed = await fetch(`${tenant.graphUrl}${path}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${user}` },
    });
    expect(removed.status).toBe(204);
    expect(await removed.text()).toBe('');
  });

  it('create a site permission: https://learn.microsoft.com/graph/api/site-post-permissions', async () => {
    const created = await send(tenant, admin, 'POST', sitePath(CAREER_SITE_ID, '/permissions'), {
      roles: ['write'],
      grantedToIdentities: [
        {
          application: {
            id: '89ea5c94-7736-4e25-95ad-3fa95f62b66e',
            displayName: 'Contoso Time Manager App',
          },
        },
      ],
    });
    expect(created.status).toBe(201);
    const example = {
      id: '1',
      '@deprecated.GrantedToIdentities':
        'GrantedToIdentities has been deprecated. Refer to GrantedToIdentitiesV2',
      roles: ['write'],
      grantedToIdentities: [
        {
          application: {
            id: '89ea5c94-7736-4e25-95ad-3fa95f62b66e',
            displayName: 'Contoso Time Manager App',
          },
        },
      ],
      grantedToIdentitiesV2: [
        {
          application: {
            id: '89ea5c94-7736-4e25-95ad-3fa95f62b66e',
            displayName: 'Contoso Time Manager App',
          },
        },
      ],
    };
    expectShape(created.body, example);
    expect(created.body).toMatchObject({
      roles: example.roles,
      grantedToIdentities: example.grantedToIdentities,
      grantedToIdentitiesV2: example.grantedToIdentitiesV2,
    });
  });

  it('list site permissions: https://learn.microsoft.com/graph/api/site-list-permissions', async () => {
    const listed = await graph(tenant, admin, sitePath(CAREER_SITE_ID, '/permissions'));
    expect(listed.status).toBe(200);
    expectShape(listed.body, {
      value: [
        {
          id: '1',
          '@deprecated.GrantedToIdentities':
            'GrantedToIdentities has been deprecated. Refer to GrantedToIdentitiesV2',
          roles: ['read'],
          grantedToIdentities: [{ application: { id: 'x', displayName: 'y' } }],
          grantedToIdentitiesV2: [{ application: { id: 'x', displayName: 'y' } }],
        },
      ],
    });
  });
});
