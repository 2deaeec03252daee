/**
 * Mail folders: the well-known folders of each mailbox, by name or id.
 * https://learn.microsoft.com/en-us/graph/api/user-list-mailfolders
 * https://learn.microsoft.com/en-us/graph/api/mailfolder-get
 * https://learn.microsoft.com/en-us/graph/api/resources/mailfolder (well-known folder names)
 */
import type { TenantContext } from '../../core/context';
import { json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { odataContext } from '../collections';
import { deliverDueMessages } from './delivery';
import {
  FOLDER_DISPLAY_NAMES,
  WELL_KNOWN_FOLDERS,
  folderId,
  mailSlice,
  type WellKnownFolder,
} from './mail-state';
import { MAIL_READ, resolveMailbox } from './mailbox-access';
import { lookupFolder, type MailPath } from './message-routes';

/** Graph lists top-level folders alphabetically by display name. */
const LISTED = [...WELL_KNOWN_FOLDERS].sort((a, b) =>
  FOLDER_DISPLAY_NAMES[a].localeCompare(FOLDER_DISPLAY_NAMES[b]),
);

function shapeFolder(
  ctx: TenantContext,
  ownerId: string,
  folder: WellKnownFolder,
): Record<string, unknown> {
  const messages = mailSlice(ctx)
    .get()
    .messages.filter((message) => message.ownerId === ownerId && message.folder === folder);
  return {
    id: folderId(ownerId, folder),
    displayName: FOLDER_DISPLAY_NAMES[folder],
    parentFolderId: folderId(ownerId, 'msgfolderroot'),
    childFolderCount: 0,
    unreadItemCount: messages.filter((message) => !message.isRead).length,
    totalItemCount: messages.length,
    sizeInBytes: messages.reduce((sum, message) => sum + message.body.content.length + 512, 0),
    isHidden: false,
  };
}

export function listFolders(ctx: TenantContext, req: GraphRequest, path: MailPath): Reply {
  deliverDueMessages(ctx);
  const target = resolveMailbox(ctx, req, path.user, MAIL_READ);
  if (!target.ok) return target.reply;
  return json({
    '@odata.context': odataContext(ctx, `users('${target.owner.id}')/mailFolders`),
    value: LISTED.map((folder) => shapeFolder(ctx, target.owner.id, folder)),
  });
}

export function getFolder(ctx: TenantContext, req: GraphRequest, path: MailPath): Reply {
  deliverDueMessages(ctx);
  const target = resolveMailbox(ctx, req, path.user, MAIL_READ);
  if (!target.ok) return target.reply;
  const found = lookupFolder(target.owner.id, path.folder ?? '');
  if (!found.ok) return found.reply;
  return json({
    '@odata.context': odataContext(ctx, `users('${target.owner.id}')/mailFolders/$entity`),
    ...shapeFolder(ctx, target.owner.id, found.folder),
  });
}
