import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { readMailbox } from '../../../../src/local-tenant/graph/mail/mailbox-view';
import { LIAM, PRIYA, graph, startTenant } from '../helpers';
import { mintGraphToken } from './mint-token';

// PidTagDeferredSendTime, the MAPI property Exchange reads to hold a message back.
const DEFERRED = 'SystemTime 0x3FEF';

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('mail: deferred delivery (PR_DEFERRED_SEND_TIME)', () => {
  let tenant: LocalTenant;
  let priya: string;
  let liam: string;
  // Tokens live about an hour on the tenant clock, which these tests move by days.
  const signIn = async (): Promise<void> => {
    const scopes = ['Mail.ReadWrite', 'Mail.Send'];
    priya = await mintGraphToken(tenant, PRIYA, { scopes });
    liam = await mintGraphToken(tenant, LIAM, { scopes });
  };
  beforeAll(async () => {
    tenant = await startTenant({ freezeClock: true, now: '2025-03-03T09:00:00Z' });
    await signIn();
  });
  afterAll(async () => {
    await tenant.close();
  });

  const schedule = async (subject: string, at: string): Promise<string> => {
    const created = await graph(
      tenant,
      priya,
      '/me/messages',
      post({
        subject,
        body: {
          contentType: 'html',
          content: '<p>A few questions to think about before we meet.</p>',
        },
        toRecipients: [{ emailAddress: { address: LIAM } }],
        singleValueExtendedProperties: [{ id: DEFERRED, value: at }],
      }),
    );
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const sent = await graph(tenant, priya, `/me/messages/${id}/send`, { method: 'POST' });
    expect(sent.status).toBe(202);
    return id;
  };
  const inboxCount = async (subject: string): Promise<number> => {
    const inbox = await graph(
      tenant,
      liam,
      `/me/messages?$filter=${encodeURIComponent(`subject eq '${subject}'`)}`,
    );
    expect(inbox.status).toBe(200);
    return (inbox.body.value as unknown[]).length;
  };
  const advance = async (duration: string): Promise<void> => {
    const response = await fetch(`${tenant.url}/_local/clock`, post({ advance: duration }));
    expect(response.status).toBe(200);
    await signIn();
  };

  it('holds the message in Drafts until the tenant clock passes the time, then delivers it once', async () => {
    const id = await schedule('Reflection prompt', '2025-03-03T11:00:00Z');
    expect(await inboxCount('Reflection prompt')).toBe(0);
    // Exchange Online keeps a scheduled message in Drafts, with its id, until it goes out.
    const held = await graph(tenant, priya, `/me/mailFolders/drafts/messages/${id}`);
    expect(held.status).toBe(200);
    expect(held.body.isDraft).toBe(true);

    await advance('PT1H');
    expect(await inboxCount('Reflection prompt')).toBe(0);
    await advance('PT1H30M');
    expect(await inboxCount('Reflection prompt')).toBe(1);
    const inbox = await graph(
      tenant,
      liam,
      `/me/messages?$filter=${encodeURIComponent("subject eq 'Reflection prompt'")}`,
    );
    const [delivered] = inbox.body.value as Record<string, unknown>[];
    // Delivered at the scheduled time, not at the moment the clock jumped past it.
    expect(delivered).toMatchObject({
      receivedDateTime: '2025-03-03T11:00:00.000Z',
      sentDateTime: '2025-03-03T11:00:00.000Z',
      from: { emailAddress: { address: PRIYA } },
      isRead: false,
    });
    expect((await graph(tenant, priya, `/me/messages/${id}`)).status).toBe(404);
    const sent = readMailbox(tenant.ctx, PRIYA, 'sentitems')?.filter(
      (item) => item.subject === 'Reflection prompt',
    );
    expect(sent).toHaveLength(1);
    expect(sent?.[0]?.isDraft).toBe(false);

    await advance('P2D');
    expect(await inboxCount('Reflection prompt')).toBe(1);
  });

  it('delivers on a direct clock change too (tenant.clock.advance), without any request', async () => {
    await schedule('Clock hook', new Date(tenant.clock.epochMs() + 60_000).toISOString());
    tenant.clock.advance(120_000);
    await signIn();
    const inbox = readMailbox(tenant.ctx, LIAM, 'inbox') ?? [];
    expect(inbox.filter((item) => item.subject === 'Clock hook')).toHaveLength(1);
  });

  it('never delivers a scheduled message that was deleted before its time', async () => {
    const id = await schedule(
      'Cancelled',
      new Date(tenant.clock.epochMs() + 3_600_000).toISOString(),
    );
    expect((await graph(tenant, priya, `/me/messages/${id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    await advance('PT2H');
    expect(await inboxCount('Cancelled')).toBe(0);
  });

  it('sends at once when the deferred time is already past', async () => {
    await schedule('Past time', '2020-01-01T00:00:00Z');
    expect(await inboxCount('Past time')).toBe(1);
  });

  it('delivers exactly once when many requests arrive after the time has passed', async () => {
    // A running clock: the message falls due between requests, with no clock change to hook.
    await fetch(`${tenant.url}/_local/clock`, post({ frozen: false }));
    const due = tenant.clock.epochMs() + 400;
    await schedule('Race', new Date(due).toISOString());
    // Waits for the condition itself, the tenant's time passing the deferred time, however slow
    // or fast the machine.
    await vi.waitUntil(() => tenant.clock.epochMs() > due, { timeout: 5_000, interval: 20 });
    const requests = Array.from({ length: 24 }, (_, index) =>
      index % 2 === 0
        ? graph(tenant, liam, '/me/messages?$top=5')
        : graph(tenant, priya, '/me/mailFolders/sentitems/messages?$top=5'),
    );
    const responses = await Promise.all(requests);
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(await inboxCount('Race')).toBe(1);
    expect(
      readMailbox(tenant.ctx, PRIYA, 'sentitems')?.filter((item) => item.subject === 'Race'),
    ).toHaveLength(1);
    await fetch(`${tenant.url}/_local/clock`, post({ frozen: true }));
  });

  it('does not hold back sendMail: Graph sets extended properties on drafts, not on sendMail', async () => {
    const sent = await graph(
      tenant,
      priya,
      '/me/sendMail',
      post({
        message: {
          subject: 'sendMail with a time',
          toRecipients: [{ emailAddress: { address: LIAM } }],
          singleValueExtendedProperties: [
            { id: DEFERRED, value: new Date(tenant.clock.epochMs() + 86_400_000).toISOString() },
          ],
        },
      }),
    );
    expect(sent.status).toBe(202);
    expect(await inboxCount('sendMail with a time')).toBe(1);
  });

  it('lists any mailbox through the loopback control', async () => {
    const response = await fetch(`${tenant.url}/_local/mailboxes/${LIAM}?folder=inbox`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { messages: { subject: string; folder: string }[] };
    expect(body.messages.some((message) => message.subject === 'Reflection prompt')).toBe(true);
    expect(body.messages.every((message) => message.folder === 'inbox')).toBe(true);
    expect((await fetch(`${tenant.url}/_local/mailboxes/nobody@contoso-demo.example`)).status).toBe(
      404,
    );
  });
});
