import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import type { TenantContext } from '../core/context';
import type { Application, DirectoryUser, RefreshTokenRecord } from '../state/types';
import { assignedRoles } from './lookups';
import type { ResourceScopes } from './scopes';

/** Entra back-dates iat/nbf by five minutes to absorb clock skew. */
const BACKDATE_SECONDS = 300;
const ID_TOKEN_LIFETIME = 3600;
const CODE_LIFETIME_MS = 10 * 60 * 1000;
export const SPA_REFRESH_LIFETIME_MS = 24 * 3600 * 1000;
export const REFRESH_INACTIVITY_MS = 90 * 24 * 3600 * 1000;
const MAX_REFRESH_TOKENS = 2000;
export { CODE_LIFETIME_MS };

function tokenId(): string {
  return randomBytes(16).toString('base64url');
}

/** Access token lifetimes vary between 60 and 90 minutes, like Entra's default. */
function accessTokenLifetime(): number {
  return 3600 + randomInt(0, 1800);
}

/** `sub` is pairwise: the same user has a different subject in each application. */
export function pairwiseSubject(userId: string, appId: string): string {
  return createHash('sha256').update(`${userId}:${appId}`).digest('base64url').slice(0, 43);
}

export function clientInfo(tenantId: string, userId: string): string {
  return Buffer.from(JSON.stringify({ uid: userId, utid: tenantId })).toString('base64url');
}

async function sign(ctx: TenantContext, payload: JWTPayload): Promise<string> {
  const key = ctx.keys.active();
  return new SignJWT(payload)
    .setProtectedHeader({ typ: 'JWT', alg: 'RS256', x5t: key.x5t, kid: key.kid })
    .sign(key.privateKey);
}

interface Timing {
  iat: number;
  nbf: number;
  exp: number;
  expiresIn: number;
}

function timing(ctx: TenantContext, lifetime: number): Timing {
  const now = Math.floor(ctx.clock.epochMs() / 1000);
  return {
    iat: now - BACKDATE_SECONDS,
    nbf: now - BACKDATE_SECONDS,
    exp: now + lifetime,
    expiresIn: lifetime,
  };
}

export interface DelegatedGrant {
  client: Application;
  user: DirectoryUser;
  target: ResourceScopes;
  scopes: string[];
  /** '0' public client, '1' client secret. */
  clientAuth: '0' | '1';
  sessionId: string;
}

export interface IssuedToken {
  token: string;
  expiresIn: number;
}

/** A delegated access token, v1 or v2 shaped according to the resource's registration. */
export async function issueDelegatedAccessToken(
  ctx: TenantContext,
  grant: DelegatedGrant,
): Promise<IssuedToken> {
  const t = timing(ctx, accessTokenLifetime());
  const { client, user, target } = grant;
  const roles = assignedRoles(ctx.store.state, user.id, target.resource.appId);
  const common = {
    aud: target.audience,
    iat: t.iat,
    nbf: t.nbf,
    exp: t.exp,
    aio: tokenId(),
    name: user.displayName,
    oid: user.id,
    rh: `0.${tokenId()}.`,
    scp: grant.scopes.join(' '),
    ...(roles.length > 0 ? { roles } : {}),
    sid: grant.sessionId,
    sub: pairwiseSubject(user.id, client.appId),
    tid: ctx.tenantId,
    uti: tokenId(),
  };
  const payload =
    target.resource.accessTokenVersion === 2
      ? {
          ...common,
          iss: ctx.urls.issuerV2,
          azp: client.appId,
          azpacr: grant.clientAuth,
          preferred_username: user.userPrincipalName,
          ver: '2.0',
        }
      : {
          ...common,
          iss: ctx.urls.issuerV1,
          acct: 0,
          acr: '1',
          amr: ['pwd'],
          app_displayname: client.displayName,
          appid: client.appId,
          appidacr: grant.clientAuth,
          family_name: user.surname ?? undefined,
          given_name: user.givenName ?? undefined,
          idtyp: 'user',
          ipaddr: '127.0.0.1',
          unique_name: user.userPrincipalName,
          upn: user.userPrincipalName,
          ver: '1.0',
        };
  return { token: await sign(ctx, payload), expiresIn: t.expiresIn };
}

