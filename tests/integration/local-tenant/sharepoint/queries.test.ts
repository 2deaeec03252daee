import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { insertListItems } from '../../../../src/local-tenant/graph/sharepoint/bulk';
import { apiAppToken, errorOf, graph, startTenant } from '../helpers';
import { CAREER_SITE_ID, createList, send, sitePath, type Json } from './sp-helpers';

const PREFER = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
const CONVERSATIONS = sitePath(CAREER_SITE_ID, '/lists/Conversations/items');
const LOG = sitePath(CAREER_SITE_ID, '/lists/Log/items');

function ids(body: Json): string[] {
  return (body.value as Json[]).map((item) => String(item.id));
}

describe('SharePoint list item queries', () => {
  let tenant: LocalTenant;
  let api: string;

  beforeAll(async () => {
    tenant = await startTenant();
    api = await apiAppToken(tenant);
    await createList(tenant, api, CAREER_SITE_ID, {
      displayName: 'Conversations',
      columns: [
        { name: 'ManagerId', text: {}, indexed: true },
        { name: 'ReportId', text: {}, indexed: true },
        { name: 'Kind', choice: { choices: ['where-now', 'where-to', 'close-gap'] } },
        { name: 'Minutes', number: {} },
        { name: 'HeldOn', dateTime: {}, indexed: true },
      ],
    });
    const rows: Json[] = [
      {
        ManagerId: 'priya',
        ReportId: 'liam',
        Kind: 'where-now',
        Minutes: 60,
        HeldOn: '2025-01-10T10:00:00Z',
      },
      {
        ManagerId: 'priya',
        ReportId: 'liam',
        Kind: 'where-to',
        Minutes: 75,
        HeldOn: '2025-02-12T10:00:00Z',
      },
      {
        ManagerId: 'priya',
        ReportId: 'yuki',
        Kind: 'where-now',
        Minutes: 45,
        HeldOn: '2025-03-01T09:00:00Z',
      },
      {
        ManagerId: 'jonas',
        ReportId: 'leila',
        Kind: 'close-gap',
        Minutes: 90,
        HeldOn: '2025-03-20T14:00:00Z',
      },
    ];
    for (const fields of rows) {
      const created = await send(tenant, api, 'POST', CONVERSATIONS, { fields });
      expect(created.status).toBe(201);
    }
    await createList(tenant, api, CAREER_SITE_ID, {
      displayName: 'Log',
      columns: [
        { name: 'Bucket', text: {}, indexed: true },
        { name: 'Note', text: {} },
      ],
    });
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('filters on indexed fields with eq, ne, and, ranges and startswith', async () => {
    const q = (filter: string): Promise<{ status: number; body: Json }> =>
      graph(tenant, api, `${CONVERSATIONS}?$expand=fields&$filter=${encodeURIComponent(filter)}`);
    expect(ids((await q("fields/ManagerId eq 'priya'")).body)).toEqual(['1', '2', '3']);
    expect(
      ids((await q("fields/ManagerId eq 'priya' and fields/ReportId eq 'liam'")).body),
    ).toEqual(['1', '2']);
    expect(ids((await q("fields/ManagerId ne 'priya'")).body)).toEqual(['4']);
    expect(
      ids(
        (
          await q(
            "fields/HeldOn ge '2025-02-12T10:00:00Z' and fields/HeldOn lt '2025-03-20T00:00:00Z'",
          )
        ).body,
      ),
    ).toEqual(['2', '3']);
    expect(ids((await q("startswith(fields/ReportId,'l')")).body)).toEqual(['1', '2', '4']);
    expect(ids((await q('fields/ID gt 2')).body)).toEqual(['3', '4']);
  });

  it('refuses a filter or order on a non-indexed field unless the Prefer header allows it', async () => {
    const path = `${CONVERSATIONS}?$expand=fields&$filter=${encodeURIComponent('fields/Minutes gt 50')}`;
    const refused = await graph(tenant, api, path);
    expect(refused.status).toBe(400);
    expect(errorOf(refused.body)).toMatchObject({
      code: 'invalidRequest',
      message:
        "Field 'Minutes' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: HonorNonIndexedQueriesWarningMayFailRandomly' header to allow this, but be warned that such queries may fail on large lists.",
    });
    const allowed = await graph(tenant, api, path, { headers: PREFER });
    expect(allowed.status).toBe(200);
    expect(ids(allowed.body)).toEqual(['1', '2', '4']);

    const ordered = `${CONVERSATIONS}?$orderby=fields/Minutes desc`;
    expect((await graph(tenant, api, ordered)).status).toBe(400);
    expect(ids((await graph(tenant, api, ordered, { headers: PREFER })).body)).toEqual([
      '4',
      '2',
      '1',
      '3',
    ]);
    const byIndexed = await graph(tenant, api, `${CONVERSATIONS}?$orderby=fields/HeldOn desc`);
    expect(ids(byIndexed.body)).toEqual(['4', '3', '2', '1']);
  });

  it('refuses what Graph does not support on list items', async () => {
    const contains = await graph(
      tenant,
      api,
      `${CONVERSATIONS}?$filter=${encodeURIComponent("contains(fields/ReportId,'a')")}`,
    );
    expect(contains.status).toBe(400);
    const unknown = await graph(
      tenant,
      api,
      `${CONVERSATIONS}?$filter=${encodeURIComponent("fields/Nope eq 'x'")}`,
    );
    expect(errorOf(unknown.body).message).toBe("Field 'Nope' is not recognized");
    const count = await graph(tenant, api, `${CONVERSATIONS}?$count=true`);
    expect(count.status).toBe(400);
  });

  it('pages with @odata.nextLink: 200 items by default, $top otherwise', async () => {
    tenant.state.update((state) => {
      insertListItems(
        state,
        CAREER_SITE_ID,
        'Log',
        Array.from({ length: 450 }, (_, index) => ({
          Bucket: index % 2 === 0 ? 'even' : 'odd',
          Note: `n${String(index)}`,
        })),
        {
          kind: 'application',
          id: tenant.apiClientId,
          displayName: 'Career Conversations API',
          email: null,
        },
        new Date(),
      );
    });
    const seen: string[] = [];
    let url: string | undefined = `${tenant.graphUrl}${LOG}?$expand=fields`;
    const sizes: number[] = [];
    while (url) {
      const response = await fetch(url, { headers: { authorization: `Bearer ${api}` } });
      const page = (await response.json()) as Json;
      sizes.push((page.value as Json[]).length);
      seen.push(...ids(page));
      url = page['@odata.nextLink'] as string | undefined;
      if (url) expect(url).toMatch(/\$skiptoken=/);
    }
    expect(sizes).toEqual([200, 200, 50]);
    expect(new Set(seen).size).toBe(450);

    const first = await graph(
      tenant,
      api,
      `${LOG}?$top=100&$filter=${encodeURIComponent("fields/Bucket eq 'odd'")}`,
    );
    expect((first.body.value as Json[]).length).toBe(100);
    const next = String(first.body['@odata.nextLink']);
    expect(next).toContain('$top=100');
    const second = await fetch(next, { headers: { authorization: `Bearer ${api}` } });
    const secondPage = (await second.json()) as Json;
    expect(ids(secondPage)[0]).toBe(String(Number(ids(first.body).at(-1)) + 2));
  });

  it('emulates the 5,000-item list view threshold for non-indexed queries', async () => {
    tenant.state.update((state) => {
      insertListItems(
        state,
        CAREER_SITE_ID,
        'Log',
        Array.from({ length: 4600 }, () => ({ Bucket: 'bulk', Note: 'bulk' })),
        {
          kind: 'application',
          id: tenant.apiClientId,
          displayName: 'Career Conversations API',
          email: null,
        },
        new Date(),
      );
    });
    const nonIndexed = `${LOG}?$filter=${encodeURIComponent("fields/Note eq 'n3'")}`;
    const throttled = await graph(tenant, api, nonIndexed, { headers: PREFER });
    expect(throttled.status).toBe(500);
    expect(errorOf(throttled.body).message).toBe(
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    );
    const indexed = await graph(
      tenant,
      api,
      `${LOG}?$filter=${encodeURIComponent("fields/Bucket eq 'odd'")}`,
    );
    expect(indexed.status).toBe(200);
    const narrowed = await graph(
      tenant,
      api,
      `${LOG}?$filter=${encodeURIComponent("fields/Bucket eq 'odd' and fields/Note eq 'n3'")}`,
      { headers: PREFER },
    );
    expect(narrowed.status).toBe(200);
    expect(ids(narrowed.body)).toEqual(['4']);
    const unfiltered = await graph(tenant, api, `${LOG}?$top=5000`);
    expect((unfiltered.body.value as Json[]).length).toBe(5000);
  });

  it('answers indexed queries from items created, changed and deleted after the index was built', async () => {
    await createList(tenant, api, CAREER_SITE_ID, {
      displayName: 'Followups',
      columns: [{ name: 'ReportId', text: {}, indexed: true }],
    });
    const items = sitePath(CAREER_SITE_ID, '/lists/Followups/items');
    for (const reportId of ['liam', 'yuki', 'liam', 'yuki']) {
      expect(
        (await send(tenant, api, 'POST', items, { fields: { ReportId: reportId } })).status,
      ).toBe(201);
    }
    const liams = async (): Promise<string[]> =>
      ids(
        (
          await graph(
            tenant,
            api,
            `${items}?$filter=${encodeURIComponent("fields/ReportId eq 'liam'")}`,
          )
        ).body,
      );
    expect(await liams()).toEqual(['1', '3']);
    expect((await send(tenant, api, 'POST', items, { fields: { ReportId: 'liam' } })).status).toBe(
      201,
    );
    expect(
      (await send(tenant, api, 'PATCH', `${items}/2/fields`, { ReportId: 'liam' })).status,
    ).toBe(200);
    expect(
      (await send(tenant, api, 'PATCH', `${items}/3`, { fields: { ReportId: 'yuki' } })).status,
    ).toBe(200);
    expect((await send(tenant, api, 'DELETE', `${items}/1`)).status).toBe(204);
    expect(await liams()).toEqual(['2', '5']);
  });
});
