import { createHash } from 'node:crypto';
import type { TenantContext } from '../core/context';
import type { Reply } from '../core/reply';
import type { TenantRequest } from '../core/request';
import { authenticateClient } from './client-auth';
import { missingParameter, tokenError, unknownTenant, type EntraError } from './entra-errors';
import type { EntraFlows } from './flows';
import { findUser, resolveTenantSegment } from './lookups';
import { parseScopes } from './scopes';
import { clientCredentialsGrant, onBehalfOfGrant } from './service-grants';
import { REFRESH_INACTIVITY_MS } from './token-issuer';
import { userTokenResponse } from './token-response';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export const spaNeedsOrigin: EntraError = {
  error: 'invalid_request',
  code: 9002327,
  message:
    "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
};

export const crossOriginNotSpa = (origin: string): EntraError => ({
  error: 'invalid_request',
  code: 9002326,
  message: `Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type. Request origin: '${origin}'.`,
});

const invalidGrant = (code: number, message: string): EntraError => ({
  error: 'invalid_grant',
  code,
  message,
});

/** POST /{tenant}/oauth2/v2.0/token */
export async function handleTokenRequest(
  ctx: TenantContext,
  flows: EntraFlows,
  req: TenantRequest,
): Promise<Reply> {
  const state = ctx.store.state;
  const tenant = resolveTenantSegment(state, req.params.tenant ?? '');
  if (tenant.kind === 'unknown') return tokenError(ctx, req, unknownTenant(tenant.value));
  const body = await req.readForm();
  if (!body.ok) {
    return tokenError(ctx, req, { error: 'invalid_request', code: 90014, message: body.message });
  }
  const form = body.value;
  const grantType = form.get('grant_type');
  if (!grantType) return tokenError(ctx, req, missingParameter('grant_type'));
  const known = ['authorization_code', 'refresh_token', 'client_credentials', JWT_BEARER];
  if (!known.includes(grantType)) {
    return tokenError(ctx, req, {
      error: 'unsupported_grant_type',
      code: 70003,
      message: `The app requested an unsupported grant type '${grantType}'.`,
    });
  }
  const serviceGrant = grantType === 'client_credentials' || grantType === JWT_BEARER;
  const client = authenticateClient(
    ctx,
    req,
    form,
    serviceGrant ? 'always' : 'public-clients-exempt',
  );
  if (!client.ok) return tokenError(ctx, req, client.problem);
  const origin = req.header('origin');
  if (serviceGrant) {
    if (origin) return tokenError(ctx, req, crossOriginNotSpa(origin));
    return grantType === 'client_credentials'
      ? clientCredentialsGrant(ctx, req, form, client.app)
      : onBehalfOfGrant(ctx, req, form, client.app);
  }
  const clientAuth = client.usedSecret ? '1' : '0';
  return grantType === 'authorization_code'
    ? authorizationCodeGrant(ctx, flows, req, form, client.app, clientAuth, origin)
    : refreshTokenGrant(ctx, req, form, client.app, clientAuth, origin);
}

function verifyPkce(challenge: string, method: string | undefined, verifier: string): boolean {
  if (method === 'S256') {
    return createHash('sha256').update(verifier).digest('base64url') === challenge;
  }
  return verifier === challenge;
}

