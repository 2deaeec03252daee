/**
 * Whose mailbox a request reaches and whether the caller may: `/me` needs a signed-in user,
 * `/users/{id|upn}` reaches only the caller's own mailbox with delegated permissions (no shared
 * mailboxes here) and any mailbox with an application permission.
 * https://learn.microsoft.com/en-us/graph/permissions-reference#mail-permissions
 * https://learn.microsoft.com/en-us/graph/api/user-list-messages (permissions)
 */
import type { TenantContext } from '../../core/context';
import { graphError } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import type { DirectoryUser } from '../../state/types';
import type { PermissionRule } from '../auth';
import { resolveOwner } from '../mailbox-owner';
import { refused, type Resolved, type Step } from '../route-helper';

export const MAIL_READ: PermissionRule = {
  delegated: ['Mail.ReadBasic', 'Mail.Read', 'Mail.ReadWrite'],
  application: ['Mail.ReadBasic.All', 'Mail.Read', 'Mail.ReadWrite'],
};
export const MAIL_WRITE: PermissionRule = {
  delegated: ['Mail.ReadWrite'],
  application: ['Mail.ReadWrite'],
};
export const MAIL_SEND: PermissionRule = { delegated: ['Mail.Send'], application: ['Mail.Send'] };

/** `userIdOrUpn` undefined means `/me`; a disabled account's mailbox is not reachable. */
export function resolveMailbox(
  ctx: TenantContext,
  req: GraphRequest,
  userIdOrUpn: string | undefined,
  rule: PermissionRule,
): Resolved<DirectoryUser> {
  const owner = resolveOwner(ctx, req, userIdOrUpn, rule);
  if (!owner.ok || owner.value.accountEnabled) return owner;
  return refused(
    graphError(
      404,
      'MailboxNotEnabledForRESTAPI',
      'The mailbox is either inactive, soft-deleted, or is hosted on-premise.',
    ),
  );
}

/** The mailbox, as a step of the route helper. */
export function mailbox(
  ctx: TenantContext,
  userIdOrUpn: string | undefined,
  rule: PermissionRule,
): Step<DirectoryUser> {
  return (req) => resolveMailbox(ctx, req, userIdOrUpn, rule);
}
