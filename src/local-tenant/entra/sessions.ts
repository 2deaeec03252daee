import { randomUUID } from 'node:crypto';
import type { TenantContext } from '../core/context';
import type { TenantRequest } from '../core/request';
import type { DirectoryUser, SessionRecord } from '../state/types';
import { findUser } from './lookups';

export const SESSION_COOKIE = 'ltsession';

/** The browser's sign-in session with the tenant (Entra's ESTSAUTH cookie), if still valid. */
export function currentSession(
  ctx: TenantContext,
  req: TenantRequest,
): { session: SessionRecord; user: DirectoryUser } | undefined {
  const id = req.cookie(SESSION_COOKIE);
  if (!id) return undefined;
  const session = ctx.store.state.sessions.find((s) => s.id === id);
  if (!session) return undefined;
  const user = findUser(ctx.store.state, session.userId);
  if (!user?.accountEnabled) return undefined;
  return { session, user };
}

export function startSession(ctx: TenantContext, userId: string): SessionRecord {
  const session: SessionRecord = { id: randomUUID(), userId, authTime: ctx.clock.epochMs() };
  ctx.store.update((state) => {
    state.sessions = [...state.sessions.filter((s) => s.userId !== userId), session].slice(-200);
  });
  return session;
}

export function endSession(ctx: TenantContext, id: string | undefined): void {
  if (!id) return;
  ctx.store.update((state) => {
    state.sessions = state.sessions.filter((s) => s.id !== id);
  });
}

/** Cross-site iframes (silent sign-in) need SameSite=None, which browsers allow only on https. */
export function sessionCookie(ctx: TenantContext, value: string | undefined): string {
  const secure = ctx.urls.base.startsWith('https:');
  const attributes = ['Path=/', 'HttpOnly', secure ? 'SameSite=None; Secure' : 'SameSite=Lax'];
  if (value === undefined) return `${SESSION_COOKIE}=; Max-Age=0; ${attributes.join('; ')}`;
  return `${SESSION_COOKIE}=${encodeURIComponent(value)}; ${attributes.join('; ')}`;
}
