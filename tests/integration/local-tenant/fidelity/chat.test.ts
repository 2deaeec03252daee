// Requests and responses from the Microsoft Graph documentation (Teams chats), replayed against
// the local tenant: same request, same status, same property names and JSON types. The
// documentation's user ids are replaced by demo people (the tenant has no such users).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { LIAM, PRIYA, graph, spaSignIn, startTenant } from '../helpers';
import { expectShape } from '../sharepoint/shape';

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

// https://learn.microsoft.com/en-us/graph/api/chat-post (example 1, response)
const CHAT = {
  '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#chats/$entity',
  id: '19:82fe7758-5bb3-4f0d-a43f-e555fd399c6f_8c0a1a67-50ce-4114-bb6c-da9c5dbcf6ca@unq.gbl.spaces',
  topic: null,
  createdDateTime: '2020-12-04T23:10:28.51Z',
  lastUpdatedDateTime: '2020-12-04T23:10:28.51Z',
  chatType: 'oneOnOne',
};

const userFrom = {
  application: null,
  device: null,
  user: {
    id: '8ea0e38b-efb3-4757-924a-5f94061cf8c2',
    displayName: 'Robin Kline',
    userIdentityType: 'aadUser',
  },
};

// https://learn.microsoft.com/en-us/graph/api/chat-post-messages (response)
const CHAT_MESSAGE = {
  id: '1616991463150',
  replyToId: null,
  etag: '1616991463150',
  messageType: 'message',
  createdDateTime: '2021-03-29T04:17:43.15Z',
  lastModifiedDateTime: '2021-03-29T04:17:43.15Z',
  lastEditedDateTime: null,
  deletedDateTime: null,
  subject: null,
  summary: null,
  chatId: '19:2da4c29f6d7041eca70b638b43d45437@thread.v2',
  importance: 'normal',
  locale: 'en-us',
  webUrl: null,
  channelIdentity: null,
  policyViolation: null,
  eventDetail: null,
  from: { ...userFrom, conversation: null },
  body: { contentType: 'text', content: 'Hello World' },
  attachments: [],
  mentions: [],
  reactions: [],
  messageHistory: [],
};

describe('Teams chat fidelity with the Graph documentation examples', () => {
  let tenant: LocalTenant;
  let priya: string;
  let priyaId: string;
  let liamId: string;
  let yukiId: string;
  let groupId: string;
  beforeAll(async () => {
    tenant = await startTenant();
    priya = (await spaSignIn(tenant, PRIYA)).access_token;
    priyaId = String((await graph(tenant, priya, '/me')).body.id);
    liamId = String((await graph(tenant, priya, `/users/${LIAM}`)).body.id);
    yukiId = String((await graph(tenant, priya, `/users/${YUKI}`)).body.id);
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('create a one-on-one chat: https://learn.microsoft.com/en-us/graph/api/chat-post (example 1)', async () => {
    const created = await graph(
      tenant,
      priya,
      '/chats',
      post({ chatType: 'oneOnOne', members: [member(priyaId), member(liamId)] }),
    );
    expect(created.status).toBe(201);
    expectShape(created.body, CHAT);
  });

  it('create a group chat: https://learn.microsoft.com/en-us/graph/api/chat-post (example 2)', async () => {
    const created = await graph(
      tenant,
      priya,
      '/chats',
      post({
        chatType: 'group',
        topic: 'Group chat title',
        members: [member(priyaId), member(liamId), member(yukiId)],
      }),
    );
    expect(created.status).toBe(201);
    expectShape(created.body, {
      ...CHAT,
      id: '19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2',
      topic: 'Group chat title',
      chatType: 'group',
    });
    groupId = String(created.body.id);
    expect(groupId).toMatch(/^19:[0-9a-f]{32}@thread\.v2$/);
  });

  it('create a one-on-one chat by user principal name: https://learn.microsoft.com/en-us/graph/api/chat-post (example 3)', async () => {
    const created = await graph(
      tenant,
      priya,
      '/chats',
      post({ chatType: 'oneOnOne', members: [member(PRIYA), member(YUKI)] }),
    );
    expect(created.status).toBe(201);
    expectShape(created.body, CHAT);
  });

  it('get a chat and its members: https://learn.microsoft.com/en-us/graph/api/chat-get (examples 1 and 3)', async () => {
    const chat = await graph(tenant, priya, `/chats/${groupId}`);
    expect(chat.status).toBe(200);
    expectShape(chat.body, { ...CHAT, topic: 'test group 1', chatType: 'group' });
    const withMembers = await graph(tenant, priya, `/chats/${groupId}?$expand=members`);
    expect(withMembers.status).toBe(200);
    expectShape(withMembers.body, {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#chats(members())/$entity',
      'members@odata.context':
        "https://graph.microsoft.com/v1.0/$metadata#chats('19%3Ab8577894a63548969c5c92bb9c80c5e1%40thread.v2')/members",
      members: [
        {
          '@odata.type': '#microsoft.graph.aadUserConversationMember',
          id: 'MCMjMjQzMmI1N2ItMGFiZC00M2RiLWFhN2ItMTZlYWRkMTE1ZDM0IyMxOTpiODU3Nzg5NGE2MzU0ODk2OWM1YzkyYmI5YzgwYzVlMUB0aHJlYWQudjIjIzhjMGExYTY3LTUwY2UtNDExNC1iYjZjLWRhOWM1ZGJjZjZjYQ==',
          roles: ['owner'],
          displayName: 'John Doe',
          visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
          userId: '8c0a1a67-50ce-4114-bb6c-da9c5dbcf6ca',
          email: 'john@contoso.onmicrosoft.com',
          tenantId: 'b33cbe9f-8ebe-4f2a-912b-7e2a427f477f',
        },
      ],
    });
  });

  it('send a message: https://learn.microsoft.com/en-us/graph/api/chat-post-messages', async () => {
    const sent = await graph(
      tenant,
      priya,
      `/chats/${groupId}/messages`,
      post({ body: { content: 'Hello world' } }),
    );
    expect(sent.status).toBe(201);
    expectShape(sent.body, {
      '@odata.context':
        "https://graph.microsoft.com/v1.0/$metadata#chats('19%3A2da4c29f6d7041eca70b638b43d45437%40thread.v2')/messages/$entity",
      ...CHAT_MESSAGE,
    });
  });

  it('list messages: https://learn.microsoft.com/en-us/graph/api/chat-list-messages (example 1, $top=2)', async () => {
    await graph(tenant, priya, `/chats/${groupId}/messages`, post({ body: { content: 'Second' } }));
    await graph(tenant, priya, `/chats/${groupId}/messages`, post({ body: { content: 'Third' } }));
    const listed = await graph(tenant, priya, `/chats/${groupId}/messages?$top=2`);
    expect(listed.status).toBe(200);
    expectShape(listed.body, {
      '@odata.context':
        "https://graph.microsoft.com/v1.0/$metadata#chats('19%3A2da4c29f6d7041eca70b638b43d45437%40thread.v2')/messages",
      '@odata.count': 3,
      '@odata.nextLink':
        'https://graph.microsoft.com/v1.0/chats/19:2da4c29f6d7041eca70b638b43d45437@thread.v2/messages?$top=2&$skiptoken=M2UyZDAw',
      value: [{ ...CHAT_MESSAGE, from: userFrom }],
    });
  });
});
