/**
 * Whose mailbox a request reaches and whether the caller may: `/me` needs a signed-in user,
 * `/users/{id|upn}` reaches only the caller's own mailbox with delegated permissions (no shared
 * mailboxes here) and any mailbox with an application permission.
 * https://learn.microsoft.com/en-us/graph/permissions-reference#mail-permissions
 * https://learn.microsoft.com/en-us/graph/api/user-list-messages (permissions)
 */
import type { TenantContext } from '../../core/context';
import { graphError, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { findUser } from '../../entra/lookups';
import type { DirectoryUser } from '../../state/types';
import { requireScopes, type PermissionRule } from '../auth';

export const MAIL_READ: PermissionRule = {
  delegated: ['Mail.ReadBasic', 'Mail.Read', 'Mail.ReadWrite'],
  application: ['Mail.ReadBasic.All', 'Mail.Read', 'Mail.ReadWrite'],
};
export const MAIL_WRITE: PermissionRule = {
  delegated: ['Mail.ReadWrite'],
  application: ['Mail.ReadWrite'],
};
export const MAIL_SEND: PermissionRule = { delegated: ['Mail.Send'], application: ['Mail.Send'] };

export type MailboxTarget = { ok: true; owner: DirectoryUser } | { ok: false; reply: Reply };

const accessDenied = (): Reply =>
  graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');

/** `userIdOrUpn` undefined means `/me`. */
export function resolveMailbox(
  ctx: TenantContext,
  req: GraphRequest,
  userIdOrUpn: string | undefined,
  rule: PermissionRule,
): MailboxTarget {
  const caller = req.caller;
  if (userIdOrUpn === undefined && caller.kind !== 'delegated') {
    return {
      ok: false,
      reply: graphError(
        400,
        'BadRequest',
        '/me request is only valid with delegated authentication flow.',
      ),
    };
  }
  const key = userIdOrUpn ?? (caller.kind === 'delegated' ? caller.userId : '');
  const denied = requireScopes(caller, rule, 'outlook');
  if (denied) return { ok: false, reply: denied };
  const owner = findUser(ctx.store.state, key);
  if (!owner) {
    return {
      ok: false,
      reply: graphError(404, 'ErrorInvalidUser', `The requested user '${key}' is invalid.`),
    };
  }
  if (caller.kind === 'delegated' && caller.userId !== owner.id)
    return { ok: false, reply: accessDenied() };
  if (!owner.accountEnabled) {
    return {
      ok: false,
      reply: graphError(
        404,
        'MailboxNotEnabledForRESTAPI',
        'The mailbox is either inactive, soft-deleted, or is hosted on-premise.',
      ),
    };
  }
  return { ok: true, owner };
}
