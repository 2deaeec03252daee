// Requests and responses from the Microsoft Graph documentation (OneDrive app folder and files),
// replayed against the local tenant: same request, same status, same property names and JSON
// types. The documentation writes to /me/drive/root; the product (and the local tenant) use the
// app folder, so paths are rebased under special/approot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { PRIYA, graph, spaSignIn, startTenant } from '../helpers';
import { expectShape } from '../sharepoint/shape';

const APPROOT = '/me/drive/special/approot';

describe('OneDrive app folder fidelity with the Graph documentation examples', () => {
  let tenant: LocalTenant;
  let priya: string;
  let fileId: string;
  beforeAll(async () => {
    tenant = await startTenant();
    priya = (await spaSignIn(tenant, PRIYA)).access_token;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('get the app folder: https://learn.microsoft.com/en-us/graph/appfolder', async () => {
    const folder = await graph(tenant, priya, APPROOT);
    expect(folder.status).toBe(200);
    expectShape(folder.body, {
      '@odata.context':
        "https://graph.microsoft.com/v1.0/$metadata#users('{user id}')/drive/special/$entity",
      id: '{folder id}',
      lastModifiedDateTime: '2023-12-12T19:33:45Z',
      webUrl: 'https://{tenant}-my.sharepoint.com/personal/{user path}/Documents/Apps/{app name}',
      size: 0,
      folder: { childCount: 0 },
      specialFolder: { name: 'approot' },
    });
    // https://learn.microsoft.com/en-us/graph/api/drive-get-specialfolder (example 1)
    expectShape(folder.body, {
      id: '0123456789abc',
      name: 'Documents',
      eTag: '012345819293.1',
      specialFolder: { name: 'documents' },
    });
    expect(String(folder.body.webUrl)).toMatch(/\/Documents\/Apps\/Career%20Conversations$/);
  });

  it('upload a new file: https://learn.microsoft.com/en-us/graph/api/driveitem-put-content', async () => {
    const response = await fetch(`${tenant.graphUrl}${APPROOT}:/FolderA/FileB.txt:/content`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${priya}`, 'content-type': 'text/plain' },
      body: 'The contents of the file goes here.',
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expectShape(body, { id: '0123456789abc', name: 'FileB.txt', size: 35, file: {} });
    expect(body.size).toBe(35);
    fileId = String(body.id);
  });

  it('replace a file by id: https://learn.microsoft.com/en-us/graph/api/driveitem-put-content (200 for an existing file)', async () => {
    const response = await fetch(`${tenant.graphUrl}/me/drive/items/${fileId}/content`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${priya}`, 'content-type': 'text/plain' },
      body: 'The contents of the file goes here.',
    });
    expect(response.status).toBe(200);
    expectShape(await response.json(), {
      id: '0123456789abc',
      name: 'FileB.txt',
      size: 35,
      file: {},
    });
  });

  it('list app folder children: https://learn.microsoft.com/en-us/graph/api/drive-get-specialfolder (example 2)', async () => {
    const children = await graph(tenant, priya, `${APPROOT}/children`);
    expect(children.status).toBe(200);
    expectShape(children.body, { value: [{ name: 'Documents', folder: { childCount: 4 } }] });
  });

  it('download: https://learn.microsoft.com/en-us/graph/api/driveitem-get-content (302 Found + Location)', async () => {
    const response = await fetch(`${tenant.graphUrl}/me/drive/items/${fileId}/content`, {
      headers: { authorization: `Bearer ${priya}` },
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    const location = response.headers.get('location') ?? '';
    expect(location).not.toBe('');
    const meta = await graph(
      tenant,
      priya,
      `/me/drive/items/${fileId}?select=id,@microsoft.graph.downloadUrl`,
    );
    expectShape(meta.body, { id: '12319191!11919', '@microsoft.graph.downloadUrl': 'https://...' });
    expect(await (await fetch(location)).text()).toBe('The contents of the file goes here.');
  });

  it('delete: https://learn.microsoft.com/en-us/graph/api/driveitem-delete (204 No Content)', async () => {
    const deleted = await graph(tenant, priya, `/me/drive/items/${fileId}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await graph(tenant, priya, `/me/drive/items/${fileId}`)).status).toBe(404);
  });
});
