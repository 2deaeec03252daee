import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { readMailbox } from '../../../../src/local-tenant/graph/mail/mailbox-view';
import { LIAM, PRIYA, apiAppToken, errorOf, graph, spaSignIn, startTenant } from '../helpers';
import { mintGraphToken } from './mint-token';

type Message = Record<string, unknown> & { id: string; subject: string };
type Collection = { value: Message[]; '@odata.nextLink'?: string; '@odata.context': string };

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('mail: drafts, send and sendMail', () => {
  let tenant: LocalTenant;
  let priya: string;
  let liam: string;
  let priyaId: string;
  beforeAll(async () => {
    tenant = await startTenant({ freezeClock: true, now: '2025-03-03T09:00:00Z' });
    priya = (await spaSignIn(tenant, PRIYA)).access_token;
    liam = (await spaSignIn(tenant, LIAM)).access_token;
    priyaId = (await graph(tenant, priya, '/me')).body.id as string;
  });
  afterAll(async () => {
    await tenant.close();
  });

  const draft = async (body: Record<string, unknown>): Promise<Message> => {
    const created = await graph(tenant, priya, '/me/messages', json(body));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body as Message;
  };

  it('creates a draft in Drafts, resolves recipient names and wraps an HTML body', async () => {
    const message = await draft({
      subject: 'Summary of our career conversation',
      body: { contentType: 'HTML', content: '<p>Thanks, <b>Liam</b></p>' },
      toRecipients: [{ emailAddress: { address: LIAM } }],
      importance: 'High',
    });
    expect(message['@odata.context']).toBe(
      `${tenant.graphUrl}/$metadata#users('${priyaId}')/messages/$entity`,
    );
    expect(message).toMatchObject({
      isDraft: true,
      isRead: true,
      importance: 'high',
      subject: 'Summary of our career conversation',
      bodyPreview: 'Thanks, Liam',
      toRecipients: [{ emailAddress: { name: "Liam O'Connor", address: LIAM } }],
      ccRecipients: [],
      from: null,
      sender: null,
      hasAttachments: false,
      createdDateTime: '2025-03-03T09:00:00.000Z',
    });
    expect(String(message['@odata.etag'])).toMatch(/^W\/"/);
    const body = message.body as { contentType: string; content: string };
    expect(body.contentType).toBe('html');
    expect(body.content).toContain('<body>');
    expect(body.content).toContain('<p>Thanks, <b>Liam</b></p>');

    const drafts = await graph(tenant, priya, '/me/mailFolders/drafts/messages');
    expect((drafts.body as Collection).value.map((item) => item.id)).toContain(message.id);
    const fetched = await graph(tenant, priya, `/me/messages/${message.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body.changeKey).toBe(message.changeKey);
  });

  it('updates a draft with PATCH and returns the new version', async () => {
    const message = await draft({ subject: 'First', toRecipients: [] });
    const patched = await graph(tenant, priya, `/me/messages/${message.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        subject: 'Second',
        ccRecipients: [{ emailAddress: { address: LIAM } }],
      }),
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ subject: 'Second', isDraft: true });
    expect(patched.body.changeKey).not.toBe(message.changeKey);
    expect((patched.body.ccRecipients as unknown[]).length).toBe(1);
  });

  it('sends a draft: 202, Sent Items gets it under a new id, the recipient reads it in their Inbox', async () => {
    const message = await draft({
      subject: 'Delivered now',
      body: { contentType: 'text', content: 'See you Thursday.' },
      toRecipients: [{ emailAddress: { address: LIAM } }],
    });
    const sent = await graph(tenant, priya, `/me/messages/${message.id}/send`, { method: 'POST' });
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({});

    // Moving to Sent Items gives the message a new REST id, as Exchange does.
    const old = await graph(tenant, priya, `/me/messages/${message.id}`);
    expect(old.status).toBe(404);
    expect(errorOf(old.body).code).toBe('ErrorItemNotFound');
    const sentItems = await graph(
      tenant,
      priya,
      `/me/mailFolders/sentitems/messages?$filter=subject eq 'Delivered now'`,
    );
    const copy = (sentItems.body as Collection).value[0];
    expect(copy).toMatchObject({
      isDraft: false,
      from: { emailAddress: { address: PRIYA, name: 'Priya Raman' } },
      sentDateTime: '2025-03-03T09:00:00.000Z',
    });

    const inbox = await graph(tenant, liam, `/me/messages?$filter=subject eq 'Delivered now'`);
    expect(inbox.status).toBe(200);
    const received = (inbox.body as Collection).value;
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      isRead: false,
      isDraft: false,
      from: { emailAddress: { address: PRIYA } },
      sender: { emailAddress: { address: PRIYA } },
      receivedDateTime: '2025-03-03T09:00:00.000Z',
      body: { contentType: 'text', content: 'See you Thursday.' },
    });
    expect(received[0]?.parentFolderId).toBe(
      (await graph(tenant, liam, '/me/mailFolders/inbox')).body.id,
    );
  });

  it('refuses to send a draft twice', async () => {
    const message = await draft({
      subject: 'Once',
      toRecipients: [{ emailAddress: { address: LIAM } }],
    });
    const immutable = await graph(tenant, priya, `/me/messages/${message.id}`, {
      headers: { prefer: 'IdType="ImmutableId"' },
    });
    expect(immutable.headers.get('preference-applied')).toContain('ImmutableId');
    const immutableId = immutable.body.id as string;
    expect(
      (await graph(tenant, priya, `/me/messages/${message.id}/send`, { method: 'POST' })).status,
    ).toBe(202);
    // The immutable id survives the move to Sent Items.
    const again = await graph(tenant, priya, `/me/messages/${immutableId}/send`, {
      method: 'POST',
    });
    expect(again.status).toBe(400);
    expect(
      readMailbox(tenant.ctx, LIAM, 'inbox')?.filter((item) => item.subject === 'Once'),
    ).toHaveLength(1);
  });

  it('sendMail delivers at once and saves to Sent Items unless saveToSentItems is false', async () => {
    const send = (subject: string, saveToSentItems?: unknown): Promise<{ status: number }> =>
      graph(
        tenant,
        priya,
        '/me/sendMail',
        json({
          message: {
            subject,
            body: { contentType: 'Text', content: 'The new cafeteria is open.' },
            toRecipients: [{ emailAddress: { address: LIAM } }],
          },
          ...(saveToSentItems === undefined ? {} : { saveToSentItems }),
        }),
      );
    expect((await send('Lunch?')).status).toBe(202);
    expect((await send('No copy', 'false')).status).toBe(202);
    const sentItems = readMailbox(tenant.ctx, PRIYA, 'sentitems') ?? [];
    expect(sentItems.some((item) => item.subject === 'Lunch?')).toBe(true);
    expect(sentItems.some((item) => item.subject === 'No copy')).toBe(false);
    const inbox = readMailbox(tenant.ctx, LIAM, 'inbox') ?? [];
    expect(inbox.filter((item) => item.subject === 'Lunch?')).toHaveLength(1);
    expect(inbox.filter((item) => item.subject === 'No copy')).toHaveLength(1);
  });

  it('accepts recipients outside the tenant and records the message as sent only', async () => {
    const before = tenant.state.state.features.mail as { messages: unknown[] };
    const count = before.messages.length;
    const sent = await graph(
      tenant,
      priya,
      '/me/sendMail',
      json({
        message: {
          subject: 'External',
          toRecipients: [{ emailAddress: { address: 'someone@fabrikam.example' } }],
        },
      }),
    );
    expect(sent.status).toBe(202);
    const after = tenant.state.state.features.mail as { messages: unknown[] };
    expect(after.messages.length).toBe(count + 1);
    expect(
      readMailbox(tenant.ctx, PRIYA, 'sentitems')?.some((item) => item.subject === 'External'),
    ).toBe(true);
  });

  it('answers Graph errors for bad recipients, unknown properties and bad ids', async () => {
    const none = await graph(tenant, priya, '/me/sendMail', json({ message: { subject: 'x' } }));
    expect(none.status).toBe(400);
    expect(errorOf(none.body)).toEqual(
      expect.objectContaining({
        code: 'ErrorInvalidRecipients',
        message:
          "At least one recipient is not valid., A message can't be sent because it contains no recipients.",
      }),
    );
    const bad = await draft({
      subject: 'Bad',
      toRecipients: [{ emailAddress: { address: 'not-an-address' } }],
    });
    const sendBad = await graph(tenant, priya, `/me/messages/${bad.id}/send`, { method: 'POST' });
    expect(sendBad.status).toBe(400);
    expect(errorOf(sendBad.body).message).toContain("Recipient 'not-an-address' is not resolved");

    const unknown = await graph(tenant, priya, '/me/messages', json({ subjekt: 'typo' }));
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown.body).code).toBe('RequestBodyRead');
    expect(errorOf(unknown.body).message).toContain(
      "'subjekt' does not exist on type 'microsoft.graph.message'",
    );

    const malformed = await graph(tenant, priya, '/me/messages/not-an-id');
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed.body)).toMatchObject({
      code: 'ErrorInvalidIdMalformed',
      message: 'Id is malformed.',
    });
    const missing = await graph(tenant, priya, `/me/messages/AAMkAG${'A'.repeat(60)}AAA=`);
    expect(missing.status).toBe(404);
    expect(errorOf(missing.body).code).toBe('ErrorItemNotFound');
  });

  it('moves a deleted message to Deleted Items', async () => {
    const message = await draft({ subject: 'Throw away' });
    const deleted = await graph(tenant, priya, `/me/messages/${message.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(
      readMailbox(tenant.ctx, PRIYA, 'deleteditems')?.some((item) => item.subject === 'Throw away'),
    ).toBe(true);
  });

  it('requires Mail.ReadWrite to draft and Mail.Send to send, per mailbox owner', async () => {
    const readWriteOnly = await mintGraphToken(tenant, PRIYA, { scopes: ['Mail.ReadWrite'] });
    const created = await graph(
      tenant,
      readWriteOnly,
      '/me/messages',
      json({ subject: 'No send', toRecipients: [{ emailAddress: { address: LIAM } }] }),
    );
    expect(created.status).toBe(201);
    const sent = await graph(
      tenant,
      readWriteOnly,
      `/me/messages/${String(created.body.id)}/send`,
      { method: 'POST' },
    );
    expect(sent.status).toBe(403);
    expect(errorOf(sent.body)).toMatchObject({
      code: 'ErrorAccessDenied',
      message: 'Access is denied. Check credentials and try again.',
    });
    const sendMail = await graph(
      tenant,
      readWriteOnly,
      '/me/sendMail',
      json({ message: { subject: 'x' } }),
    );
    expect(sendMail.status).toBe(403);

    const userOnly = await mintGraphToken(tenant, PRIYA, { scopes: ['User.Read'] });
    expect((await graph(tenant, userOnly, '/me/messages')).status).toBe(403);
    expect((await graph(tenant, userOnly, '/me/messages', json({ subject: 'x' }))).status).toBe(
      403,
    );

    // Another person's mailbox is out of reach with delegated permissions.
    const other = await graph(tenant, liam, `/users/${priyaId}/messages`);
    expect(other.status).toBe(403);
    expect(errorOf(other.body).code).toBe('ErrorAccessDenied');
    const own = await graph(tenant, priya, `/users/${PRIYA}/messages?$top=1`);
    expect(own.status).toBe(200);

    const app = await apiAppToken(tenant);
    const meApp = await graph(tenant, app, '/me/messages');
    expect(meApp.status).toBe(400);
    expect(errorOf(meApp.body).message).toBe(
      '/me request is only valid with delegated authentication flow.',
    );
    expect((await graph(tenant, app, `/users/${priyaId}/messages`)).status).toBe(403);
  });
});
