import { z } from 'zod';
import { describeChatContract } from './chat.contract';
import { GraphChat } from '../../../src/adapters/graph/chat/graph-chat';
import { segment } from '../../../src/adapters/graph/client';
import { signInGraph, startDemoTenant, userIdOf } from './graph-harness';

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
            scopes: ['Chat.Read'],
          },
          z.unknown(),
        )
      ).length,
    close: () => tenant.close(),
  };
});
