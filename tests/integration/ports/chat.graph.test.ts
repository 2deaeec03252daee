import { z } from 'zod';
import { describeChatContract } from './chat.contract';
import { GraphChat } from '../../../src/adapters/graph/chat/graph-chat';
import { createGraphClient, segment } from '../../../src/adapters/graph/client';
import { SCOPES } from '../../../src/adapters/graph/shared/scopes';
import { mintGraphToken } from '../local-tenant/mail/mint-token';
import { signInGraph, startDemoTenant, upnOf, userIdOf } from './graph-harness';

describeChatContract('Graph over the local tenant', async () => {
  const tenant = await startDemoTenant();
  const priya = await signInGraph(tenant, 'priya.raman');
  return {
    chat: new GraphChat(priya.client, () => tenant.clock.now().getTime()),
    someone: userIdOf(tenant, 'liam.oconnor'),
    someoneElse: userIdOf(tenant, 'yuki.nakamura'),
    messageCount: async (chatId: string) =>
      (
        await priya.client.collect(
          {
            method: 'GET',
            path: `/chats/${segment(chatId)}/messages`,
            query: { $top: 50 },
            scopes: SCOPES.chatRead,
          },
          z.unknown(),
        )
      ).length,
    close: () => tenant.close(),
  };
});

// Least privilege: the adapter works with exactly the scopes it declares (src/app/permissions),
// with no Chat.ReadWrite in the token.
describeChatContract(
  'Graph over the local tenant, with only the adapter’s own scopes',
  async () => {
    const tenant = await startDemoTenant();
    const scopes = [...SCOPES.me, ...SCOPES.chatCreate, ...SCOPES.chatSend, ...SCOPES.chatRead];
    const token = await mintGraphToken(tenant, upnOf('priya.raman'), { scopes });
    const client = createGraphClient({
      baseUrl: tenant.graphUrl,
      getAccessToken: () => Promise.resolve(token),
    });
    return {
      chat: new GraphChat(client, () => tenant.clock.now().getTime()),
      someone: userIdOf(tenant, 'liam.oconnor'),
      someoneElse: userIdOf(tenant, 'yuki.nakamura'),
      messageCount: async (chatId: string) =>
        (
          await client.collect(
            {
              method: 'GET',
              path: `/chats/${segment(chatId)}/messages`,
              query: { $top: 50 },
              scopes: SCOPES.chatRead,
            },
            z.unknown(),
          )
        ).length,
      close: () => tenant.close(),
    };
  },
);
