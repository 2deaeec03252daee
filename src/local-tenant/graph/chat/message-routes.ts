/**
 * Chat messages: send, list, get. Only members of a chat may post or read.
 * https://learn.microsoft.com/en-us/graph/api/chat-post-messages
 * https://learn.microsoft.com/en-us/graph/api/chat-list-messages
 *   - `$top` up to 50; `$orderby` lastModifiedDateTime desc (default) or createdDateTime desc;
 *     ascending order is not supported; `@odata.count` and a `$skiptoken` nextLink.
 * https://learn.microsoft.com/en-us/graph/api/chatmessage-get
 */
import type { TenantContext } from '../../core/context';
import { isRecord } from '../../core/is-record';
import { graphError, json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { odataContext } from '../collections';
import { pageOf, pageWindow } from '../page-window';
import {
  parsedBody,
  refused,
  resolved,
  resolveThen,
  type Resolved,
  type Step,
} from '../route-helper';
import { badRequest, CHAT_READ, CHAT_SEND, reachableChat, shapeChatMessage } from './chat-access';
import { chatMessageId, chatSlice, type StoredChatMessage } from './chat-state';

function messagesContext(ctx: TenantContext, chatId: string): string {
  return odataContext(ctx, `chats('${encodeURIComponent(chatId)}')/messages`);
}

type NewMessage = Pick<StoredChatMessage, 'subject' | 'importance' | 'body'>;

function readMessage(raw: unknown): Resolved<NewMessage> {
  if (!isRecord(raw) || !isRecord(raw.body)) return refused(badRequest('Missing body content.'));
  const content = raw.body.content;
  if (typeof content !== 'string' || content.trim() === '')
    return refused(badRequest('Missing body content.'));
  const rawType = raw.body.contentType;
  const contentType = typeof rawType === 'string' ? rawType.toLowerCase() : 'text';
  if (contentType !== 'text' && contentType !== 'html') {
    return refused(badRequest(`Invalid value '${String(rawType)}' for contentType.`));
  }
  const importance = typeof raw.importance === 'string' ? raw.importance.toLowerCase() : 'normal';
  if (importance !== 'normal' && importance !== 'high' && importance !== 'urgent') {
    return refused(badRequest(`Invalid value '${importance}' for importance.`));
  }
  const subject = typeof raw.subject === 'string' ? raw.subject : null;
  return resolved({ subject, importance, body: { contentType, content } });
}

/** Only a signed-in member posts: an application cannot send chat messages. */
const sender: Step<string> = (req) =>
  req.caller.kind === 'delegated'
    ? resolved(req.caller.userId)
    : refused(graphError(403, 'Forbidden', 'Forbidden'));

export function postChatMessage(
  ctx: TenantContext,
  req: GraphRequest,
  chatId: string,
): Promise<Reply> {
  const steps = {
    chat: reachableChat(ctx, chatId, CHAT_SEND),
    from: sender,
    draft: parsedBody(readMessage),
  };
  return resolveThen(req, steps, ({ chat, from, draft }) => {
    const now = ctx.clock.now();
    const message = chatSlice(ctx).update((): StoredChatMessage => {
      const created: StoredChatMessage = {
        id: chatMessageId(chat, now.getTime()),
        createdDateTime: now.toISOString(),
        lastModifiedDateTime: now.toISOString(),
        fromUserId: from,
        ...draft,
      };
      chat.messages.push(created);
      return created;
    });
    return json(
      {
        '@odata.context': odataContext(
          ctx,
          `chats('${encodeURIComponent(chatId)}')/messages/$entity`,
        ),
        ...shapeChatMessage(ctx, chat, message),
      },
      201,
    );
  });
}

/** `$orderby`: only descending, on lastModifiedDateTime (the default) or createdDateTime. */
const messageOrder: Step<'createdDateTime' | 'lastModifiedDateTime'> = (req) => {
  const order = req.odata.orderBy?.[0];
  if (
    order &&
    (order.direction !== 'desc' ||
      !['lastmodifieddatetime', 'createddatetime'].includes(order.property.toLowerCase()))
  ) {
    return refused(
      badRequest('Only descending order on lastModifiedDateTime or createdDateTime is supported.'),
    );
  }
  return resolved(
    order?.property.toLowerCase() === 'createddatetime'
      ? 'createdDateTime'
      : 'lastModifiedDateTime',
  );
};

export function listChatMessages(
  ctx: TenantContext,
  req: GraphRequest,
  chatId: string,
): Promise<Reply> {
  const steps = {
    chat: reachableChat(ctx, chatId, CHAT_READ),
    key: messageOrder,
    window: pageWindow({ defaultPageSize: 50, maxPageSize: 50 }),
  };
  return resolveThen(req, steps, ({ chat, key, window }) => {
    const messages = [...chat.messages].sort(
      (a, b) => b[key].localeCompare(a[key]) || Number(b.id) - Number(a.id),
    );
    const page = pageOf(ctx, req, messages, window);
    return json({
      '@odata.context': messagesContext(ctx, chatId),
      '@odata.count': page.items.length,
      ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
      value: page.items.map((message) => shapeChatMessage(ctx, chat, message)),
    });
  });
}

export function getChatMessage(
  ctx: TenantContext,
  req: GraphRequest,
  chatId: string,
  messageId: string,
): Promise<Reply> {
  return resolveThen(req, { chat: reachableChat(ctx, chatId, CHAT_READ) }, ({ chat }) => {
    const message = chat.messages.find((candidate) => candidate.id === messageId);
    if (!message) return graphError(404, 'NotFound', 'NotFound');
    return json({
      '@odata.context': odataContext(
        ctx,
        `chats('${encodeURIComponent(chatId)}')/messages/$entity`,
      ),
      ...shapeChatMessage(ctx, chat, message),
    });
  });
}
