import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { LIAM, PRIYA, graph, startTenant } from '../helpers';
import { mintGraphToken } from '../mail/mint-token';
import { API_CLIENT_SECRET } from '../../../../src/local-tenant';

async function appToken(tenant: LocalTenant): Promise<string> {
  const response = await fetch(`${tenant.authority}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: tenant.apiClientId,
      client_secret: API_CLIENT_SECRET,
      scope: 'https://graph.microsoft.com/.default',
    }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

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

  it('shows the Teams activity feed, each notification opening its deep link in the local Teams host', async () => {
    const before = await view(`person=${encodeURIComponent(PRIYA)}`);
    expect(before.page).toContain('>Teams activity</h2><p>No Teams activity.</p>');
    const app = await appToken(tenant);
    const link =
      'https://teams.microsoft.com/l/entity/app/career-home?context=%7B%22subEntityId%22%3A%22reports%2Fr%2Fclose%22%7D';
    const sent = await fetch(
      `${tenant.graphUrl}/users/${encodeURIComponent(PRIYA)}/teamwork/sendActivityNotification`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${app}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          topic: { source: 'text', value: 'Career Conversations', webUrl: link },
          activityType: 'summaryDue',
          previewText: { content: 'The written summary for <Tomás> is due in 4 hours.' },
          templateParameters: [
            { name: 'person', value: 'Tomás' },
            { name: 'when', value: 'in 4 hours' },
          ],
        }),
      },
    );
    expect(sent.status).toBe(204);
    const { page } = await view(`person=${encodeURIComponent(PRIYA)}`);
    expect(page).toContain('>Summary for Tomás due in 4 hours</a>');
    expect(page).toContain('The written summary for &lt;Tomás&gt; is due in 4 hours.');
    expect(page).toContain(`link=${encodeURIComponent(link).replace(/%20/g, '+')}`);
  });

  it('says so for someone the tenant does not know', async () => {
    expect((await view('person=nobody%40example.com')).status).toBe(404);
  });
});
