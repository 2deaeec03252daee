import type { TenantContext } from '../core/context';
import { json, type Reply } from '../core/reply';
import type { TenantRequest } from '../core/request';
import type { Application, DirectoryUser } from '../state/types';
import { NO_STORE, tokenError, type EntraError } from './entra-errors';
import { checkConsent, graphDefault, responseScope, type ScopeRequest } from './scopes';
import {
  clientInfo,
  issueDelegatedAccessToken,
  issueIdToken,
  issueRefreshToken,
} from './token-issuer';

export const tooManyResources = (scope: string): EntraError => ({
  error: 'invalid_scope',
  code: 28000,
  message: `Provided value for the input parameter scope is not valid because it contains more than one resource. Scope ${scope} is not valid.`,
});

export interface UserTokenInput {
  client: Application;
  user: DirectoryUser;
  request: ScopeRequest;
  rawScope: string;
  nonce: string | undefined;
  sessionId: string;
  spa: boolean;
  clientAuth: '0' | '1';
  wantClientInfo: boolean;
  /** SPA refresh tokens keep the expiry of the first one in the chain. */
  spaRefreshExpiresAt?: number;
}

/** Issues the access, id and refresh tokens of a user grant, in Entra's response shape. */
export async function userTokenResponse(
  ctx: TenantContext,
  req: TenantRequest,
  input: UserTokenInput,
): Promise<Reply> {
  const state = ctx.store.state;
  if (input.request.resources.length > 1) {
    return tokenError(ctx, req, tooManyResources(input.rawScope));
  }
  const target = input.request.resources[0] ?? graphDefault(state);
  const consent = checkConsent(state, input.client, target);
  if (!consent.ok) return tokenError(ctx, req, consent.problem);
  const access = await issueDelegatedAccessToken(ctx, {
    client: input.client,
    user: input.user,
    target,
    scopes: consent.scopes,
    clientAuth: input.clientAuth,
    sessionId: input.sessionId,
  });
  const body: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: responseScope(target, consent.scopes, input.request.oidc),
    expires_in: access.expiresIn,
    ext_expires_in: access.expiresIn,
    access_token: access.token,
  };
  if (input.request.oidc.has('offline_access')) {
    const refresh = issueRefreshToken(ctx, {
      clientId: input.client.appId,
      userId: input.user.id,
      spa: input.spa,
      sessionId: input.sessionId,
      ...(input.spaRefreshExpiresAt === undefined
        ? {}
        : { spaExpiresAt: input.spaRefreshExpiresAt }),
    });
    body.refresh_token = refresh.handle;
    if (input.spa) {
      body.refresh_token_expires_in = Math.floor(
        (refresh.record.expiresAt - ctx.clock.epochMs()) / 1000,
      );
    }
  }
  if (input.request.oidc.has('openid')) {
    body.id_token = await issueIdToken(ctx, {
      client: input.client,
      user: input.user,
      nonce: input.nonce,
      sessionId: input.sessionId,
      includeEmail: input.request.oidc.has('email'),
    });
  }
  if (input.wantClientInfo) body.client_info = clientInfo(ctx.tenantId, input.user.id);
  return json(body, 200, NO_STORE);
}
