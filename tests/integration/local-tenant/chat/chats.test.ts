import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { LIAM, PRIYA, apiAppToken, errorOf, graph, spaSignIn, startTenant } from '../helpers';
import { mintGraphToken } from '../mail/mint-token';

const YUKI = 'yuki.nakamura@contoso-demo.example';

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const member = (who: string): Record<string, unknown> => ({
  '@odata.type': '#microsoft.graph.aadUserConversationMember',
  roles: ['owner'],
  'user@odata.bind': `https://graph.microsoft.com/v1.0/users('${who}')`,
});

type Collection = { value: Record<string, unknown>[]; '@odata.nextLink'?: string };

describe('chat: one-on-one chats and messages', () => {
  let tenant: LocalTenant;
  let priya: string;
  let liam: string;
  let yuki: string;
  let priyaId: string;
  let liamId: string;
  beforeAll(async () => {
    tenant = await startTenant({ freezeClock: true, now: '2025-03-03T09:00:00Z' });
    priya = (await spaSignIn(tenant, PRIYA)).access_token;
    liam = (await spaSignIn(tenant, LIAM)).access_token;
    yuki = (await spaSignIn(tenant, YUKI)).access_token;
    priyaId = (await graph(tenant, priya, '/me')).body.id as string;
    liamId = (await graph(tenant, liam, '/me')).body.id as string;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('returns the existing one-on-one chat instead of creating a second one', async () => {
    const first = await graph(
      tenant,
      priya,
      '/chats',
      post({ chatType: 'oneOnOne', members: [member(priyaId), member(liamId)] }),
    );
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      '@odata.context': `${tenant.graphUrl}/$metadata#chats/$entity`,
      chatType: 'oneOnOne',
      topic: null,
      tenantId: tenant.tenantId,
    });
    const id = first.body.id as string;
    expect(id).toMatch(/^19:[0-9a-f-]{36}_[0-9a-f-]{36}@unq\.gbl\.spaces$/);
    // Same pair, other order, by UPN: still the same chat.
    const again = await graph(
      tenant,
      liam,
      '/chats',
      post({ chatType: 'oneOnOne', members: [member(LIAM), member(PRIYA)] }),
    );
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(id);
    const mine = await graph(tenant, priya, '/me/chats');
    expect((mine.body as Collection).value.filter((chat) => chat.id === id)).toHaveLength(1);
  });

  it('posts an HTML message and lists it, newest first, for members', async () => {
    const chat = await graph(
      tenant,
      priya,
      '/chats',
      post({ chatType: 'oneOnOne', members: [member(priyaId), member(liamId)] }),
    );
    const chatId = chat.body.id as string;
    const sent = await graph(
      tenant,
      priya,
      `/chats/${encodeURIComponent(chatId)}/messages`,
      post({ body: { contentType: 'html', content: '<p>Your summary is in your inbox.</p>' } }),
    );
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      messageType: 'message',
      chatId,
      body: { contentType: 'html', content: '<p>Your summary is in your inbox.</p>' },
      from: { user: { id: priyaId, displayName: 'Priya Raman', userIdentityType: 'aadUser' } },
      createdDateTime: '2025-03-03T09:00:00.000Z',
    });
    expect(sent.body.id).toBe(String(Date.parse('2025-03-03T09:00:00Z')));
    tenant.clock.advance(1000);
    const reply = await graph(
      tenant,
      liam,
      `/chats/${chatId}/messages`,
      post({ body: { content: 'Thanks!' } }),
    );
    expect(reply.status).toBe(201);
    expect((reply.body.body as { contentType: string }).contentType).toBe('text');

    const list = await graph(tenant, liam, `/chats/${encodeURIComponent(chatId)}/messages?$top=2`);
    expect(list.status).toBe(200);
    const contents = (list.body as Collection).value.map(
      (message) => (message.body as { content: string }).content,
    );
    expect(contents[0]).toBe('Thanks!');
    expect(contents[1]).toBe('<p>Your summary is in your inbox.</p>');
    expect(list.body['@odata.nextLink']).toBeDefined();
    const members = await graph(tenant, priya, `/chats/${chatId}?$expand=members`);
    expect(
      (members.body.members as { userId: string }[]).map((item) => item.userId).sort(),
    ).toEqual([liamId, priyaId].sort());
  });

  it('keeps non-members out: 403 to read or post', async () => {
    const chat = await graph(
      tenant,
      priya,
      '/chats',
      post({ chatType: 'oneOnOne', members: [member(priyaId), member(liamId)] }),
    );
    const chatId = chat.body.id as string;
    const read = await graph(tenant, yuki, `/chats/${chatId}/messages`);
    expect(read.status).toBe(403);
    expect(errorOf(read.body).code).toBe('Forbidden');
    expect((await graph(tenant, yuki, `/chats/${chatId}`)).status).toBe(403);
    const write = await graph(
      tenant,
      yuki,
      `/chats/${chatId}/messages`,
      post({ body: { content: 'hi' } }),
    );
    expect(write.status).toBe(403);
    const unknown = await graph(tenant, yuki, '/chats/19:nope@thread.v2');
    expect(unknown.status).toBe(404);
  });

  it('needs the caller among the members and exactly two members for oneOnOne', async () => {
    const without = await graph(
      tenant,
      yuki,
      '/chats',
      post({ chatType: 'oneOnOne', members: [member(priyaId), member(liamId)] }),
    );
    expect(without.status).toBe(400);
    const three = await graph(
      tenant,
      priya,
      '/chats',
      post({ chatType: 'oneOnOne', members: [member(priyaId), member(liamId), member(YUKI)] }),
    );
    expect(three.status).toBe(400);
    const nobody = await graph(
      tenant,
      priya,
      '/chats',
      post({
        chatType: 'oneOnOne',
        members: [member(priyaId), member('ghost@contoso-demo.example')],
      }),
    );
    expect(nobody.status).toBe(404);
  });

  it('checks Chat.Create / ChatMessage.Send / Chat.Read scopes with Teams-style 403s', async () => {
    const readOnly = await mintGraphToken(tenant, PRIYA, { scopes: ['Chat.Read'] });
    const create = await graph(
      tenant,
      readOnly,
      '/chats',
      post({ chatType: 'oneOnOne', members: [member(priyaId), member(liamId)] }),
    );
    expect(create.status).toBe(403);
    expect(errorOf(create.body).message).toContain(
      "API requires one of 'Chat.Create, Chat.ReadWrite'",
    );
    const createOnly = await mintGraphToken(tenant, PRIYA, {
      scopes: ['Chat.Create', 'ChatMessage.Send'],
    });
    const created = await graph(
      tenant,
      createOnly,
      '/chats',
      post({ chatType: 'oneOnOne', members: [member(priyaId), member(liamId)] }),
    );
    expect(created.status).toBe(201);
    const chatId = created.body.id as string;
    expect(
      (
        await graph(
          tenant,
          createOnly,
          `/chats/${chatId}/messages`,
          post({ body: { content: 'x' } }),
        )
      ).status,
    ).toBe(201);
    expect((await graph(tenant, createOnly, `/chats/${chatId}/messages`)).status).toBe(403);
    expect((await graph(tenant, readOnly, `/chats/${chatId}/messages`)).status).toBe(200);
    const app = await apiAppToken(tenant);
    expect((await graph(tenant, app, `/chats/${chatId}/messages`)).status).toBe(403);
  });

  it('seeds a one-on-one chat between each manager and report', async () => {
    const yukiChats = await graph(tenant, yuki, '/me/chats?$expand=members');
    const withPriya = (yukiChats.body as Collection).value.find((chat) =>
      (chat.members as { userId: string }[]).some((item) => item.userId === priyaId),
    );
    expect(withPriya?.chatType).toBe('oneOnOne');
  });
});
