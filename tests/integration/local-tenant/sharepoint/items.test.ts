import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { apiAppToken, errorOf, graph, PRIYA, spaSignIn, startTenant } from '../helpers';
import {
  CAREER_SITE_ID,
  consentSpaScopes,
  createList,
  send,
  sitePath,
  type Json,
} from './sp-helpers';

const ITEMS = sitePath(CAREER_SITE_ID, '/lists/Commitments/items');

describe('SharePoint list items', () => {
  let tenant: LocalTenant;
  let api: string;

  beforeAll(async () => {
    tenant = await startTenant();
    api = await apiAppToken(tenant);
    await createList(tenant, api, CAREER_SITE_ID, {
      displayName: 'Commitments',
      columns: [
        { name: 'ReportId', text: { maxLength: 36 }, indexed: true, required: true },
        { name: 'CommitmentKey', text: {}, indexed: true, enforceUniqueValues: true },
        { name: 'Party', choice: { choices: ['report', 'manager'] } },
        { name: 'Effort', number: { minimum: 0, maximum: 10 } },
        { name: 'DueDate', dateTime: { format: 'dateOnly' } },
        { name: 'DoneAt', dateTime: { format: 'dateTime' } },
        { name: 'Done', boolean: {} },
        { name: 'Owner', personOrGroup: {} },
      ],
    });
  });
  afterAll(async () => {
    await tenant.close();
  });

  const create = (
    fields: Json,
    token = api,
  ): Promise<{ status: number; headers: Headers; body: Json }> =>
    send(tenant, token, 'POST', ITEMS, { fields });

  it('creates an item with SharePoint ids, eTag, authors and system fields', async () => {
    const created = await create({
      Title: 'Introduce Liam to the staff engineers guild',
      ReportId: 'liam',
      CommitmentKey: 'c-1',
      Party: 'manager',
      Effort: 3,
      DueDate: '2025-03-14',
      DoneAt: '2025-03-10T09:30:15.789Z',
      Done: false,
      OwnerLookupId: '10',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const body = created.body;
    expect(body.id).toBe('1');
    expect(body['@odata.etag']).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(body.eTag).toBe(body['@odata.etag']);
    expect(created.headers.get('etag')).toBe(body.eTag);
    expect(body.createdBy).toEqual({
      application: { id: tenant.apiClientId, displayName: 'Career Conversations API' },
      user: { displayName: 'SharePoint App' },
    });
    expect(body.webUrl).toBe(
      'https://contosodemo.sharepoint.com/sites/career-conversations/Lists/Commitments/1_.000',
    );
    expect(body.fields).toMatchObject({
      '@odata.etag': body.eTag,
      id: '1',
      Title: 'Introduce Liam to the staff engineers guild',
      ContentType: 'Item',
      Effort: 3,
      DueDate: '2025-03-14T00:00:00Z',
      DoneAt: '2025-03-10T09:30:15Z',
      Done: false,
      OwnerLookupId: '10',
      _UIVersionString: '1.0',
      AuthorLookupId: '1073741822',
      Attachments: false,
    });
    expect(String((body.fields as Json).Created)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('validates field names, types, choices, lengths and required fields', async () => {
    const cases: [Json, number, string][] = [
      [{ ReportId: 'x', Nope: 1 }, 400, "Field 'Nope' is not recognized"],
      [{ ReportId: 'x', Effort: 'three' }, 400, 'number'],
      [{ ReportId: 'x', Effort: 11 }, 400, 'range'],
      [{ ReportId: 'x', Party: 'hr' }, 400, 'choices'],
      [{ ReportId: 'x', DueDate: 'next friday' }, 400, 'ISO 8601'],
      [{ ReportId: 'x'.repeat(37) }, 400, 'maximum length'],
      [{ Title: 'no report' }, 400, "Field 'ReportId' is required."],
      [{ ReportId: 'x', Created: '2020-01-01T00:00:00Z' }, 400, 'read-only'],
      [{ ReportId: 'x', OwnerLookupId: '99999' }, 400, 'lookup id'],
      [{ ReportId: 'x', Owner: 'someone' }, 400, 'read-only'],
    ];
    for (const [fields, status, message] of cases) {
      const result = await create(fields);
      expect(result.status, JSON.stringify(fields)).toBe(status);
      expect(errorOf(result.body).code).toBe('invalidRequest');
      expect(errorOf(result.body).message).toContain(message);
    }
  });

  it('reads items with and without fields, and with selected fields', async () => {
    const plain = await graph(tenant, api, `${ITEMS}/1`);
    expect(plain.status).toBe(200);
    expect(plain.body.fields).toBeUndefined();
    const expanded = await graph(tenant, api, `${ITEMS}/1?$expand=fields`);
    expect(expanded.body.fields).toMatchObject({ ReportId: 'liam' });
    const selected = await graph(tenant, api, `${ITEMS}/1?$expand=fields($select=Title,Effort)`);
    expect(Object.keys(selected.body.fields as Json).sort()).toEqual([
      '@odata.etag',
      'Effort',
      'Title',
    ]);
    const unknown = await graph(tenant, api, `${ITEMS}/1?$expand=fields($select=Missing)`);
    expect(unknown.status).toBe(400);
    const missing = await graph(tenant, api, `${ITEMS}/999`);
    expect(missing.status).toBe(404);
    expect(errorOf(missing.body)).toMatchObject({
      code: 'itemNotFound',
      message: 'Item not found',
    });
  });

  it('updates fields, bumps the eTag version and clears values set to null', async () => {
    const before = await graph(tenant, api, `${ITEMS}/1`);
    const etag = String(before.body.eTag);
    const patched = await send(
      tenant,
      api,
      'PATCH',
      `${ITEMS}/1/fields`,
      { Done: true, Effort: null },
      { 'If-Match': etag },
    );
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ Done: true, _UIVersionString: '2.0', ReportId: 'liam' });
    expect(patched.body).not.toHaveProperty('Effort');
    expect(patched.body['@odata.etag']).toBe(etag.replace(',1"', ',2"'));
    const wrapped = await send(
      tenant,
      api,
      'PATCH',
      `${ITEMS}/1`,
      { fields: { Party: 'report' } },
      { 'If-Match': '*' },
    );
    expect(wrapped.status).toBe(200);
    expect(wrapped.body).toMatchObject({
      id: '1',
      fields: { Party: 'report', _UIVersionString: '3.0' },
    });
  });

  it('refuses a stale If-Match with 412 and leaves the item unchanged', async () => {
    const current = await graph(tenant, api, `${ITEMS}/1?$expand=fields`);
    const etag = String(current.body.eTag);
    const [first, second] = await Promise.all([
      send(tenant, api, 'PATCH', `${ITEMS}/1/fields`, { Title: 'first' }, { 'If-Match': etag }),
      send(tenant, api, 'PATCH', `${ITEMS}/1/fields`, { Title: 'second' }, { 'If-Match': etag }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 412]);
    const loser = first.status === 412 ? first : second;
    const winner = first.status === 200 ? first : second;
    expect(errorOf(loser.body)).toMatchObject({
      code: 'resourceModified',
      message: 'The resource has changed since the caller last read it; usually an eTag mismatch',
    });
    const after = await graph(tenant, api, `${ITEMS}/1?$expand=fields`);
    expect((after.body.fields as Json).Title).toBe(winner.body.Title);
    const staleDelete = await send(tenant, api, 'DELETE', `${ITEMS}/1`, undefined, {
      'If-Match': etag,
    });
    expect(staleDelete.status).toBe(412);
  });

  it('enforces unique values on create and update', async () => {
    const duplicate = await create({ ReportId: 'noah', CommitmentKey: 'C-1' });
    expect(duplicate.status).toBe(409);
    const other = await create({ ReportId: 'noah', CommitmentKey: 'c-2' });
    expect(other.status).toBe(201);
    const clash = await send(tenant, api, 'PATCH', `${ITEMS}/${String(other.body.id)}/fields`, {
      CommitmentKey: 'c-1',
    });
    expect(clash.status).toBe(409);
  });

  it('deletes items; ids are never reused', async () => {
    const temp = await create({ ReportId: 'temp' });
    const id = String(temp.body.id);
    const removed = await send(tenant, api, 'DELETE', `${ITEMS}/${id}`, undefined, {
      'If-Match': String(temp.body.eTag),
    });
    expect(removed.status).toBe(204);
    expect((await graph(tenant, api, `${ITEMS}/${id}`)).status).toBe(404);
    const next = await create({ ReportId: 'after' });
    expect(Number(next.body.id)).toBe(Number(id) + 1);
  });

  it('records the signed-in user as author of delegated writes', async () => {
    consentSpaScopes(tenant, ['Sites.ReadWrite.All']);
    const priya = await spaSignIn(tenant, PRIYA);
    const created = await create({ ReportId: 'wei' }, priya.access_token);
    expect(created.status).toBe(201);
    expect(created.body.createdBy).toMatchObject({
      user: { email: PRIYA, displayName: 'Priya Raman' },
    });
    expect((created.body.fields as Json).AuthorLookupId).toMatch(/^\d+$/);
  });
});
