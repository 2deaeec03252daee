/**
 * Reading any mailbox without a token, for tests and the demo: `GET /_local/mailboxes/{user}`
 * (loopback only, not part of Graph) and `readMailbox` for code that holds the tenant.
 * The faithful path for a person is still `GET /me/messages` with their own token.
 */
import type { TenantContext } from '../../core/context';
import { json, type Reply } from '../../core/reply';
import type { TenantRequest } from '../../core/request';
import { findUser } from '../../entra/lookups';
import { deliverDueMessages } from './delivery';
import { mailSlice, resolveFolder, type WellKnownFolder } from './mail-state';
import { shapeMessage } from './message-shape';

export interface MailboxMessage extends Record<string, unknown> {
  folder: WellKnownFolder;
  id: string;
  subject: string;
  isDraft: boolean;
  receivedDateTime: string;
  /** Set while a sent draft waits for its PR_DEFERRED_SEND_TIME. */
  scheduled: boolean;
}

/**
 * The messages of one mailbox (by user id, UPN or mail), newest first, Graph-shaped plus the
 * folder name. Due scheduled messages are delivered first, as any request to the tenant does.
 */
export function readMailbox(
  ctx: TenantContext,
  user: string,
  folder?: WellKnownFolder,
): MailboxMessage[] | undefined {
  deliverDueMessages(ctx);
  const owner =
    findUser(ctx.store.state, user) ??
    ctx.store.state.users.find((candidate) => candidate.mail?.toLowerCase() === user.toLowerCase());
  if (!owner) return undefined;
  return mailSlice(ctx)
    .get()
    .messages.filter((message) => message.ownerId === owner.id)
    .filter((message) => (folder ? message.folder === folder : true))
    .sort((a, b) => b.receivedDateTime.localeCompare(a.receivedDateTime))
    .map((message) => ({
      ...shapeMessage(message, { select: undefined, bodyType: undefined, immutableIds: false }),
      folder: message.folder,
      id: message.id,
      subject: message.subject,
      isDraft: message.isDraft,
      receivedDateTime: message.receivedDateTime,
      scheduled: message.submittedDateTime !== null,
      singleValueExtendedProperties: message.singleValueExtendedProperties,
    }));
}

export function mailboxControl(ctx: TenantContext, req: TenantRequest): Reply {
  const user = req.params.user ?? '';
  const folderName = req.query.get('folder') ?? undefined;
  let folder: WellKnownFolder | undefined;
  if (folderName !== undefined) {
    const owner = findUser(ctx.store.state, user);
    folder = resolveFolder(owner?.id ?? '', folderName);
    if (!folder)
      return json({ error: 'bad_request', message: `Unknown folder '${folderName}'.` }, 400);
  }
  const messages = readMailbox(ctx, user, folder);
  if (!messages) return json({ error: 'not_found', message: `No mailbox for '${user}'.` }, 404);
  return json({ user, folder: folder ?? null, messages });
}
