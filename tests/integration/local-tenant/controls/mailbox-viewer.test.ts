import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { LIAM, PRIYA, graph, startTenant } from '../helpers';
import { mintGraphToken } from '../mail/mint-token';

// PidTagDeferredSendTime: the message waits in Drafts until then.
const DEFERRED = 'SystemTime 0x3FEF';

describe('the local tenant viewer (/_local/viewer): what the product did, readable', () => {
  let tenant: LocalTenant;
  let priya: string;
  beforeAll(async () => {
    tenant = await startTenant({ freezeClock: true, now: '2026-12-08T09:30:00Z' });
    priya = await mintGraphToken(tenant, PRIYA, { scopes: ['Mail.ReadWrite', 'Mail.Send'] });
  });
  afterAll(async () => {
    await tenant.close();
  });

  const view = async (query: string): Promise<{ status: number; page: string }> => {
    const response = await fetch(`${tenant.url}/_local/viewer?${query}`);
    return { status: response.status, page: await response.text() };
  };

  it('shows a person’s inbox, calendar week, To Do and app folder files, in their zone', async () => {
    const { status, page } = await view(`person=${encodeURIComponent(PRIYA)}`);
    expect(status).toBe(200);
    for (const heading of [
      'Inbox',
      'Calendar, week of 2026-12-07',
      'To Do',
      'OneDrive app folders',
    ]) {
      expect(page).toContain(`>${heading}</h2>`);
    }
    expect(page).toContain('Times in Europe/London.');
    // The demo calendar holds Priya's weekly 1:1s: the week shows them, by day.
    expect(page.match(/class="event/g)?.length ?? 0).toBeGreaterThan(0);
    expect(page).toContain('aria-label="Mon 7 Dec"');
    expect(page).toContain('week=2026-12-14">Next week</a>');
  });

  it('marks mail that waits for its deferred send time, and escapes what mail says', async () => {
    const subject = 'Before we meet <script>alert(1)</script>';
    const created = await graph(tenant, priya, '/me/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        subject,
        body: { contentType: 'text', content: 'A few questions.' },
        toRecipients: [{ emailAddress: { address: LIAM } }],
        singleValueExtendedProperties: [{ id: DEFERRED, value: '2026-12-10T08:00:00Z' }],
      }),
    });
    expect(created.status).toBe(201);
    const sent = await graph(tenant, priya, `/me/messages/${String(created.body.id)}/send`, {
      method: 'POST',
    });
    expect(sent.status).toBe(202);

    const { page } = await view(`person=${encodeURIComponent(PRIYA)}`);
    expect(page).toContain('Before we meet &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('Waiting in Drafts for its send time (deferred delivery)');
    // Not in Liam's inbox yet.
    expect((await view(`person=${encodeURIComponent(LIAM)}`)).page).not.toContain('Before we meet');
  });

  it('says so for someone the tenant does not know', async () => {
    expect((await view('person=nobody%40example.com')).status).toBe(404);
  });
});
