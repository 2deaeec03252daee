/**
 * Messages: list, create (draft), get, update, delete.
 * https://learn.microsoft.com/en-us/graph/api/user-list-messages
 * https://learn.microsoft.com/en-us/graph/api/user-post-messages
 * https://learn.microsoft.com/en-us/graph/api/message-get
 * https://learn.microsoft.com/en-us/graph/api/message-update
 * https://learn.microsoft.com/en-us/graph/api/message-delete (the item moves to Deleted Items)
 */
import type { TenantContext } from '../../core/context';
import { empty, graphError, json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { graphBodyError, odataContext } from '../collections';
import { applyPatch, composeMessage } from './compose';
import { deliverDueMessages } from './delivery';
import { expandProperties } from './extended-properties';
import {
  findMessage,
  isWellFormedId,
  mailSlice,
  newMessageId,
  resolveFolder,
  type ExtendedProperty,
  type StoredMessage,
  type WellKnownFolder,
} from './mail-state';
import { MAIL_READ, MAIL_WRITE, resolveMailbox } from './mailbox-access';
import { readMessageInput } from './message-input';
import { queryMessages } from './message-query';
import { readShapeOptions, shapeMessage, unknownMessageProperty } from './message-shape';

export const itemNotFound = (): Reply =>
  graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
export const idMalformed = (): Reply =>
  graphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');

const badProperty = (name: string): Reply =>
  graphError(
    400,
    'RequestBroker--ParseUri',
    `Could not find a property named '${name}' on type 'microsoft.graph.message'.`,
  );

/** Where the request points: a mailbox and optionally a folder (`/mailFolders/{id}`). */
export interface MailPath {
  user: string | undefined;
  folder: string | undefined;
}

export type FolderLookup = { ok: true; folder: WellKnownFolder } | { ok: false; reply: Reply };

export function lookupFolder(ownerId: string, idOrName: string): FolderLookup {
  const folder = resolveFolder(ownerId, idOrName);
  if (folder) return { ok: true, folder };
  return { ok: false, reply: isWellFormedId(idOrName) ? itemNotFound() : idMalformed() };
}

type Expansion = (message: StoredMessage) => ExtendedProperty[] | undefined;

function readExpand(
  req: GraphRequest,
): { ok: true; expand: Expansion } | { ok: false; reply: Reply } {
  let filter: string | undefined;
  let wanted = false;
  for (const item of req.odata.expand ?? []) {
    const name = item.property.toLowerCase();
    if (name === 'attachments') continue;
    if (name !== 'singlevalueextendedproperties')
      return { ok: false, reply: badProperty(item.property) };
    wanted = true;
    filter = item.options.get('$filter') ?? item.options.get('filter') ?? undefined;
  }
  if (!wanted) return { ok: true, expand: () => undefined };
  const check = expandProperties([], filter);
  if (!check.ok) return { ok: false, reply: graphError(400, 'BadRequest', check.message) };
  return {
    ok: true,
    expand: (message) => {
      const result = expandProperties(message.singleValueExtendedProperties, filter);
      return result.ok ? result.value : [];
    },
  };
}

function entityContext(ctx: TenantContext, ownerId: string): string {
  return odataContext(ctx, `users('${ownerId}')/messages/$entity`);
}

export function listMessages(ctx: TenantContext, req: GraphRequest, path: MailPath): Reply {
  deliverDueMessages(ctx);
  const target = resolveMailbox(ctx, req, path.user, MAIL_READ);
  if (!target.ok) return target.reply;
  const owner = target.owner;
  let folder: WellKnownFolder | undefined;
  if (path.folder !== undefined) {
    const found = lookupFolder(owner.id, path.folder);
    if (!found.ok) return found.reply;
    folder = found.folder;
  }
  const unknown = unknownMessageProperty(req.odata.select);
  if (unknown !== undefined) return badProperty(unknown);
  const expand = readExpand(req);
  if (!expand.ok) return expand.reply;
  const mine = mailSlice(ctx)
    .get()
    .messages.filter((message) => message.ownerId === owner.id)
    .filter((message) => (folder ? message.folder === folder : true));
  const page = queryMessages(ctx, req, mine);
  if (!page.ok) return page.reply;
  const options = readShapeOptions(req);
  const select = req.odata.select;
  const scope = path.folder === undefined ? 'messages' : `mailFolders('${path.folder}')/messages`;
  const fragment = `users('${owner.id}')/${scope}${select ? `(${select.join(',')})` : ''}`;
  return json(
    {
      '@odata.context': odataContext(ctx, fragment),
      ...(req.odata.count ? { '@odata.count': page.count } : {}),
      value: page.items.map((message) => shapeMessage(message, options, expand.expand(message))),
      ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
    },
    200,
    options.applied.length > 0 ? { 'Preference-Applied': options.applied.join(', ') } : undefined,
  );
}

export type MessageLookup =
  { ok: true; message: StoredMessage; ownerId: string } | { ok: false; reply: Reply };

export function lookupMessage(
  ctx: TenantContext,
  req: GraphRequest,
  path: MailPath,
  id: string,
  rule: typeof MAIL_READ,
): MessageLookup {
  const target = resolveMailbox(ctx, req, path.user, rule);
  if (!target.ok) return target;
  if (path.folder !== undefined) {
    const found = lookupFolder(target.owner.id, path.folder);
    if (!found.ok) return found;
  }
  if (!isWellFormedId(id)) return { ok: false, reply: idMalformed() };
  const message = findMessage(mailSlice(ctx).get(), target.owner.id, id);
  if (!message) return { ok: false, reply: itemNotFound() };
  return { ok: true, message, ownerId: target.owner.id };
}

export function getMessage(
  ctx: TenantContext,
  req: GraphRequest,
  path: MailPath,
  id: string,
): Reply {
  deliverDueMessages(ctx);
  const found = lookupMessage(ctx, req, path, id, MAIL_READ);
  if (!found.ok) return found.reply;
  const unknown = unknownMessageProperty(req.odata.select);
  if (unknown !== undefined) return badProperty(unknown);
  const expand = readExpand(req);
  if (!expand.ok) return expand.reply;
  const options = readShapeOptions(req);
  return json(
    {
      '@odata.context': entityContext(ctx, found.ownerId),
      ...shapeMessage(found.message, options, expand.expand(found.message)),
    },
    200,
    options.applied.length > 0 ? { 'Preference-Applied': options.applied.join(', ') } : undefined,
  );
}

export async function createMessage(
  ctx: TenantContext,
  req: GraphRequest,
  path: MailPath,
): Promise<Reply> {
  deliverDueMessages(ctx);
  const target = resolveMailbox(ctx, req, path.user, MAIL_WRITE);
  if (!target.ok) return target.reply;
  let folder: WellKnownFolder = 'drafts';
  if (path.folder !== undefined) {
    const found = lookupFolder(target.owner.id, path.folder);
    if (!found.ok) return found.reply;
    folder = found.folder;
  }
  const body = await req.readJson();
  if (!body.ok) return graphBodyError(body);
  const input = readMessageInput(body.value);
  if (!input.ok) return input.reply;
  const message = composeMessage(ctx, target.owner, input.value, folder);
  mailSlice(ctx).update((data) => {
    data.messages.push(message);
  });
  const options = readShapeOptions(req);
  return json(
    { '@odata.context': entityContext(ctx, target.owner.id), ...shapeMessage(message, options) },
    201,
  );
}

export async function updateMessage(
  ctx: TenantContext,
  req: GraphRequest,
  path: MailPath,
  id: string,
): Promise<Reply> {
  deliverDueMessages(ctx);
  const found = lookupMessage(ctx, req, path, id, MAIL_WRITE);
  if (!found.ok) return found.reply;
  const body = await req.readJson();
  if (!body.ok) return graphBodyError(body);
  const input = readMessageInput(body.value);
  if (!input.ok) return input.reply;
  // The message may have been delivered while the body was read.
  const current = findMessage(mailSlice(ctx).get(), found.ownerId, id);
  if (!current) return itemNotFound();
  const problem = mailSlice(ctx).update(() => applyPatch(ctx, current, input.value));
  if (problem) return problem;
  const options = readShapeOptions(req);
  return json({
    '@odata.context': entityContext(ctx, found.ownerId),
    ...shapeMessage(current, options),
  });
}

export function deleteMessage(
  ctx: TenantContext,
  req: GraphRequest,
  path: MailPath,
  id: string,
): Reply {
  deliverDueMessages(ctx);
  const found = lookupMessage(ctx, req, path, id, MAIL_WRITE);
  if (!found.ok) return found.reply;
  mailSlice(ctx).update((data) => {
    const message = found.message;
    if (message.folder === 'deleteditems') {
      data.messages.splice(data.messages.indexOf(message), 1);
      return;
    }
    // A deleted message (a scheduled one included) moves to Deleted Items and is never sent.
    message.folder = 'deleteditems';
    message.id = newMessageId();
    message.submittedDateTime = null;
    message.lastModifiedDateTime = ctx.clock.now().toISOString();
  });
  return empty(204);
}
