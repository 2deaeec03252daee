import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { LIAM, PRIYA, errorOf, graph, spaSignIn, startTenant } from '../helpers';

const NAMESPACE = '{4a1b9c2e-7d3f-4e8a-9b6c-1f2e3d4c5b6a}';
const IDEMPOTENCY = `String ${NAMESPACE} Name X-Career-Idempotency`;

type Message = Record<string, unknown> & { id: string; subject: string };
type Collection = { value: Message[]; '@odata.nextLink'?: string; '@odata.count'?: number };

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

function byProperty(id: string, value: string): string {
  return encodeURIComponent(
    `singleValueExtendedProperties/Any(ep: ep/id eq '${id}' and ep/value eq '${value}')`,
  );
}

describe('mail: extended properties, $filter, $select, $orderby and paging', () => {
  let tenant: LocalTenant;
  let priya: string;
  let liam: string;
  let draftId: string;
  beforeAll(async () => {
    tenant = await startTenant({ freezeClock: true, now: '2025-03-03T09:00:00Z' });
    priya = (await spaSignIn(tenant, PRIYA)).access_token;
    liam = (await spaSignIn(tenant, LIAM)).access_token;
    const created = await graph(
      tenant,
      priya,
      '/me/messages',
      post({
        subject: 'Idempotent summary',
        toRecipients: [{ emailAddress: { address: LIAM } }],
        singleValueExtendedProperties: [{ id: IDEMPOTENCY, value: 'summary-42' }],
      }),
    );
    draftId = created.body.id as string;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('finds a message by a named String property, in the mailbox and in a folder', async () => {
    const found = await graph(
      tenant,
      priya,
      `/me/messages?$filter=${byProperty(IDEMPOTENCY, 'summary-42')}`,
    );
    expect(found.status).toBe(200);
    expect((found.body as Collection).value.map((message) => message.id)).toEqual([draftId]);
    // The response does not include the matching property.
    expect((found.body as Collection).value[0]).not.toHaveProperty('singleValueExtendedProperties');
    const inDrafts = await graph(
      tenant,
      priya,
      `/me/mailFolders/drafts/messages?$filter=${byProperty(IDEMPOTENCY, 'summary-42')}`,
    );
    expect((inDrafts.body as Collection).value).toHaveLength(1);
    const inInbox = await graph(
      tenant,
      priya,
      `/me/mailFolders/inbox/messages?$filter=${byProperty(IDEMPOTENCY, 'summary-42')}`,
    );
    expect((inInbox.body as Collection).value).toHaveLength(0);
  });

  it('matches the GUID and type case-insensitively, the name case-sensitively, the value case-insensitively', async () => {
    const count = async (id: string, value: string): Promise<number> =>
      (
        (await graph(tenant, priya, `/me/messages?$filter=${byProperty(id, value)}`))
          .body as Collection
      ).value.length;
    expect(
      await count(`string ${NAMESPACE.toUpperCase()} name X-Career-Idempotency`, 'summary-42'),
    ).toBe(1);
    expect(await count(`String ${NAMESPACE} Name x-career-idempotency`, 'summary-42')).toBe(0);
    expect(await count(IDEMPOTENCY, 'SUMMARY-42')).toBe(1);
    expect(await count(IDEMPOTENCY, 'summary-43')).toBe(0);
    const contains = encodeURIComponent(
      `singleValueExtendedProperties/any(ep:ep/Id eq '${IDEMPOTENCY}' and contains(ep/Value, 'mary-4'))`,
    );
    expect(
      ((await graph(tenant, priya, `/me/messages?$filter=${contains}`)).body as Collection).value,
    ).toHaveLength(1);
  });

  it('expands only the properties named in the $expand filter', async () => {
    await graph(tenant, priya, `/me/messages/${draftId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        singleValueExtendedProperties: [
          { id: 'SystemTime 0x3FEF', value: '2025-03-04T08:00:00+01:00' },
        ],
      }),
    });
    const expand = encodeURIComponent(
      `singleValueExtendedProperties($filter=id eq '${IDEMPOTENCY}')`,
    );
    const got = await graph(tenant, priya, `/me/messages/${draftId}?$expand=${expand}`);
    expect(got.status).toBe(200);
    expect(got.body.singleValueExtendedProperties).toEqual([
      { id: IDEMPOTENCY, value: 'summary-42' },
    ]);
    const time = encodeURIComponent(
      `singleValueExtendedProperties($filter=id eq 'SystemTime 0x3FEF')`,
    );
    const timed = await graph(tenant, priya, `/me/messages/${draftId}?$expand=${time}`);
    // SystemTime values come back in UTC.
    expect(timed.body.singleValueExtendedProperties).toEqual([
      { id: 'SystemTime 0x3FEF', value: '2025-03-04T07:00:00Z' },
    ]);
    const noFilter = await graph(
      tenant,
      priya,
      `/me/messages/${draftId}?$expand=singleValueExtendedProperties`,
    );
    expect(noFilter.status).toBe(400);
  });

  it('keeps named properties on the recipient copy and finds the sent message in Sent Items', async () => {
    const created = await graph(
      tenant,
      priya,
      '/me/messages',
      post({
        subject: 'Sent with a key',
        toRecipients: [{ emailAddress: { address: LIAM } }],
        singleValueExtendedProperties: [{ id: IDEMPOTENCY, value: 'summary-77' }],
      }),
    );
    await graph(tenant, priya, `/me/messages/${String(created.body.id)}/send`, { method: 'POST' });
    const sent = await graph(
      tenant,
      priya,
      `/me/mailFolders/sentitems/messages?$filter=${byProperty(IDEMPOTENCY, 'summary-77')}`,
    );
    expect((sent.body as Collection).value.map((message) => message.subject)).toEqual([
      'Sent with a key',
    ]);
    const received = await graph(
      tenant,
      liam,
      `/me/messages?$filter=${byProperty(IDEMPOTENCY, 'summary-77')}`,
    );
    expect((received.body as Collection).value).toHaveLength(1);
  });

  it('pages with $top and an @odata.nextLink carrying $skip, newest first by default', async () => {
    for (const index of [1, 2, 3]) {
      tenant.clock.advance(60_000);
      await graph(
        tenant,
        priya,
        '/me/sendMail',
        post({
          message: {
            subject: `Page ${String(index)}`,
            toRecipients: [{ emailAddress: { address: LIAM } }],
          },
        }),
      );
    }
    const first = await graph(
      tenant,
      liam,
      '/me/mailFolders/inbox/messages?$top=2&$select=subject,receivedDateTime',
    );
    expect(first.status).toBe(200);
    const page = first.body as Collection;
    expect(page.value.map((message) => message.subject)).toEqual(['Page 3', 'Page 2']);
    expect(Object.keys(page.value[0] ?? {}).sort()).toEqual([
      '@odata.etag',
      'id',
      'receivedDateTime',
      'subject',
    ]);
    expect(String(first.body['@odata.context'])).toMatch(
      /\/mailFolders\('inbox'\)\/messages\(subject,receivedDateTime\)$/,
    );
    const next = page['@odata.nextLink'] ?? '';
    expect(next).toContain('$skip=2');
    const second = await graph(tenant, liam, next.slice(tenant.graphUrl.length));
    expect((second.body as Collection).value[0]?.subject).toBe('Page 1');
  });

  it('filters on dates and subject, orders, and refuses an inefficient $filter/$orderby pair', async () => {
    const since = encodeURIComponent('receivedDateTime ge 2025-03-03T09:01:30Z');
    const recent = await graph(
      tenant,
      liam,
      `/me/messages?$filter=${since}&$orderby=receivedDateTime asc&$select=subject`,
    );
    expect(recent.status).toBe(200);
    expect((recent.body as Collection).value.map((message) => message.subject)).toEqual([
      'Page 2',
      'Page 3',
    ]);

    const inefficient = await graph(
      tenant,
      liam,
      `/me/messages?$filter=${encodeURIComponent("subject eq 'Page 2'")}&$orderby=receivedDateTime desc`,
    );
    expect(inefficient.status).toBe(400);
    expect(errorOf(inefficient.body)).toMatchObject({
      code: 'InefficientFilter',
      message: 'The restriction or sort order is too complex for this operation.',
    });
    const unknown = await graph(tenant, liam, '/me/messages?$select=subject,colour');
    expect(unknown.status).toBe(400);
    const badTop = await graph(tenant, liam, '/me/messages?$top=1001');
    expect(badTop.status).toBe(400);
  });

  it('returns text bodies when asked with Prefer: outlook.body-content-type', async () => {
    const got = await graph(tenant, priya, '/me/messages?$top=1&$select=body', {
      headers: { prefer: 'outlook.body-content-type="text"' },
    });
    expect(got.headers.get('preference-applied')).toBe('outlook.body-content-type="text"');
    expect(((got.body as Collection).value[0]?.body as { contentType: string }).contentType).toBe(
      'text',
    );
  });

  it('lists the well-known folders with counts', async () => {
    const folders = await graph(tenant, liam, '/me/mailFolders');
    const names = (folders.body as Collection).value.map((folder) => folder.displayName);
    expect(names).toEqual(
      expect.arrayContaining(['Inbox', 'Drafts', 'Sent Items', 'Outbox', 'Deleted Items']),
    );
    const inbox = await graph(tenant, liam, '/me/mailFolders/Inbox');
    expect(inbox.body).toMatchObject({ displayName: 'Inbox', childFolderCount: 0 });
    expect(Number(inbox.body.unreadItemCount)).toBeGreaterThan(0);
    const byId = await graph(tenant, liam, `/me/mailFolders/${String(inbox.body.id)}`);
    expect(byId.body.displayName).toBe('Inbox');
    expect((await graph(tenant, liam, '/me/mailFolders/nosuchfolder')).status).toBe(400);
  });
});
