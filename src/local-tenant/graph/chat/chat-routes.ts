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
import { graphError, json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { findUser } from '../../entra/lookups';
import type { DirectoryUser } from '../../state/types';
import { graphBodyError, odataContext, paginate } from '../collections';
import {
  CHAT_CREATE,
  CHAT_READ_BASIC,
  lookupChat,
  requireChatPermission,
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

const badRequest = (message: string): Reply => graphError(400, 'BadRequest', message);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface NewMember {
  user: DirectoryUser;
  roles: string[];
}

type MembersRead = { ok: true; members: NewMember[] } | { ok: false; reply: Reply };

/** `user@odata.bind`: `https://graph.microsoft.com/v1.0/users('{id or upn}')`. */
function readMembers(ctx: TenantContext, raw: unknown): MembersRead {
  if (!Array.isArray(raw) || raw.length === 0) {
    return { ok: false, reply: badRequest('Members list is missing or empty.') };
  }
  const members: NewMember[] = [];
  for (const item of raw) {
    if (!isRecord(item)) return { ok: false, reply: badRequest('Invalid member in members list.') };
    const type = item['@odata.type'];
    if (type !== '#microsoft.graph.aadUserConversationMember') {
      return {
        ok: false,
        reply: badRequest(
          `Member type '${String(type)}' is not supported; use '#microsoft.graph.aadUserConversationMember'.`,
        ),
      };
    }
    const bind = item['user@odata.bind'];
    const key =
      typeof bind === 'string'
        ? (/users\('([^']+)'\)/i.exec(bind)?.[1] ?? /users\/([^/?]+)$/i.exec(bind)?.[1])
        : undefined;
    if (key === undefined) {
      return {
        ok: false,
        reply: badRequest("Each member needs 'user@odata.bind' with a users('{id}') reference."),
      };
    }
    const user = findUser(ctx.store.state, decodeURIComponent(key));
    if (!user)
      return { ok: false, reply: graphError(404, 'NotFound', `User '${key}' was not found.`) };
    const roles = Array.isArray(item.roles)
      ? item.roles.filter((role): role is string => typeof role === 'string')
      : [];
    if (members.some((member) => member.user.id === user.id)) {
      return { ok: false, reply: badRequest(`User '${user.id}' is listed more than once.`) };
    }
    members.push({ user, roles });
  }
  return { ok: true, members };
}

export async function createChat(ctx: TenantContext, req: GraphRequest): Promise<Reply> {
  const denied = requireChatPermission(req, CHAT_CREATE);
  if (denied) return denied;
  const body = await req.readJson();
  if (!body.ok) return graphBodyError(body);
  const raw = body.value;
  if (!isRecord(raw)) return badRequest('The request body must be a chat object.');
  const chatType = raw.chatType;
  if (chatType !== 'oneOnOne' && chatType !== 'group') {
    return badRequest("chatType must be 'oneOnOne' or 'group'.");
  }
  const read = readMembers(ctx, raw.members);
  if (!read.ok) return read.reply;
  const members = read.members;
  const caller = req.caller;
  if (caller.kind === 'delegated' && !members.some((member) => member.user.id === caller.userId)) {
    return badRequest('The signed-in user must be one of the members of the chat.');
  }
  const topic = typeof raw.topic === 'string' ? raw.topic : null;
  if (chatType === 'oneOnOne') {
    if (members.length !== 2) return badRequest('A oneOnOne chat must have exactly two members.');
    if (topic !== null) return badRequest('A topic can only be set on group chats.');
  } else if (members.length < 2) {
    return badRequest('A group chat needs at least two members.');
  }
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
      id: chatType === 'oneOnOne' && a && b ? oneOnOneChatId(a.user.id, b.user.id) : groupChatId(),
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
}

function readChatExpand(
  req: GraphRequest,
): { members: boolean; lastMessagePreview: boolean } | Reply {
  const names = (req.odata.expand ?? []).map((item) => item.property.toLowerCase());
  const unknown = names.find((name) => name !== 'members' && name !== 'lastmessagepreview');
  if (unknown !== undefined) {
    return badRequest(
      `Could not find a property named '${unknown}' on type 'microsoft.graph.chat'.`,
    );
  }
  return {
    members: names.includes('members'),
    lastMessagePreview: names.includes('lastmessagepreview'),
  };
}

export function getChat(ctx: TenantContext, req: GraphRequest, chatId: string): Reply {
  const found = lookupChat(ctx, req, chatId, CHAT_READ_BASIC);
  if (!found.ok) return found.reply;
  const expand = readChatExpand(req);
  if ('kind' in expand) return expand;
  const context = expand.members ? 'chats(members())/$entity' : 'chats/$entity';
  return json({
    '@odata.context': odataContext(ctx, context),
    ...shapeChat(ctx, req, found.chat, expand),
  });
}

export function listMyChats(ctx: TenantContext, req: GraphRequest): Reply {
  const caller = req.caller;
  if (caller.kind !== 'delegated') {
    return badRequest('/me request is only valid with delegated authentication flow.');
  }
  const denied = requireChatPermission(req, CHAT_READ_BASIC);
  if (denied) return denied;
  const expand = readChatExpand(req);
  if ('kind' in expand) return expand;
  let chats = chatSlice(ctx)
    .get()
    .chats.filter((chat) => isMember(chat, caller.userId));
  if (req.odata.filter !== undefined) {
    const parsed = parseFilter(req.odata.filter);
    if (!parsed.ok) return badRequest(parsed.message);
    const unknown = filterProperties(parsed.node).find(
      (path) => !['chattype', 'topic', 'id'].includes(path.toLowerCase()),
    );
    if (unknown !== undefined) return badRequest(`Filtering on '${unknown}' is not supported.`);
    chats = chats.filter((chat) =>
      evaluateFilter(parsed.node, (path) => {
        const lower = path.toLowerCase();
        return lower === 'chattype' ? chat.chatType : lower === 'topic' ? chat.topic : chat.id;
      }),
    );
  }
  const latest = (chat: StoredChat): string =>
    chat.messages.at(-1)?.createdDateTime ?? chat.lastUpdatedDateTime;
  chats.sort((a, b) => latest(b).localeCompare(latest(a)));
  const page = paginate(ctx, req, chats, { defaultPageSize: 50, maxPageSize: 50 });
  if (!page.ok) return page.reply;
  return json({
    '@odata.context': odataContext(ctx, `users('${caller.userId}')/chats`),
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    value: page.items.map((chat) => shapeChat(ctx, req, chat, expand)),
  });
}

export function listMembers(ctx: TenantContext, req: GraphRequest, chatId: string): Reply {
  const found = lookupChat(ctx, req, chatId, CHAT_READ_BASIC);
  if (!found.ok) return found.reply;
  return json({
    '@odata.context': odataContext(ctx, `chats('${encodeURIComponent(chatId)}')/members`),
    '@odata.count': found.chat.members.length,
    value: found.chat.members.map((member) => shapeMember(ctx, found.chat, member)),
  });
}
