/**
 * Permissions and membership for chats, and the wire shapes of chats, members and messages.
 * Teams answers a missing permission with 403 `Forbidden` naming the scopes it wanted, and a
 * caller outside the roster with 403 `Forbidden`.
 * https://learn.microsoft.com/en-us/graph/api/chat-get (permissions)
 * https://learn.microsoft.com/en-us/graph/api/chat-post-messages (chatMessage shape)
 * https://learn.microsoft.com/en-us/graph/api/chat-list-members (aadUserConversationMember)
 */
import type { TenantContext } from '../../core/context';
import { graphError, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { findUser } from '../../entra/lookups';
import type { PermissionRule } from '../auth';
import { odataContext } from '../collections';
import { check, refused, resolved, type Step } from '../route-helper';
import {
  chatSlice,
  isMember,
  type ChatMember,
  type StoredChat,
  type StoredChatMessage,
} from './chat-state';

/** https://learn.microsoft.com/en-us/graph/api/chat-post (permissions): Chat.Create, or more. */
export const CHAT_CREATE: PermissionRule = {
  delegated: ['Chat.Create', 'Chat.ReadWrite'],
  application: ['Chat.Create'],
};
export const CHAT_READ_BASIC: PermissionRule = {
  delegated: ['Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite'],
  application: ['Chat.ReadBasic.All', 'Chat.Read.All', 'Chat.ReadWrite.All'],
};
/** https://learn.microsoft.com/en-us/graph/api/chat-list-messages (permissions). */
export const CHAT_READ: PermissionRule = {
  delegated: ['Chat.Read', 'Chat.ReadWrite'],
  application: ['Chat.Read.All', 'Chat.ReadWrite.All'],
};
/**
 * https://learn.microsoft.com/en-us/graph/api/chat-post-messages (permissions): ChatMessage.Send,
 * or more (Group.ReadWrite.All is not modelled).
 */
export const CHAT_SEND: PermissionRule = {
  delegated: ['ChatMessage.Send', 'Chat.ReadWrite'],
  // Application permissions may only post during a migration (Teamwork.Migrate.All).
  application: [],
};

/** Teams' own 403 body for a token without any of the wanted permissions. */
export function requireChatPermission(req: GraphRequest, rule: PermissionRule): Reply | undefined {
  const caller = req.caller;
  const held = caller.kind === 'delegated' ? caller.scopes : caller.roles;
  const wanted = (caller.kind === 'delegated' ? rule.delegated : rule.application) ?? [];
  const lower = new Set(held.map((item) => item.toLowerCase()));
  if (wanted.some((item) => lower.has(item.toLowerCase()))) return undefined;
  return graphError(
    403,
    'Forbidden',
    `Missing scope permissions on the request. API requires one of '${wanted.join(', ')}'. Scopes on the request '${held.join(', ')}'`,
  );
}

export const chatNotFound = (): Reply => graphError(404, 'NotFound', 'NotFound');
export const forbidden = (): Reply => graphError(403, 'Forbidden', 'Forbidden');
export const badRequest = (message: string): Reply => graphError(400, 'BadRequest', message);

/** The caller holds one of the rule's permissions, as a step. */
export function chatPermission(rule: PermissionRule): Step<true> {
  return check((req) => requireChatPermission(req, rule));
}

/** The chat, if the caller may reach it (delegated callers must be on the roster), as a step. */
export function reachableChat(
  ctx: TenantContext,
  chatId: string,
  rule: PermissionRule,
): Step<StoredChat> {
  return (req) => {
    const denied = requireChatPermission(req, rule);
    if (denied) return refused(denied);
    const chat = chatSlice(ctx)
      .get()
      .chats.find((candidate) => candidate.id === chatId);
    if (!chat) return refused(chatNotFound());
    if (req.caller.kind === 'delegated' && !isMember(chat, req.caller.userId)) {
      return refused(forbidden());
    }
    return resolved(chat);
  };
}

export function shapeMember(
  ctx: TenantContext,
  chat: StoredChat,
  member: ChatMember,
): Record<string, unknown> {
  const user = findUser(ctx.store.state, member.userId);
  return {
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    id: Buffer.from(`0#${ctx.tenantId}#${chat.id}#${member.userId}`).toString('base64'),
    roles: member.roles,
    displayName: user?.displayName ?? null,
    visibleHistoryStartDateTime: member.visibleHistoryStartDateTime,
    userId: member.userId,
    email: user?.mail ?? null,
    tenantId: ctx.tenantId,
  };
}

export function shapeChat(
  ctx: TenantContext,
  req: GraphRequest,
  chat: StoredChat,
  expand: { members: boolean; lastMessagePreview: boolean },
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: chat.id,
    topic: chat.topic,
    createdDateTime: chat.createdDateTime,
    lastUpdatedDateTime: chat.lastUpdatedDateTime,
    chatType: chat.chatType,
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${ctx.tenantId}`,
    tenantId: ctx.tenantId,
    onlineMeetingInfo: null,
  };
  if (req.caller.kind === 'delegated') {
    body.viewpoint = { isHidden: false, lastMessageReadDateTime: chat.lastUpdatedDateTime };
  }
  if (expand.members) {
    body['members@odata.context'] = odataContext(
      ctx,
      `chats('${encodeURIComponent(chat.id)}')/members`,
    );
    body.members = chat.members.map((member) => shapeMember(ctx, chat, member));
  }
  if (expand.lastMessagePreview) {
    const last = chat.messages.at(-1);
    body.lastMessagePreview = last
      ? {
          id: last.id,
          createdDateTime: last.createdDateTime,
          isDeleted: false,
          messageType: 'message',
          eventDetail: null,
          body: last.body,
          from: fromIdentity(ctx, last.fromUserId),
        }
      : null;
  }
  return body;
}

function fromIdentity(ctx: TenantContext, userId: string): Record<string, unknown> {
  return {
    application: null,
    device: null,
    conversation: null,
    user: {
      '@odata.type': '#microsoft.graph.teamworkUserIdentity',
      id: userId,
      displayName: findUser(ctx.store.state, userId)?.displayName ?? null,
      userIdentityType: 'aadUser',
      tenantId: ctx.tenantId,
    },
  };
}

export function shapeChatMessage(
  ctx: TenantContext,
  chat: StoredChat,
  message: StoredChatMessage,
): Record<string, unknown> {
  return {
    id: message.id,
    replyToId: null,
    etag: message.id,
    messageType: 'message',
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: message.lastModifiedDateTime,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: message.subject,
    summary: null,
    chatId: chat.id,
    importance: message.importance,
    locale: 'en-us',
    webUrl: null,
    channelIdentity: null,
    policyViolation: null,
    eventDetail: null,
    from: fromIdentity(ctx, message.fromUserId),
    body: message.body,
    attachments: [],
    mentions: [],
    reactions: [],
    messageHistory: [],
  };
}
