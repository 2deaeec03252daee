import { z } from 'zod/mini';
import type { Chat } from '../../../app/ports';
import { epochMillisOf } from '../../../domain';
import { segment, type GraphClient } from '../client';
import { SCOPES } from '../shared/scopes';

const chatRef = z.object({ id: z.string().check(z.minLength(1)) });
const me = z.object({ id: z.string().check(z.minLength(1)) });
const recentMessages = z.object({
  value: z.catch(
    z.array(
      z.catch(
        z.object({
          id: z.string(),
          createdDateTime: z.nullish(z.string()),
          from: z.nullish(z.object({ user: z.nullish(z.object({ id: z.nullish(z.string()) })) })),
          body: z.nullish(z.object({ content: z.nullish(z.string()) })),
        }),
        { id: '' },
      ),
    ),
    [],
  ),
});

/** How far back a retried send looks for the message its first attempt may have posted. */
export const CHAT_RETRY_WINDOW_MS = 10 * 60_000;
const RECENT_MESSAGES = 20;

/** Teams rewrites message HTML, so messages are compared by their visible text. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One-on-one Teams chat messages from the signed-in person, with the least privileged scopes:
 * Chat.Create to open the chat, ChatMessage.Send to post, Chat.Read for the check below.
 *
 * Idempotency is best effort: a chat message carries no hidden property to hold the key, so
 * before posting, the recent messages are searched for one from the sender with the same visible
 * text posted within CHAT_RETRY_WINDOW_MS. That catches a retry after a lost answer; it would
 * also swallow a deliberate identical message within ten minutes, which the product never sends.
 */
export class GraphChat implements Chat {
  private myId: string | undefined;

  constructor(
    private readonly graph: GraphClient,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async sendDirect(
    toUserId: string,
    html: string,
    _idempotencyKey: string,
  ): Promise<{ chatId: string; messageId: string }> {
    const myId = await this.signedInId();
    const chatId = await this.oneOnOneChat(myId, toUserId);
    const earlier = await this.findRecent(chatId, myId, html);
    if (earlier) return { chatId, messageId: earlier };
    const message = await this.graph.json(
      {
        method: 'POST',
        path: `/chats/${segment(chatId)}/messages`,
        body: { body: { contentType: 'html', content: html } },
        scopes: SCOPES.chatSend,
      },
      chatRef,
    );
    return { chatId, messageId: message.id };
  }

  private async signedInId(): Promise<string> {
    this.myId ??= (
      await this.graph.json(
        { method: 'GET', path: '/me', query: { $select: 'id' }, scopes: SCOPES.me },
        me,
      )
    ).id;
    return this.myId;
  }

  /** Graph returns the existing one-on-one chat when there is one, so this never duplicates. */
  private async oneOnOneChat(myId: string, otherId: string): Promise<string> {
    const member = (id: string) => ({
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      roles: ['owner'],
      'user@odata.bind': `${this.graph.root}/users('${encodeURIComponent(id)}')`,
    });
    const chat = await this.graph.json(
      {
        method: 'POST',
        path: '/chats',
        body: { chatType: 'oneOnOne', members: [member(myId), member(otherId)] },
        scopes: SCOPES.chatCreate,
        retrySafe: true,
      },
      chatRef,
    );
    return chat.id;
  }

  private async findRecent(
    chatId: string,
    myId: string,
    html: string,
  ): Promise<string | undefined> {
    const recent = await this.graph.json(
      {
        method: 'GET',
        path: `/chats/${segment(chatId)}/messages`,
        query: { $top: RECENT_MESSAGES, $orderby: 'createdDateTime desc' },
        scopes: SCOPES.chatRead,
      },
      recentMessages,
    );
    const text = visibleText(html);
    const since = this.now() - CHAT_RETRY_WINDOW_MS;
    return recent.value.find((message) => {
      const created = epochMillisOf(message.createdDateTime ?? undefined);
      return (
        message.id !== '' &&
        message.from?.user?.id === myId &&
        created >= since &&
        visibleText(message.body?.content ?? '') === text
      );
    })?.id;
  }
}

export function createGraphChat(graph: GraphClient, now?: () => number): Chat {
  return new GraphChat(graph, now);
}
