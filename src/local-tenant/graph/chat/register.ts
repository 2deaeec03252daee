/**
 * Teams chats in Microsoft Graph v1.0: one-on-one and group chats between tenant users, with
 * messages. Demo seed: a one-on-one chat between each manager and each report.
 * https://learn.microsoft.com/en-us/graph/api/resources/chat
 */
import type { TenantFeature } from '../../core/context';
import type { SeedInput } from '../../seed/build-state';
import { createChat, getChat, listMembers, listMyChats } from './chat-routes';
import { WHOLE_HISTORY, oneOnOneChatId, type ChatState } from './chat-state';
import { getChatMessage, listChatMessages, postChatMessage } from './message-routes';

const DAY_MS = 24 * 3600 * 1000;

function seedChats({ state, org, now }: SeedInput): void {
  const data: ChatState = { chats: [] };
  for (const person of org?.people ?? []) {
    if (!person.managerId || !person.managerKey) continue;
    const since = new Date(Math.max(Date.parse(person.managerSince), now.getTime() - 30 * DAY_MS));
    const at = new Date(Math.max(since.getTime(), now.getTime() - 6 * DAY_MS));
    const messageAt = at.toISOString();
    const manager = org?.people.find((candidate) => candidate.id === person.managerId);
    data.chats.push({
      id: oneOnOneChatId(person.managerId, person.id),
      chatType: 'oneOnOne',
      topic: null,
      createdDateTime: since.toISOString(),
      lastUpdatedDateTime: since.toISOString(),
      members: [person.managerId, person.id].map((userId) => ({
        userId,
        roles: ['owner'],
        visibleHistoryStartDateTime: WHOLE_HISTORY,
      })),
      messages: [
        {
          id: String(at.getTime()),
          createdDateTime: messageAt,
          lastModifiedDateTime: messageAt,
          fromUserId: person.managerId,
          subject: null,
          importance: 'normal',
          body: {
            contentType: 'html',
            content: `<p>Hi ${person.givenName}, thanks for the 1:1 today. Ping me here if anything comes up before the next one. ${manager?.givenName ?? ''}</p>`,
          },
        },
      ],
    });
  }
  state.features.chat = data;
}

export const chatFeature: TenantFeature = {
  name: 'chat',
  register(routes, ctx) {
    routes.graph('POST', '/chats', (req) => createChat(ctx, req));
    routes.graph('GET', '/me/chats', (req) => listMyChats(ctx, req));
    for (const prefix of ['/chats/{chat}', '/me/chats/{chat}', '/users/{user}/chats/{chat}']) {
      const chatId = (params: Record<string, string>): string => params.chat ?? '';
      routes.graph('GET', prefix, (req) => getChat(ctx, req, chatId(req.params)));
      routes.graph('GET', `${prefix}/members`, (req) => listMembers(ctx, req, chatId(req.params)));
      routes.graph('GET', `${prefix}/messages`, (req) =>
        listChatMessages(ctx, req, chatId(req.params)),
      );
      routes.graph('GET', `${prefix}/messages/{message}`, (req) =>
        getChatMessage(ctx, req, chatId(req.params), req.params.message ?? ''),
      );
    }
    routes.graph('POST', '/chats/{chat}/messages', (req) =>
      postChatMessage(ctx, req, req.params.chat ?? ''),
    );
  },
  seed: seedChats,
};
