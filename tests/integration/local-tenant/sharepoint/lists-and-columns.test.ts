import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { apiAppToken, errorOf, graph, startTenant } from '../helpers';
import { CAREER_SITE_ID, createList, send, sitePath, type Json } from './sp-helpers';

describe('SharePoint lists and columns', () => {
  let tenant: LocalTenant;
  let api: string;
  let contracts: Json;

  beforeAll(async () => {
    tenant = await startTenant();
    api = await apiAppToken(tenant);
    contracts = await createList(tenant, api, CAREER_SITE_ID, {
      displayName: 'Contracts',
      columns: [
        { name: 'ReportId', text: { maxLength: 36 }, indexed: true, required: true },
        { name: 'ContractKey', text: {}, indexed: true, enforceUniqueValues: true },
        { name: 'Summary', text: { allowMultipleLines: true } },
        { name: 'Version', number: { minimum: 1 } },
        { name: 'AgreedOn', dateTime: { format: 'dateOnly' } },
        { name: 'Status', choice: { choices: ['draft', 'agreed', 'superseded'] } },
        { name: 'Shared', boolean: {} },
        { name: 'Manager', personOrGroup: {} },
        { name: 'Internal', text: {}, hidden: true },
      ],
      list: { template: 'genericList' },
    });
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('creates a generic list and returns it as Graph does', () => {
    expect(contracts).toMatchObject({
      displayName: 'Contracts',
      name: 'Contracts',
      webUrl: 'https://contosodemo.sharepoint.com/sites/career-conversations/Lists/Contracts',
      list: { contentTypesEnabled: false, hidden: false, template: 'genericList' },
      createdBy: { application: { id: tenant.apiClientId } },
      parentReference: { siteId: CAREER_SITE_ID },
    });
    expect(contracts.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(contracts['@odata.etag']).toBe(`"${String(contracts.id)},1"`);
    expect(String(contracts['@odata.context'])).toContain('/$metadata#sites(');
  });

  it('finds lists by id, by title and with $filter / $select', async () => {
    const byTitle = await graph(tenant, api, sitePath(CAREER_SITE_ID, '/lists/Contracts'));
    expect(byTitle.status).toBe(200);
    expect(byTitle.body.id).toBe(contracts.id);
    const filtered = await graph(
      tenant,
      api,
      sitePath(CAREER_SITE_ID, "/lists?$filter=displayName eq 'Contracts'&$select=id,displayName"),
    );
    const value = filtered.body.value as Json[];
    expect(value).toHaveLength(1);
    expect(Object.keys(value[0] ?? {}).sort()).toEqual(['@odata.etag', 'displayName', 'id']);
    const missing = await graph(tenant, api, sitePath(CAREER_SITE_ID, '/lists/Nope'));
    expect(missing.status).toBe(404);
    expect(errorOf(missing.body).code).toBe('itemNotFound');
  });

  it('lists the columns with their type settings; hidden ones only on request', async () => {
    const columns = await graph(tenant, api, sitePath(CAREER_SITE_ID, '/lists/Contracts/columns'));
    const byName = new Map((columns.body.value as Json[]).map((c) => [c.name, c]));
    expect(byName.get('Title')).toMatchObject({ text: { maxLength: 255 }, indexed: false });
    expect(byName.get('ReportId')).toMatchObject({
      indexed: true,
      required: true,
      text: { allowMultipleLines: false, maxLength: 36 },
    });
    expect(byName.get('ContractKey')).toMatchObject({ indexed: true, enforceUniqueValues: true });
    expect(byName.get('AgreedOn')).toMatchObject({ dateTime: { format: 'dateOnly' } });
    expect(byName.get('Status')).toMatchObject({
      choice: { choices: ['draft', 'agreed', 'superseded'], allowTextEntry: false },
    });
    expect(byName.get('Shared')).toMatchObject({ boolean: {} });
    expect(byName.get('Manager')).toMatchObject({
      personOrGroup: { allowMultipleSelection: false },
    });
    expect(byName.has('Internal')).toBe(false);
    const withHidden = await graph(
      tenant,
      api,
      sitePath(CAREER_SITE_ID, '/lists/Contracts/columns?$select=hidden'),
    );
    expect((withHidden.body.value as Json[]).some((c) => c.name === 'Internal')).toBe(true);
    const expanded = await graph(
      tenant,
      api,
      sitePath(CAREER_SITE_ID, `/lists/${String(contracts.id)}?$expand=columns`),
    );
    expect((expanded.body.columns as Json[]).map((c) => c.name)).toContain('ReportId');
  });

  it('refuses list definitions SharePoint refuses', async () => {
    const named = await send(tenant, api, 'POST', sitePath(CAREER_SITE_ID, '/lists'), {
      name: 'Books',
    });
    expect(named.status).toBe(400);
    expect(errorOf(named.body).message).toContain("Cannot define a 'name' for a list");
    const duplicate = await send(tenant, api, 'POST', sitePath(CAREER_SITE_ID, '/lists'), {
      displayName: 'contracts',
    });
    expect(duplicate.status).toBe(409);
    const template = await send(tenant, api, 'POST', sitePath(CAREER_SITE_ID, '/lists'), {
      displayName: 'Docs',
      list: { template: 'documentLibrary' },
    });
    expect(template.status).toBe(400);
  });

  it('adds and changes columns under SharePoint rules', async () => {
    const columns = sitePath(CAREER_SITE_ID, '/lists/Contracts/columns');
    const created = await send(tenant, api, 'POST', columns, {
      name: 'ReviewMonth',
      text: { maxLength: 7 },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'ReviewMonth',
      indexed: false,
      text: { maxLength: 7 },
    });

    const uniqueNotIndexed = await send(tenant, api, 'POST', columns, {
      name: 'Code',
      text: {},
      enforceUniqueValues: true,
    });
    expect(uniqueNotIndexed.status).toBe(400);
    const indexedNote = await send(tenant, api, 'POST', columns, {
      name: 'Notes',
      text: { allowMultipleLines: true },
      indexed: true,
    });
    expect(indexedNote.status).toBe(400);
    const clash = await send(tenant, api, 'POST', columns, { name: 'ReportId', text: {} });
    expect(clash.status).toBe(409);
    const unsupported = await send(tenant, api, 'POST', columns, { name: 'Cost', currency: {} });
    expect(unsupported.status).toBe(400);

    const id = String(created.body.id);
    const indexed = await send(tenant, api, 'PATCH', `${columns}/${id}`, { indexed: true });
    expect(indexed.status).toBe(200);
    expect(indexed.body).toMatchObject({ id, indexed: true });
    const renamed = await send(tenant, api, 'PATCH', `${columns}/${id}`, { name: 'Other' });
    expect(renamed.status).toBe(400);
    const fetched = await graph(tenant, api, `${columns}/${id}`);
    expect(fetched.body).toMatchObject({ indexed: true });
  });
});