/** An app-only access token (client credentials): `roles` instead of `scp`, no user. */
export async function issueAppAccessToken(
  ctx: TenantContext,
  client: Application,
  target: ResourceScopes,
): Promise<IssuedToken> {
  const t = timing(ctx, accessTokenLifetime());
  const roles = assignedRoles(ctx.store.state, client.appId, target.resource.appId);
  const common = {
    aud: target.audience,
    iat: t.iat,
    nbf: t.nbf,
    exp: t.exp,
    aio: tokenId(),
    idtyp: 'app',
    oid: client.servicePrincipalId,
    rh: `0.${tokenId()}.`,
    ...(roles.length > 0 ? { roles } : {}),
    sub: client.servicePrincipalId,
    tid: ctx.tenantId,
    uti: tokenId(),
  };
  const payload =
    target.resource.accessTokenVersion === 2
      ? { ...common, iss: ctx.urls.issuerV2, azp: client.appId, azpacr: '1', ver: '2.0' }
      : {
          ...common,
          iss: ctx.urls.issuerV1,
          app_displayname: client.displayName,
          appid: client.appId,
          appidacr: '1',
          ver: '1.0',
        };
  return { token: await sign(ctx, payload), expiresIn: t.expiresIn };
}

export interface IdTokenInput {
  client: Application;
  user: DirectoryUser;
  nonce: string | undefined;
  sessionId: string;
  includeEmail: boolean;
}

export async function issueIdToken(ctx: TenantContext, input: IdTokenInput): Promise<string> {
  const t = timing(ctx, ID_TOKEN_LIFETIME);
  const { user, client } = input;
  return sign(ctx, {
    aud: client.appId,
    iss: ctx.urls.issuerV2,
    iat: t.iat,
    nbf: t.nbf,
    exp: t.exp,
    ...(input.includeEmail && user.mail ? { email: user.mail } : {}),
    login_hint: Buffer.from(
      JSON.stringify({ oid: user.id, tid: ctx.tenantId, upn: user.userPrincipalName }),
    ).toString('base64url'),
    name: user.displayName,
    ...(input.nonce ? { nonce: input.nonce } : {}),
    oid: user.id,
    preferred_username: user.userPrincipalName,
    rh: `0.${tokenId()}.`,
    sid: input.sessionId,
    sub: pairwiseSubject(user.id, client.appId),
    tid: ctx.tenantId,
    uti: tokenId(),
    ver: '2.0',
  });
}

/** Refresh tokens are opaque handles kept in state, as Entra's are to clients. */
export function issueRefreshToken(
  ctx: TenantContext,
  input: {
    clientId: string;
    userId: string;
    spa: boolean;
    sessionId: string;
    spaExpiresAt?: number;
  },
): { handle: string; record: RefreshTokenRecord } {
  const now = ctx.clock.epochMs();
  const handle = `1.${randomUUID()}.${randomBytes(48).toString('base64url')}`;
  const record: RefreshTokenRecord = {
    handle,
    clientId: input.clientId,
    userId: input.userId,
    spa: input.spa,
    issuedAt: now,
    lastUsedAt: now,
    expiresAt: input.spa
      ? (input.spaExpiresAt ?? now + SPA_REFRESH_LIFETIME_MS)
      : now + REFRESH_INACTIVITY_MS,
    sessionId: input.sessionId,
    revoked: false,
  };
  ctx.store.update((state) => {
    // Keep the list bounded: drop tokens that can no longer be redeemed.
    state.refreshTokens = state.refreshTokens
      .filter((rt) => !rt.revoked && rt.expiresAt > now)
      .slice(-(MAX_REFRESH_TOKENS - 1));
    state.refreshTokens.push(record);
  });
  return { handle, record };
}
