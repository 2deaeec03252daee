import { decodeJwt } from 'jose';
import type { TenantContext } from '../core/context';
import { json, type Reply } from '../core/reply';
import type { TenantRequest } from '../core/request';
import type { Application } from '../state/types';
import { NO_STORE, missingParameter, tokenError, type EntraError } from './entra-errors';
import { findUser } from './lookups';
import { parseScopes } from './scopes';
import { issueAppAccessToken } from './token-issuer';
import { tooManyResources, userTokenResponse } from './token-response';
import { verifyTenantToken } from './verify-token';

function readAudience(token: string): string {
  try {
    const aud = decodeJwt(token).aud;
    return Array.isArray(aud) ? aud.join(' ') : (aud ?? '');
  } catch {
    return '';
  }
}

const invalidGrant = (code: number, message: string): EntraError => ({
  error: 'invalid_grant',
  code,
  message,
});

/** client_credentials: an app-only token whose `roles` are the app permissions granted. */
export async function clientCredentialsGrant(
  ctx: TenantContext,
  req: TenantRequest,
  form: URLSearchParams,
  app: Application,
): Promise<Reply> {
  const rawScope = form.get('scope');
  if (!rawScope) return tokenError(ctx, req, missingParameter('scope'));
  const items = rawScope.split(/\s+/).filter((s) => s !== '');
  const notDefault = items.find((item) => !item.endsWith('/.default'));
  if (notDefault !== undefined) {
    return tokenError(ctx, req, {
      error: 'invalid_scope',
      code: 1002012,
      message: `The provided value for scope ${notDefault} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    });
  }
  const parsed = parseScopes(ctx.store.state, rawScope, ctx.store.state.tenant.displayName);
  if (!parsed.ok) return tokenError(ctx, req, parsed.problem);
  const [target, ...others] = parsed.value.resources;
  if (!target || others.length > 0) return tokenError(ctx, req, tooManyResources(rawScope));
  const access = await issueAppAccessToken(ctx, app, target);
  return json(
    {
      token_type: 'Bearer',
      expires_in: access.expiresIn,
      ext_expires_in: access.expiresIn,
      access_token: access.token,
    },
    200,
    NO_STORE,
  );
}

/**
 * On-behalf-of: a confidential API trades the user's token for its own API (the assertion) for
 * a token to another resource, as the same user, with the API's own consented scopes.
 */
export async function onBehalfOfGrant(
  ctx: TenantContext,
  req: TenantRequest,
  form: URLSearchParams,
  app: Application,
): Promise<Reply> {
  const assertion = form.get('assertion');
  if (!assertion) return tokenError(ctx, req, missingParameter('assertion'));
  if (form.get('requested_token_use') !== 'on_behalf_of') {
    return tokenError(ctx, req, missingParameter('requested_token_use'));
  }
  const rawScope = form.get('scope');
  if (!rawScope) return tokenError(ctx, req, missingParameter('scope'));
  const audiences = [app.appId, ...app.identifierUris];
  const verified = await verifyTenantToken(ctx, assertion, {
    audiences,
    issuers: [ctx.urls.issuerV1, ctx.urls.issuerV2],
  });
  if (!verified.ok) {
    if (verified.problem === 'expired' || verified.problem === 'not-yet-valid') {
      return tokenError(
        ctx,
        req,
        invalidGrant(
          500133,
          'Assertion is not within its valid time range. Ensure that the access token is not expired before using it for user assertion, or request a new token.',
        ),
      );
    }
    if (verified.problem === 'audience') {
      const audience = readAudience(assertion);
      return tokenError(
        ctx,
        req,
        invalidGrant(
          50013,
          `Assertion audience does not match the Client app presenting the assertion. The audience in the assertion was '${audience}' and the expected audience is '${app.appId}' or one of the Application Id URIs of this application.`,
        ),
      );
    }
    return tokenError(ctx, req, invalidGrant(50013, 'Assertion failed signature validation.'));
  }
  const claims = verified.claims;
  const user =
    typeof claims.oid === 'string' && typeof claims.scp === 'string'
      ? findUser(ctx.store.state, claims.oid)
      : undefined;
  if (!user) {
    return tokenError(
      ctx,
      req,
      invalidGrant(
        50013,
        'Assertion contains an invalid claim: on-behalf-of requires a delegated user token.',
      ),
    );
  }
  const parsed = parseScopes(ctx.store.state, rawScope, ctx.store.state.tenant.displayName);
  if (!parsed.ok) return tokenError(ctx, req, parsed.problem);
  return userTokenResponse(ctx, req, {
    client: app,
    user,
    request: parsed.value,
    rawScope,
    nonce: undefined,
    sessionId: typeof claims.sid === 'string' ? claims.sid : '',
    spa: false,
    clientAuth: '1',
    wantClientInfo: form.get('client_info') === '1',
  });
}
