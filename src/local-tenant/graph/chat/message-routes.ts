/**
 * Chat messages: send, list, get. Only members of a chat may post or read.
 * https://learn.microsoft.com/en-us/graph/api/chat-post-messages
 * https://learn.microsoft.com/en-us/graph/api/chat-list-messages
 *   - `$top` up to 50; `$orderby` lastModifiedDateTime desc (default) or createdDateTime desc;
 *     ascending order is not supported; `@odata.count` and a `$skiptoken` nextLink.
 * https://learn.microsoft.com/en-us/graph/api/chatmessage-get
 */
import type { TenantContext } from '../../core/context';
import { graphError, json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { graphBodyError, odataContext, paginate } from '../collections';
import { CHAT_READ, CHAT_SEND, lookupChat, shapeChatMessage } from './chat-access';
import { chatMessageId, chatSlice, type StoredChatMessage } from './chat-state';

const badRequest = (message: string): Reply => graphError(400, 'BadRequest', message);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messagesContext(ctx: TenantContext, chatId: string): string {
  return odataContext(ctx, `chats('${encodeURIComponent(chatId)}')/messages`);
}

export async function postChatMessage(
  ctx: TenantContext,
  req: GraphRequest,
  chatId: string,
): Promise<Reply> {
  const found = lookupChat(ctx, req, chatId, CHAT_SEND);
  if (!found.ok) return found.reply;
  const caller = req.caller;
  if (caller.kind !== 'delegated') return graphError(403, 'Forbidden', 'Forbidden');
  const body = await req.readJson();
  if (!body.ok) return graphBodyError(body);
  const raw = body.value;
  if (!isRecord(raw) || !isRecord(raw.body)) return badRequest('Missing body content.');
  const content = raw.body.content;
  if (typeof content !== 'string' || content.trim() === '')
    return badRequest('Missing body content.');
  const rawType = raw.body.contentType;
  const contentType = typeof rawType === 'string' ? rawType.toLowerCase() : 'text';
  if (contentType !== 'text' && contentType !== 'html') {
    return badRequest(`Invalid value '${String(rawType)}' for contentType.`);
  }
  const importance = typeof raw.importance === 'string' ? raw.importance.toLowerCase() : 'normal';
  if (importance !== 'normal' && importance !== 'high' && importance !== 'urgent') {
    return badRequest(`Invalid value '${importance}' for importance.`);
  }
  const now = ctx.clock.now();
  const message = chatSlice(ctx).update((): StoredChatMessage => {
    const chat = found.chat;
    const created: StoredChatMessage = {
      id: chatMessageId(chat, now.getTime()),
      createdDateTime: now.toISOString(),
      lastModifiedDateTime: now.toISOString(),
      fromUserId: caller.userId,
      subject: typeof raw.subject === 'string' ? raw.subject : null,
      importance,
      body: { contentType, content },
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
      ...shapeChatMessage(ctx, found.chat, message),
    },
    201,
  );
}

export function listChatMessages(ctx: TenantContext, req: GraphRequest, chatId: string): Reply {
  const found = lookupChat(ctx, req, chatId, CHAT_READ);
  if (!found.ok) return found.reply;
  const order = req.odata.orderBy?.[0];
  if (
    order &&
    (order.direction !== 'desc' ||
      !['lastmodifieddatetime', 'createddatetime'].includes(order.property.toLowerCase()))
  ) {
    return badRequest(
      'Only descending order on lastModifiedDateTime or createdDateTime is supported.',
    );
  }
  const key =
    order?.property.toLowerCase() === 'createddatetime'
      ? 'createdDateTime'
      : 'lastModifiedDateTime';
  const messages = [...found.chat.messages].sort(
    (a, b) => b[key].localeCompare(a[key]) || Number(b.id) - Number(a.id),
  );
  const page = paginate(ctx, req, messages, { defaultPageSize: 50, maxPageSize: 50 });
  if (!page.ok) return page.reply;
  return json({
    '@odata.context': messagesContext(ctx, chatId),
    '@odata.count': page.items.length,
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.items.map((message) => shapeChatMessage(ctx, found.chat, message)),
  });
}

export function getChatMessage(
  ctx: TenantContext,
  req: GraphRequest,
  chatId: string,
  messageId: string,
): Reply {
  const found = lookupChat(ctx, req, chatId, CHAT_READ);
  if (!found.ok) return found.reply;
  const message = found.chat.messages.find((candidate) => candidate.id === messageId);
  if (!message) return graphError(404, 'NotFound', 'NotFound');
  return json({
    '@odata.context': odataContext(ctx, `chats('${encodeURIComponent(chatId)}')/messages/$entity`),
    ...shapeChatMessage(ctx, found.chat, message),
  });
}