async function authorizationCodeGrant(
  ctx: TenantContext,
  flows: EntraFlows,
  req: TenantRequest,
  form: URLSearchParams,
  app: Parameters<typeof userTokenResponse>[2]['client'],
  clientAuth: '0' | '1',
  origin: string | undefined,
): Promise<Reply> {
  const codeValue = form.get('code');
  if (!codeValue) return tokenError(ctx, req, missingParameter('code'));
  const code = flows.findCode(codeValue);
  if (!code || code.params.clientId !== app.appId) {
    return tokenError(
      ctx,
      req,
      invalidGrant(70000, "The provided value for the 'code' parameter is not valid."),
    );
  }
  if (code.redeemed) {
    return tokenError(
      ctx,
      req,
      invalidGrant(
        54005,
        'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
      ),
    );
  }
  if (code.expiresAt <= ctx.clock.epochMs()) {
    return tokenError(
      ctx,
      req,
      invalidGrant(
        70008,
        'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
      ),
    );
  }
  const redirectUri = form.get('redirect_uri');
  if (!redirectUri) return tokenError(ctx, req, missingParameter('redirect_uri'));
  if (redirectUri !== code.params.redirectUri) {
    return tokenError(
      ctx,
      req,
      invalidGrant(
        70000,
        "The provided value for the 'redirect_uri' is not valid. The value must exactly match the redirect URI used to obtain the authorization code.",
      ),
    );
  }
  const spa = code.params.redirectType === 'spa';
  if (spa && !origin) return tokenError(ctx, req, spaNeedsOrigin);
  if (!spa && origin) return tokenError(ctx, req, crossOriginNotSpa(origin));
  if (spa && (!code.params.codeChallenge || code.params.codeChallengeMethod !== 'S256')) {
    return tokenError(ctx, req, {
      error: 'invalid_request',
      code: 9002325,
      message:
        'Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
    });
  }
  if (code.params.codeChallenge) {
    const verifier = form.get('code_verifier');
    if (
      !verifier ||
      !verifyPkce(code.params.codeChallenge, code.params.codeChallengeMethod, verifier)
    ) {
      return tokenError(
        ctx,
        req,
        invalidGrant(
          501481,
          'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
        ),
      );
    }
  }
  const user = findUser(ctx.store.state, code.userId);
  if (!user?.accountEnabled) {
    return tokenError(ctx, req, invalidGrant(50057, 'The user account is disabled.'));
  }
  const rawScope = form.get('scope') ?? code.params.scope;
  const parsed = parseScopes(ctx.store.state, rawScope, ctx.store.state.tenant.displayName);
  if (!parsed.ok) return tokenError(ctx, req, parsed.problem);
  const fromCode = parseScopes(
    ctx.store.state,
    code.params.scope,
    ctx.store.state.tenant.displayName,
  );
  if (fromCode.ok) for (const scope of fromCode.value.oidc) parsed.value.oidc.add(scope);
  code.redeemed = true;
  return userTokenResponse(ctx, req, {
    client: app,
    user,
    request: parsed.value,
    rawScope,
    nonce: code.params.nonce,
    sessionId: code.sessionId,
    spa,
    clientAuth,
    wantClientInfo: form.get('client_info') === '1',
  });
}

async function refreshTokenGrant(
  ctx: TenantContext,
  req: TenantRequest,
  form: URLSearchParams,
  app: Parameters<typeof userTokenResponse>[2]['client'],
  clientAuth: '0' | '1',
  origin: string | undefined,
): Promise<Reply> {
  const handle = form.get('refresh_token');
  if (!handle) return tokenError(ctx, req, missingParameter('refresh_token'));
  const record = ctx.store.state.refreshTokens.find((rt) => rt.handle === handle);
  if (!record || record.revoked || record.clientId !== app.appId) {
    return tokenError(
      ctx,
      req,
      invalidGrant(9002313, 'Invalid request. Request is malformed or invalid.'),
    );
  }
  if (record.spa && !origin) return tokenError(ctx, req, spaNeedsOrigin);
  if (!record.spa && origin) return tokenError(ctx, req, crossOriginNotSpa(origin));
  const now = ctx.clock.epochMs();
  const issued = new Date(record.issuedAt).toISOString();
  if (record.expiresAt <= now) {
    return tokenError(
      ctx,
      req,
      record.spa
        ? invalidGrant(
            700084,
            `The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page. The token was issued on ${issued}.`,
          )
        : invalidGrant(
            700082,
            `The refresh token has expired due to inactivity. The token was issued on ${issued} and was inactive for ${String(REFRESH_INACTIVITY_MS / 86_400_000)}.00:00:00.`,
          ),
    );
  }
  const user = findUser(ctx.store.state, record.userId);
  if (!user?.accountEnabled) {
    return tokenError(ctx, req, invalidGrant(50057, 'The user account is disabled.'));
  }
  const rawScope = form.get('scope') ?? 'openid profile offline_access';
  const parsed = parseScopes(ctx.store.state, rawScope, ctx.store.state.tenant.displayName);
  if (!parsed.ok) return tokenError(ctx, req, parsed.problem);
  // Entra returns a new refresh token on every use and leaves the old one valid until it ends;
  // a SPA's chain keeps the end of the first token.
  record.lastUsedAt = now;
  parsed.value.oidc.add('offline_access');
  return userTokenResponse(ctx, req, {
    client: app,
    user,
    request: parsed.value,
    rawScope,
    nonce: undefined,
    sessionId: record.sessionId,
    spa: record.spa,
    clientAuth,
    wantClientInfo: form.get('client_info') === '1',
    ...(record.spa ? { spaRefreshExpiresAt: record.expiresAt } : {}),
  });
}
