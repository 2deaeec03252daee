/**
 * Teams chats kept by the chat feature: members and messages of each chat.
 * https://learn.microsoft.com/en-us/graph/api/resources/chat
 * https://learn.microsoft.com/en-us/graph/api/resources/chatmessage
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { TenantContext } from '../../core/context';
import type { FeatureSlice } from '../../state/store';

export const chatMemberSchema = z.object({
  userId: z.string(),
  roles: z.array(z.string()),
  visibleHistoryStartDateTime: z.string(),
});
export type ChatMember = z.infer<typeof chatMemberSchema>;

export const storedChatMessageSchema = z.object({
  id: z.string(),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  fromUserId: z.string(),
  subject: z.string().nullable(),
  importance: z.enum(['normal', 'high', 'urgent']),
  body: z.object({ contentType: z.enum(['text', 'html']), content: z.string() }),
});
export type StoredChatMessage = z.infer<typeof storedChatMessageSchema>;

export const storedChatSchema = z.object({
  id: z.string(),
  chatType: z.enum(['oneOnOne', 'group']),
  topic: z.string().nullable(),
  createdDateTime: z.string(),
  lastUpdatedDateTime: z.string(),
  members: z.array(chatMemberSchema),
  messages: z.array(storedChatMessageSchema),
});
export type StoredChat = z.infer<typeof storedChatSchema>;

export const chatStateSchema = z.object({ chats: z.array(storedChatSchema) });
export type ChatState = z.infer<typeof chatStateSchema>;

export function chatSlice(ctx: TenantContext): FeatureSlice<ChatState> {
  return ctx.store.slice('chat', chatStateSchema, () => ({ chats: [] }));
}

/** One-on-one chat ids name both users, sorted, as Teams builds them. */
export function oneOnOneChatId(userA: string, userB: string): string {
  const [first, second] = [userA, userB].sort();
  return `19:${first ?? ''}_${second ?? ''}@unq.gbl.spaces`;
}

export function groupChatId(): string {
  return `19:${randomBytes(16).toString('hex')}@thread.v2`;
}

/** Chat message ids are the creation time in epoch milliseconds, unique within the chat. */
export function chatMessageId(chat: StoredChat, atMs: number): string {
  let candidate = atMs;
  while (chat.messages.some((message) => message.id === String(candidate))) candidate += 1;
  return String(candidate);
}

export function isMember(chat: StoredChat, userId: string): boolean {
  return chat.members.some((member) => member.userId === userId);
}

/** The visible history start of someone who joined a chat with its whole history. */
export const WHOLE_HISTORY = '0001-01-01T00:00:00Z';
