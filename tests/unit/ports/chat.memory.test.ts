import { describeChatContract } from '../../integration/ports/chat.contract';
import { MemoryChat } from '../../../src/adapters/memory/memory-messaging';

describeChatContract('memory', () => {
  const chat = new MemoryChat();
  return Promise.resolve({
    chat,
    someone: 'liam.oconnor',
    someoneElse: 'yuki.nakamura',
    messageCount: (chatId: string) =>
      Promise.resolve(chat.messages.filter((m) => m.chatId === chatId).length),
  });
});
