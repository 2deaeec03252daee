import { z } from 'zod';
import type { TenantContext } from '../core/context';
import type { Reply } from '../core/reply';
import type { TenantRequest } from '../core/request';
import { tokenError, unknownClient, unknownTenant, type EntraError } from '../entra/entra-errors';
import { findApplication, findUser, resolveTenantSegment } from '../entra/lookups';
import { parseScopes } from '../entra/scopes';
import { userTokenResponse } from '../entra/token-response';

/**
 * POST /_local/teams/token: what Teams' broker does for a nested app. The host page, which knows
 * who is signed in to "Teams" (the persona), asks for a token for the tab's SPA client; the
 * tenant answers exactly as its token endpoint would for that person (the same scope catalogue,
 * admin consent, one resource per token, v1/v2 token shapes), without a refresh token: the broker
 * keeps the session, the nested app gets access and id tokens only.
 */
const brokerBody = z.object({
  /** The signed-in person: object id or userPrincipalName. */
  persona: z.string().min(1),
  clientId: z.string().min(1),
  scope: z.string(),
  /** The origin of the frame that asked; its `brk-multihub://` redirect URI must be registered. */
  frameOrigin: z.string().min(1),
  authority: z.string().optional(),
  correlationId: z.string().optional(),
});

/** The redirect URI Entra requires on a SPA registration before a broker may serve the app. */
export function brokerRedirectUri(frameOrigin: string): string | undefined {
  try {
    return `brk-multihub://${new URL(frameOrigin).host}`;
  } catch {
    return undefined;
  }
}

const badRequest = (message: string): EntraError => ({
  error: 'invalid_request',
  code: 900144,
  message,
});

const redirectMismatch = (uri: string, clientId: string): EntraError => ({
  error: 'invalid_request',
  code: 50011,
  message: `The redirect URI '${uri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'. Nested app authentication needs a 'brk-multihub://' redirect URI for the app's domain on its SPA registration.`,
});

const userNotFound = (persona: string): EntraError => ({
  error: 'invalid_grant',
  code: 50034,
  message: `The user account ${persona} does not exist in the directory, or is disabled.`,
});

/** The tenant segment of an authority URL, e.g. `.../{tenantId}` or `.../organizations`. */
function authorityTenant(authority: string): string | undefined {
  try {
    return new URL(authority).pathname.split('/').filter((s) => s !== '')[0];
  } catch {
    return undefined;
  }
}

/** The broker's session with Entra per person: one sign-in, reused, as Teams keeps one. */
export type BrokerSessions = Map<string, string>;

function brokerSessionId(ctx: TenantContext, sessions: BrokerSessions, userId: string): string {
  let id = sessions.get(userId);
  if (id === undefined) {
    id = ctx.newId();
    sessions.set(userId, id);
  }
  return id;
}

export async function handleBrokerRequest(
  ctx: TenantContext,
  sessions: BrokerSessions,
  req: TenantRequest,
): Promise<Reply> {
  const state = ctx.store.state;
  const raw = await req.readJson();
  if (!raw.ok) return tokenError(ctx, req, badRequest(raw.message));
  const parsedBody = brokerBody.safeParse(raw.value);
  if (!parsedBody.success) {
    return tokenError(ctx, req, badRequest(z.prettifyError(parsedBody.error)));
  }
  const body = parsedBody.data;
  if (body.authority !== undefined) {
    const segment = authorityTenant(body.authority);
    const tenant = resolveTenantSegment(state, segment ?? '');
    if (tenant.kind === 'unknown') return tokenError(ctx, req, unknownTenant(tenant.value));
  }
  const client = findApplication(state, body.clientId);
  if (!client) {
    return tokenError(ctx, req, unknownClient(body.clientId, state.tenant.displayName));
  }
  const redirectUri = brokerRedirectUri(body.frameOrigin);
  const registered = client.redirectUris.some((r) => r.type === 'spa' && r.uri === redirectUri);
  if (!redirectUri || !registered) {
    return tokenError(ctx, req, redirectMismatch(redirectUri ?? body.frameOrigin, client.appId));
  }
  const user = findUser(state, body.persona);
  if (!user?.accountEnabled) return tokenError(ctx, req, userNotFound(body.persona));
  const scopes = parseScopes(state, body.scope, state.tenant.displayName);
  if (!scopes.ok) return tokenError(ctx, req, scopes.problem);
  // A broker always signs the person in: the nested app gets an id token whatever it asked.
  scopes.value.oidc.add('openid');
  scopes.value.oidc.add('profile');
  scopes.value.oidc.delete('offline_access');
  return userTokenResponse(ctx, req, {
    client,
    user,
    request: scopes.value,
    rawScope: body.scope,
    nonce: undefined,
    sessionId: brokerSessionId(ctx, sessions, user.id),
    spa: true,
    clientAuth: '0',
    wantClientInfo: true,
  });
}
