import type { TenantContext } from '../core/context';
import { html, redirect, type Reply } from '../core/reply';
import type { TenantRequest } from '../core/request';
import type { DirectoryUser } from '../state/types';
import { describe, errorIds, type EntraError } from './entra-errors';
import type { AuthorizeParams, EntraFlows } from './flows';
import {
  findApplication,
  findUser,
  findUserByHint,
  matchRedirectUri,
  resolveTenantSegment,
} from './lookups';
import { checkConsent, parseScopes } from './scopes';
import { currentSession, sessionCookie, startSession } from './sessions';
import { renderAccountPicker, renderErrorPage, renderFormPost } from './sign-in-page';
import { CODE_LIFETIME_MS, clientInfo } from './token-issuer';

type Params = (name: string) => string | undefined;

function errorPage(ctx: TenantContext, req: TenantRequest, problem: EntraError): Reply {
  const text = describe(problem, errorIds(ctx, req));
  return html(renderErrorPage('Sorry, but we’re having trouble signing you in.', text), 400);
}

/** Sends the outcome back to the app the way it asked: query, fragment or form post. */
function respond(
  params: AuthorizeParams,
  fields: Record<string, string>,
  headers?: Record<string, string>,
): Reply {
  const all = { ...fields, ...(params.state === undefined ? {} : { state: params.state }) };
  if (params.responseMode === 'form_post') {
    return html(renderFormPost(params.redirectUri, all), 200, headers);
  }
  const encoded = new URLSearchParams(all).toString();
  const separator =
    params.responseMode === 'fragment' ? '#' : params.redirectUri.includes('?') ? '&' : '?';
  return redirect(`${params.redirectUri}${separator}${encoded}`, headers);
}

function respondError(
  ctx: TenantContext,
  req: TenantRequest,
  params: AuthorizeParams,
  problem: EntraError,
): Reply {
  return respond(params, {
    error: problem.error,
    error_description: describe(problem, errorIds(ctx, req)),
    error_uri: `${ctx.urls.base}/error?code=${problem.code}`,
  });
}

function complete(
  ctx: TenantContext,
  flows: EntraFlows,
  params: AuthorizeParams,
  user: DirectoryUser,
  existingSessionId: string | undefined,
): Reply {
  const sessionId = existingSessionId ?? startSession(ctx, user.id).id;
  const code = flows.createCode({
    params,
    userId: user.id,
    sessionId,
    expiresAt: ctx.clock.epochMs() + CODE_LIFETIME_MS,
  });
  const fields: Record<string, string> = { code, session_state: sessionId };
  if (params.clientInfo) fields.client_info = clientInfo(ctx.tenantId, user.id);
  const cookie = existingSessionId ? undefined : { 'Set-Cookie': sessionCookie(ctx, sessionId) };
  return respond(params, fields, cookie);
}

