/**
 * Chats: create (one-on-one chats are unique per pair: creating one that exists returns it),
 * get, list the signed-in user's chats, list members.
 * https://learn.microsoft.com/en-us/graph/api/chat-post
 * https://learn.microsoft.com/en-us/graph/api/chat-get
 * https://learn.microsoft.com/en-us/graph/api/chat-list
 * https://learn.microsoft.com/en-us/graph/api/chat-list-members
 */
import type { TenantContext } from '../../core/context';
import { evaluateFilter, filterProperties, parseFilter } from '../../core/odata-filter';
import { isRecord } from '../../core/is-record';
import { graphError, json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { findUser } from '../../entra/lookups';
import type { DirectoryUser } from '../../state/types';
import type { Caller } from '../caller';
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
import {
  badRequest,
  CHAT_CREATE,
  CHAT_READ_BASIC,
  chatPermission,
  reachableChat,
  shapeChat,
  shapeMember,
} from './chat-access';
import {
  WHOLE_HISTORY,
  chatSlice,
  groupChatId,
  isMember,
  oneOnOneChatId,
  type StoredChat,
} from './chat-state';

interface NewMember {
  user: DirectoryUser;
  roles: string[];
}

/** `user@odata.bind`: `https://graph.microsoft.com/v1.0/users('{id or upn}')`. */
function readMembers(ctx: TenantContext, raw: unknown): Resolved<NewMember[]> {
  if (!Array.isArray(raw) || raw.length === 0) {
    return refused(badRequest('Members list is missing or empty.'));
  }
  const members: NewMember[] = [];
  for (const item of raw) {
    if (!isRecord(item)) return refused(badRequest('Invalid member in members list.'));
    const type = item['@odata.type'];
    if (type !== '#microsoft.graph.aadUserConversationMember') {
      return refused(
        badRequest(
          `Member type '${String(type)}' is not supported; use '#microsoft.graph.aadUserConversationMember'.`,
        ),
      );
    }
    const bind = item['user@odata.bind'];
    const key =
      typeof bind === 'string'
        ? (/users\('([^']+)'\)/i.exec(bind)?.[1] ?? /users\/([^/?]+)$/i.exec(bind)?.[1])
        : undefined;
    if (key === undefined) {
      return refused(
        badRequest("Each member needs 'user@odata.bind' with a users('{id}') reference."),
      );
    }
    const user = findUser(ctx.store.state, decodeURIComponent(key));
    if (!user) return refused(graphError(404, 'NotFound', `User '${key}' was not found.`));
    const roles = Array.isArray(item.roles)
      ? item.roles.filter((role): role is string => typeof role === 'string')
      : [];
    if (members.some((member) => member.user.id === user.id)) {
      return refused(badRequest(`User '${user.id}' is listed more than once.`));
    }
    members.push({ user, roles });
  }
  return resolved(members);
}

interface NewChat {
  chatType: StoredChat['chatType'];
  topic: string | null;
  members: NewMember[];
}

/** A chat body; a signed-in caller must be one of its members. */
function readChat(ctx: TenantContext, caller: Caller, raw: unknown): Resolved<NewChat> {
  if (!isRecord(raw)) return refused(badRequest('The request body must be a chat object.'));
  const chatType = raw.chatType;
  if (chatType !== 'oneOnOne' && chatType !== 'group') {
    return refused(badRequest("chatType must be 'oneOnOne' or 'group'."));
  }
  const read = readMembers(ctx, raw.members);
  if (!read.ok) return read;
  const members = read.value;
  if (caller.kind === 'delegated' && !members.some((member) => member.user.id === caller.userId)) {
    return refused(badRequest('The signed-in user must be one of the members of the chat.'));
  }
  const topic = typeof raw.topic === 'string' ? raw.topic : null;
  if (chatType === 'oneOnOne') {
    if (members.length !== 2) {
      return refused(badRequest('A oneOnOne chat must have exactly two members.'));
    }
    if (topic !== null) return refused(badRequest('A topic can only be set on group chats.'));
  } else if (members.length < 2) {
    return refused(badRequest('A group chat needs at least two members.'));
  }
  return resolved({ chatType, topic, members });
}

export function createChat(ctx: TenantContext, req: GraphRequest): Promise<Reply> {
  const steps = {
    permitted: chatPermission(CHAT_CREATE),
    draft: parsedBody((raw) => readChat(ctx, req.caller, raw)),
  };
  return resolveThen(req, steps, ({ draft: { chatType, topic, members } }) => {
    const now = ctx.clock.now().toISOString();
    const chat = chatSlice(ctx).update((data) => {
      const [a, b] = members;
      if (chatType === 'oneOnOne' && a && b) {
        const id = oneOnOneChatId(a.user.id, b.user.id);
        const existing = data.chats.find((candidate) => candidate.id === id);
        // Only one one-on-one chat can exist between two people; Graph returns the existing one.
        if (existing) return existing;
      }
      const created: StoredChat = {
        id:
          chatType === 'oneOnOne' && a && b ? oneOnOneChatId(a.user.id, b.user.id) : groupChatId(),
        chatType,
        topic,
        createdDateTime: now,
        lastUpdatedDateTime: now,
        members: members.map((member) => ({
          userId: member.user.id,
          roles: member.roles.length > 0 ? member.roles : ['owner'],
          visibleHistoryStartDateTime: WHOLE_HISTORY,
        })),
        messages: [],
      };
      data.chats.push(created);
      return created;
    });
    return json(
      {
        '@odata.context': odataContext(ctx, 'chats/$entity'),
        ...shapeChat(ctx, req, chat, { members: false, lastMessagePreview: false }),
      },
      201,
    );
  });
}

interface ChatExpand {
  members: boolean;
  lastMessagePreview: boolean;
}

const chatExpand: Step<ChatExpand> = (req) => {
  const names = (req.odata.expand ?? []).map((item) => item.property.toLowerCase());
  const unknown = names.find((name) => name !== 'members' && name !== 'lastmessagepreview');
  if (unknown !== undefined) {
    return refused(
      badRequest(`Could not find a property named '${unknown}' on type 'microsoft.graph.chat'.`),
    );
  }
  return resolved({
    members: names.includes('members'),
    lastMessagePreview: names.includes('lastmessagepreview'),
  });
};

export function getChat(ctx: TenantContext, req: GraphRequest, chatId: string): Promise<Reply> {
  const steps = { chat: reachableChat(ctx, chatId, CHAT_READ_BASIC), expand: chatExpand };
  return resolveThen(req, steps, ({ chat, expand }) => {
    const context = expand.members ? 'chats(members())/$entity' : 'chats/$entity';
    return json({
      '@odata.context': odataContext(ctx, context),
      ...shapeChat(ctx, req, chat, expand),
    });
  });
}

/** `/me/chats` needs a signed-in user. */
const signedInUser: Step<string> = (req) =>
  req.caller.kind === 'delegated'
    ? resolved(req.caller.userId)
    : refused(badRequest('/me request is only valid with delegated authentication flow.'));

type ChatFilter = (chat: StoredChat) => boolean;

/** `$filter` on chatType, topic or id. */
const chatFilter: Step<ChatFilter> = (req) => {
  if (req.odata.filter === undefined) return resolved(() => true);
  const parsed = parseFilter(req.odata.filter);
  if (!parsed.ok) return refused(badRequest(parsed.message));
  const unknown = filterProperties(parsed.node).find(
    (path) => !['chattype', 'topic', 'id'].includes(path.toLowerCase()),
  );
  if (unknown !== undefined)
    return refused(badRequest(`Filtering on '${unknown}' is not supported.`));
  return resolved((chat) =>
    evaluateFilter(parsed.node, (path) => {
      const lower = path.toLowerCase();
      return lower === 'chattype' ? chat.chatType : lower === 'topic' ? chat.topic : chat.id;
    }),
  );
};

export function listMyChats(ctx: TenantContext, req: GraphRequest): Promise<Reply> {
  const steps = {
    userId: signedInUser,
    permitted: chatPermission(CHAT_READ_BASIC),
    expand: chatExpand,
    filter: chatFilter,
    window: pageWindow({ defaultPageSize: 50, maxPageSize: 50 }),
  };
  return resolveThen(req, steps, ({ userId, expand, filter, window }) => {
    const chats = chatSlice(ctx)
      .get()
      .chats.filter((chat) => isMember(chat, userId) && filter(chat));
    const latest = (chat: StoredChat): string =>
      chat.messages.at(-1)?.createdDateTime ?? chat.lastUpdatedDateTime;
    chats.sort((a, b) => latest(b).localeCompare(latest(a)));
    const page = pageOf(ctx, req, chats, window);
    return json({
      '@odata.context': odataContext(ctx, `users('${userId}')/chats`),
      ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
      value: page.items.map((chat) => shapeChat(ctx, req, chat, expand)),
    });
  });
}

export function listMembers(ctx: TenantContext, req: GraphRequest, chatId: string): Promise<Reply> {
  return resolveThen(req, { chat: reachableChat(ctx, chatId, CHAT_READ_BASIC) }, ({ chat }) =>
    json({
      '@odata.context': odataContext(ctx, `chats('${encodeURIComponent(chatId)}')/members`),
      '@odata.count': chat.members.length,
      value: chat.members.map((member) => shapeMember(ctx, chat, member)),
    }),
  );
}
