import type { TenantContext } from '../../core/context';
import { findUser } from '../../entra/lookups';
import type { Caller } from '../caller';
import { appPrincipalKey, userPrincipalKey } from './seed';
import type { Identity, Site } from './state';

/** SharePoint's "SharePoint App" account: the author of everything written app-only. */
export const SHAREPOINT_APP_LOOKUP_ID = 1073741822;

export function identityOf(ctx: TenantContext, caller: Caller): Identity {
  if (caller.kind === 'delegated') {
    const user = findUser(ctx.store.state, caller.userId);
    return {
      kind: 'user',
      id: caller.userId,
      displayName: user?.displayName ?? 'Unknown user',
      email: user?.mail ?? user?.userPrincipalName ?? null,
    };
  }
  const app = ctx.store.state.applications.find((candidate) => candidate.appId === caller.appId);
  return {
    kind: 'application',
    id: caller.appId,
    displayName: app?.displayName ?? caller.appId,
    email: null,
  };
}

/** Graph's identitySet; app-only writes show the app and SharePoint's app account. */
export function identitySet(identity: Identity): Record<string, unknown> {
  if (identity.kind === 'application') {
    return {
      application: { id: identity.id, displayName: identity.displayName },
      user: { displayName: 'SharePoint App' },
    };
  }
  return {
    user: {
      ...(identity.email ? { email: identity.email } : {}),
      id: identity.id,
      displayName: identity.displayName,
    },
  };
}

function principalKey(identity: Identity): string {
  return identity.kind === 'user' ? userPrincipalKey(identity.id) : appPrincipalKey(identity.id);
}

/** The principal's id in the site's User Information List, added on first use as SharePoint does. */
export function ensureLookupId(site: Site, identity: Identity): number {
  const key = principalKey(identity);
  const known = site.users.find((entry) => entry.principal === key);
  if (known) return known.lookupId;
  const lookupId = site.nextLookupId;
  site.users.push({ principal: key, lookupId });
  site.nextLookupId += 1;
  return lookupId;
}

export function lookupIdOf(site: Site, identity: Identity): number | undefined {
  const key = principalKey(identity);
  return site.users.find((entry) => entry.principal === key)?.lookupId;
}

/** Whether a person column may point at this lookup id (a user of the site). */
export function isSiteUserLookupId(site: Site, lookupId: number): boolean {
  return site.users.some(
    (entry) => entry.lookupId === lookupId && entry.principal.startsWith('user:'),
  );
}
