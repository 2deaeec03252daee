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
import { replyFrom, resolveThen } from '../route-helper';
import { deliverDueMessages } from './delivery';
import {
  FOLDER_DISPLAY_NAMES,
  WELL_KNOWN_FOLDERS,
  folderId,
  mailSlice,
  type WellKnownFolder,
} from './mail-state';
import { MAIL_READ, mailbox } from './mailbox-access';
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

export function listFolders(ctx: TenantContext, req: GraphRequest, path: MailPath): Promise<Reply> {
  deliverDueMessages(ctx);
  return resolveThen(req, { owner: mailbox(ctx, path.user, MAIL_READ) }, ({ owner }) =>
    json({
      '@odata.context': odataContext(ctx, `users('${owner.id}')/mailFolders`),
      value: LISTED.map((folder) => shapeFolder(ctx, owner.id, folder)),
    }),
  );
}

export function getFolder(ctx: TenantContext, req: GraphRequest, path: MailPath): Promise<Reply> {
  deliverDueMessages(ctx);
  return resolveThen(req, { owner: mailbox(ctx, path.user, MAIL_READ) }, ({ owner }) =>
    replyFrom(lookupFolder(owner.id, path.folder ?? ''), (folder) =>
      json({
        '@odata.context': odataContext(ctx, `users('${owner.id}')/mailFolders/$entity`),
        ...shapeFolder(ctx, owner.id, folder),
      }),
    ),
  );
}