/** GET (or form POST) of /{tenant}/oauth2/v2.0/authorize. */
export function startAuthorization(
  ctx: TenantContext,
  flows: EntraFlows,
  req: TenantRequest,
  get: Params,
): Reply {
  const state = ctx.store.state;
  const tenant = resolveTenantSegment(state, req.params.tenant ?? '');
  if (tenant.kind === 'unknown') {
    return errorPage(ctx, req, {
      error: 'invalid_request',
      code: 90002,
      message: `Tenant '${tenant.value}' not found.`,
    });
  }
  const clientId = get('client_id');
  if (!clientId)
    return errorPage(ctx, req, {
      error: 'invalid_request',
      code: 900144,
      message: "The request body must contain the following parameter: 'client_id'.",
    });
  const app = findApplication(state, clientId);
  if (!app) {
    return errorPage(ctx, req, {
      error: 'unauthorized_client',
      code: 700016,
      message: `Application with identifier '${clientId}' was not found in the directory '${state.tenant.displayName}'.`,
    });
  }
  const requestedRedirect =
    get('redirect_uri') ?? (app.redirectUris.length === 1 ? app.redirectUris[0]?.uri : undefined);
  const registered =
    requestedRedirect === undefined ? undefined : matchRedirectUri(app, requestedRedirect);
  if (!requestedRedirect || !registered) {
    return errorPage(ctx, req, {
      error: 'invalid_request',
      code: 50011,
      message: `The redirect URI '${requestedRedirect ?? ''}' specified in the request does not match the redirect URIs configured for the application '${app.appId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal.`,
    });
  }
  const mode = get('response_mode');
  const params: AuthorizeParams = {
    clientId: app.appId,
    redirectUri: requestedRedirect,
    redirectType: registered.type,
    responseMode: mode === 'fragment' || mode === 'form_post' ? mode : 'query',
    scope: get('scope') ?? '',
    state: get('state'),
    nonce: get('nonce'),
    codeChallenge: get('code_challenge'),
    codeChallengeMethod:
      get('code_challenge_method') ?? (get('code_challenge') ? 'plain' : undefined),
    loginHint: get('login_hint'),
    clientInfo: get('client_info') === '1',
  };
  // From here on, errors go back to the app's redirect URI.
  const responseType = get('response_type');
  if (responseType !== 'code') {
    return respondError(ctx, req, params, {
      error: 'unsupported_response_type',
      code: 700054,
      message: `response_type '${responseType ?? ''}' is not enabled for the application.`,
    });
  }
  if (params.scope.trim() === '') {
    return respondError(ctx, req, params, {
      error: 'invalid_request',
      code: 900144,
      message: "The request body must contain the following parameter: 'scope'.",
    });
  }
  if (params.codeChallengeMethod && !['S256', 'plain'].includes(params.codeChallengeMethod)) {
    return respondError(ctx, req, params, {
      error: 'invalid_request',
      code: 501491,
      message: `Invalid size of Code_Challenge parameter or unsupported code_challenge_method '${params.codeChallengeMethod}'.`,
    });
  }
  const parsed = parseScopes(state, params.scope, state.tenant.displayName);
  if (!parsed.ok) return respondError(ctx, req, params, parsed.problem);
  const prompt = get('prompt');
  for (const wanted of parsed.value.resources) {
    const consent = checkConsent(state, app, wanted);
    if (consent.ok) continue;
    if (prompt === 'none')
      return respondError(ctx, req, params, { ...consent.problem, error: 'consent_required' });
    return html(
      renderErrorPage(
        'Need admin approval',
        `${app.displayName} needs permission to access resources in your organisation that only an admin can grant. (AADSTS90094; the local tenant grants consent in its seed: see src/local-tenant/README.md.)`,
      ),
      403,
    );
  }

  const session = currentSession(ctx, req);
  const hinted = params.loginHint ? findUserByHint(state, params.loginHint) : undefined;
  if (prompt === 'none') {
    if (!session) {
      return respondError(ctx, req, params, {
        error: 'login_required',
        code: 50058,
        message: 'A silent sign-in request was sent but no user is signed in.',
      });
    }
    if (params.loginHint && hinted?.id !== session.user.id) {
      return respondError(ctx, req, params, {
        error: 'interaction_required',
        code: 16000,
        message:
          'Either multiple user identities are available for the current request or selected account is not supported for the scenario.',
      });
    }
    return complete(ctx, flows, params, session.user, session.session.id);
  }
  const forcePicker = prompt === 'select_account' || prompt === 'login';
  if (!forcePicker && hinted?.accountEnabled) {
    const sameUser = session?.user.id === hinted.id;
    return complete(ctx, flows, params, hinted, sameUser ? session.session.id : undefined);
  }
  if (!forcePicker && session && !params.loginHint) {
    return complete(ctx, flows, params, session.user, session.session.id);
  }
  const flow = flows.createPending(params, ctx.clock.epochMs());
  return html(
    renderAccountPicker({
      state,
      formAction: req.path,
      flow,
      appName: app.displayName,
      ...(params.loginHint && !hinted
        ? { notice: `We couldn't find an account named ${params.loginHint}. Pick one below.` }
        : {}),
      ...(hinted ? { hintedUserId: hinted.id } : {}),
    }),
  );
}

/** The account picker's POST: signs the chosen person in and returns the code to the app. */
export function finishSignIn(
  ctx: TenantContext,
  flows: EntraFlows,
  req: TenantRequest,
  form: URLSearchParams,
): Reply {
  const params = flows.takePending(form.get('flow') ?? '', ctx.clock.epochMs());
  if (!params) {
    return html(
      renderErrorPage(
        'This sign-in has expired',
        'Go back to the application and start signing in again.',
      ),
      400,
    );
  }
  if (form.get('action') === 'cancel') {
    return respondError(ctx, req, params, {
      error: 'access_denied',
      code: 65004,
      message: 'User declined to consent to access the app.',
    });
  }
  const user = findUser(ctx.store.state, form.get('user') ?? '');
  if (!user?.accountEnabled) {
    const flow = flows.createPending(params, ctx.clock.epochMs());
    const app = findApplication(ctx.store.state, params.clientId);
    return html(
      renderAccountPicker({
        state: ctx.store.state,
        formAction: req.path,
        flow,
        appName: app?.displayName ?? params.clientId,
        notice: 'That account is not available. Pick another one.',
      }),
      400,
    );
  }
  const session = currentSession(ctx, req);
  return complete(
    ctx,
    flows,
    params,
    user,
    session?.user.id === user.id ? session.session.id : undefined,
  );
}
