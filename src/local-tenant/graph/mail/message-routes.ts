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
import type { DirectoryUser } from '../../state/types';
import type { PermissionRule } from '../auth';
import { odataContext } from '../collections';
import {
  parsedBody,
  refused,
  replyFrom,
  resolveThen,
  resolved,
  type Resolved,
  type Step,
} from '../route-helper';
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

export function lookupFolder(ownerId: string, idOrName: string): Resolved<WellKnownFolder> {
  const folder = resolveFolder(ownerId, idOrName);
  if (folder) return resolved(folder);
  return refused(isWellFormedId(idOrName) ? itemNotFound() : idMalformed());
}

/** The mailbox, and the folder when the path names one (`/mailFolders/{id}/messages`). */
function mailboxFolder(
  ctx: TenantContext,
  path: MailPath,
  rule: PermissionRule,
): Step<{ owner: DirectoryUser; folder: WellKnownFolder | undefined }> {
  return (req) => {
    const target = resolveMailbox(ctx, req, path.user, rule);
    if (!target.ok) return target;
    const owner = target.value;
    if (path.folder === undefined) return resolved({ owner, folder: undefined });
    const found = lookupFolder(owner.id, path.folder);
    return found.ok ? resolved({ owner, folder: found.value }) : found;
  };
}

type Expansion = (message: StoredMessage) => ExtendedProperty[] | undefined;

/** `$select` names and `$expand=singleValueExtendedProperties($filter=…)`, checked together. */
const readExpand: Step<Expansion> = (req) => {
  const unknown = unknownMessageProperty(req.odata.select);
  if (unknown !== undefined) return refused(badProperty(unknown));
  let filter: string | undefined;
  let wanted = false;
  for (const item of req.odata.expand ?? []) {
    const name = item.property.toLowerCase();
    if (name === 'attachments') continue;
    if (name !== 'singlevalueextendedproperties') return refused(badProperty(item.property));
    wanted = true;
    filter = item.options.get('$filter') ?? item.options.get('filter') ?? undefined;
  }
  if (!wanted) return resolved(() => undefined);
  const check = expandProperties([], filter);
  if (!check.ok) return refused(graphError(400, 'BadRequest', check.message));
  return resolved((message: StoredMessage) => {
    const result = expandProperties(message.singleValueExtendedProperties, filter);
    return result.ok ? result.value : [];
  });
};

function entityContext(ctx: TenantContext, ownerId: string): string {
  return odataContext(ctx, `users('${ownerId}')/messages/$entity`);
}

const preferenceApplied = (applied: string[]): Record<string, string> | undefined =>
  applied.length > 0 ? { 'Preference-Applied': applied.join(', ') } : undefined;

export function listMessages(
  ctx: TenantContext,
  req: GraphRequest,
  path: MailPath,
): Promise<Reply> {
  deliverDueMessages(ctx);
  const steps = { target: mailboxFolder(ctx, path, MAIL_READ), expand: readExpand };
  return resolveThen(req, steps, ({ target: { owner, folder }, expand }) => {
    const mine = mailSlice(ctx)
      .get()
      .messages.filter((message) => message.ownerId === owner.id)
      .filter((message) => (folder ? message.folder === folder : true));
    return replyFrom(queryMessages(ctx, req, mine), (page) => {
      const options = readShapeOptions(req);
      const select = req.odata.select;
      const scope =
        path.folder === undefined ? 'messages' : `mailFolders('${path.folder}')/messages`;
      const fragment = `users('${owner.id}')/${scope}${select ? `(${select.join(',')})` : ''}`;
      return json(
        {
          '@odata.context': odataContext(ctx, fragment),
          ...(req.odata.count ? { '@odata.count': page.count } : {}),
          value: page.items.map((message) => shapeMessage(message, options, expand(message))),
          ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
        },
        200,
        preferenceApplied(options.applied),
      );
    });
  });
}

export interface FoundMessage {
  message: StoredMessage;
  ownerId: string;
}

/** The message the path names, in the caller's reach, as a step of the route helper. */
export function messageAt(
  ctx: TenantContext,
  path: MailPath,
  id: string,
  rule: PermissionRule,
): Step<FoundMessage> {
  const target = mailboxFolder(ctx, path, rule);
  return async (req) => {
    const found = await target(req);
    if (!found.ok) return found;
    if (!isWellFormedId(id)) return refused(idMalformed());
    const ownerId = found.value.owner.id;
    const message = findMessage(mailSlice(ctx).get(), ownerId, id);
    return message ? resolved({ message, ownerId }) : refused(itemNotFound());
  };
}

export function getMessage(
  ctx: TenantContext,
  req: GraphRequest,
  path: MailPath,
  id: string,
): Promise<Reply> {
  deliverDueMessages(ctx);
  const steps = { found: messageAt(ctx, path, id, MAIL_READ), expand: readExpand };
  return resolveThen(req, steps, ({ found, expand }) => {
    const options = readShapeOptions(req);
    return json(
      {
        '@odata.context': entityContext(ctx, found.ownerId),
        ...shapeMessage(found.message, options, expand(found.message)),
      },
      200,
      preferenceApplied(options.applied),
    );
  });
}

export function createMessage(
  ctx: TenantContext,
  req: GraphRequest,
  path: MailPath,
): Promise<Reply> {
  deliverDueMessages(ctx);
  const steps = {
    target: mailboxFolder(ctx, path, MAIL_WRITE),
    input: parsedBody(readMessageInput),
  };
  return resolveThen(req, steps, ({ target: { owner, folder }, input }) => {
    const message = composeMessage(ctx, owner, input, folder ?? 'drafts');
    mailSlice(ctx).update((data) => {
      data.messages.push(message);
    });
    const options = readShapeOptions(req);
    return json(
      { '@odata.context': entityContext(ctx, owner.id), ...shapeMessage(message, options) },
      201,
    );
  });
}

export function updateMessage(
  ctx: TenantContext,
  req: GraphRequest,
  path: MailPath,
  id: string,
): Promise<Reply> {
  deliverDueMessages(ctx);
  const steps = {
    found: messageAt(ctx, path, id, MAIL_WRITE),
    input: parsedBody(readMessageInput),
  };
  return resolveThen(req, steps, ({ found, input }) => {
    // The message may have been delivered while the body was read.
    const current = findMessage(mailSlice(ctx).get(), found.ownerId, id);
    if (!current) return itemNotFound();
    const problem = mailSlice(ctx).update(() => applyPatch(ctx, current, input));
    if (problem) return problem;
    const options = readShapeOptions(req);
    return json({
      '@odata.context': entityContext(ctx, found.ownerId),
      ...shapeMessage(current, options),
    });
  });
}

export function deleteMessage(
  ctx: TenantContext,
  req: GraphRequest,
  path: MailPath,
  id: string,
): Promise<Reply> {
  deliverDueMessages(ctx);
  return resolveThen(req, { found: messageAt(ctx, path, id, MAIL_WRITE) }, ({ found }) => {
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
  });
}
