/**
 * Whose mailbox an Outlook request (mail, calendar, To Do) reaches and whether the caller may:
 * `/me` needs a signed-in user; `/users/{id|upn}` reaches only the caller's own mailbox with
 * delegated permissions (nothing is shared or delegated in the demo tenant) and any mailbox with
 * an application permission. Outlook workloads answer a missing permission with ErrorAccessDenied.
 * https://learn.microsoft.com/en-us/graph/api/user-list-events?view=graph-rest-1.0 (permissions)
 * https://learn.microsoft.com/en-us/graph/api/user-list-messages (permissions)
 */
import type { TenantContext } from '../core/context';
import { graphError, type Reply } from '../core/reply';
import type { GraphRequest } from '../core/router';
import { findUser } from '../entra/lookups';
import type { DirectoryUser } from '../state/types';
import { requireScopes, type PermissionRule } from './auth';
import { refused, resolved, type Resolved, type Step } from './route-helper';

export const accessDenied = (): Reply =>
  graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');

/** `userSegment` undefined means `/me`. */
export function resolveOwner(
  ctx: TenantContext,
  req: GraphRequest,
  userSegment: string | undefined,
  rule: PermissionRule,
): Resolved<DirectoryUser> {
  const { caller } = req;
  if (userSegment === undefined && caller.kind !== 'delegated') {
    return refused(
      graphError(
        400,
        'BadRequest',
        '/me request is only valid with delegated authentication flow.',
      ),
    );
  }
  const denial = requireScopes(caller, rule, 'outlook');
  if (denial) return refused(denial);
  const idOrUpn = userSegment ?? (caller.kind === 'delegated' ? caller.userId : '');
  const owner = findUser(ctx.store.state, idOrUpn);
  if (!owner) {
    return refused(
      graphError(404, 'ErrorInvalidUser', `The requested user '${idOrUpn}' is invalid.`),
    );
  }
  if (caller.kind === 'delegated' && caller.userId !== owner.id) return refused(accessDenied());
  return resolved(owner);
}

/** The mailbox owner, as a step of the route helper. */
export function mailboxOwner(
  ctx: TenantContext,
  userSegment: string | undefined,
  rule: PermissionRule,
): Step<DirectoryUser> {
  return (req) => resolveOwner(ctx, req, userSegment, rule);
}
