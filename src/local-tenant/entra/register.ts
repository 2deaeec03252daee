import { decodeJwt } from 'jose';
import type { TenantContext, TenantFeature } from '../core/context';
import { html, json, redirect, type Reply } from '../core/reply';
import type { TenantRequest } from '../core/request';
import { authenticateGraphCaller } from '../graph/auth';
import { finishSignIn, startAuthorization } from './authorize';
import { instanceDiscovery, openIdConfiguration, signingKeys } from './discovery';
import { EntraFlows } from './flows';
import { findApplication, findUser, matchRedirectUri } from './lookups';
import { endSession, SESSION_COOKIE, sessionCookie } from './sessions';
import { page, escapeHtml } from './sign-in-page';
import { handleTokenRequest } from './token-endpoint';

/** GET /{tenant}/oauth2/v2.0/logout: ends the session, then returns to the app if allowed. */
function logout(ctx: TenantContext, req: TenantRequest): Reply {
  endSession(ctx, req.cookie(SESSION_COOKIE));
  const clear = { 'Set-Cookie': sessionCookie(ctx, undefined) };
  const target = req.query.get('post_logout_redirect_uri');
  const clientId = req.query.get('client_id') ?? clientFromHint(req.query.get('id_token_hint'));
  // MSAL sends only logout_hint; then any app's registered address is accepted.
  const candidates = clientId
    ? [findApplication(ctx.store.state, clientId)].filter((app) => app !== undefined)
    : ctx.store.state.applications.filter((app) => !app.firstParty);
  const allowed = candidates.some(
    (app) =>
      matchRedirectUri(app, target ?? '') !== undefined || app.logoutUrls.includes(target ?? ''),
  );
  if (target && allowed) {
    const stateParam = req.query.get('state');
    const location = stateParam
      ? `${target}${target.includes('?') ? '&' : '?'}state=${encodeURIComponent(stateParam)}`
      : target;
    return redirect(location, clear);
  }
  return html(
    page(
      'Signed out',
      `<h1 id="page-title">You signed out of your account</h1>
<p>It's a good idea to close all browser windows.</p>
${target ? `<p>The app asked to return to ${escapeHtml(target)}, which is not a registered address of the app.</p>` : ''}`,
    ),
    200,
    clear,
  );
}

function clientFromHint(hint: string | null): string | undefined {
  if (!hint) return undefined;
  try {
    const aud = decodeJwt(hint).aud;
    return typeof aud === 'string' ? aud : undefined;
  } catch {
    return undefined;
  }
}

/** GET /oidc/userinfo: Graph-hosted in Entra; needs a Graph token with `openid`. */
async function userInfo(ctx: TenantContext, req: TenantRequest): Promise<Reply> {
  const auth = await authenticateGraphCaller(ctx, req);
  if (!auth.ok) return auth.reply;
  if (auth.caller.kind !== 'delegated') return json({ error: 'invalid_token' }, 401);
  const user = findUser(ctx.store.state, auth.caller.userId);
  if (!user) return json({ error: 'invalid_token' }, 401);
  return json({
    sub: typeof auth.caller.claims.sub === 'string' ? auth.caller.claims.sub : user.id,
    name: user.displayName,
    family_name: user.surname,
    given_name: user.givenName,
    picture: `${ctx.urls.graph}/me/photo/$value`,
    ...(user.mail ? { email: user.mail } : {}),
  });
}

/** Entra ID's v2 endpoints: discovery, keys, authorize (with the account picker), token, logout. */
export const entraFeature: TenantFeature = {
  name: 'entra',
  register(routes, ctx) {
    const flows = new EntraFlows();
    ctx.store.onReplace(() => {
      flows.clear();
    });
    routes.route('GET', '/{tenant}/v2.0/.well-known/openid-configuration', (req) =>
      openIdConfiguration(ctx, req),
    );
    routes.route('GET', '/{tenant}/discovery/v2.0/keys', (req) => signingKeys(ctx, req));
    routes.route('GET', '/{tenant}/discovery/keys', (req) => signingKeys(ctx, req));
    routes.route('GET', '/common/discovery/instance', (req) => instanceDiscovery(ctx, req));
    routes.route('GET', '/{tenant}/oauth2/v2.0/authorize', (req) =>
      startAuthorization(ctx, flows, req, (name) => req.query.get(name) ?? undefined),
    );
    routes.route('POST', '/{tenant}/oauth2/v2.0/authorize', async (req) => {
      const body = await req.readForm();
      if (!body.ok)
        return html(
          page(
            'Bad request',
            `<h1 id="page-title">Bad request</h1><p>${escapeHtml(body.message)}</p>`,
          ),
          400,
        );
      const form = body.value;
      // The account picker posts a flow id; anything else is an OIDC authorize request by POST.
      if (form.has('flow')) return finishSignIn(ctx, flows, req, form);
      return startAuthorization(ctx, flows, req, (name) => form.get(name) ?? undefined);
    });
    routes.route('POST', '/{tenant}/oauth2/v2.0/token', (req) =>
      handleTokenRequest(ctx, flows, req),
    );
    routes.route('GET', '/{tenant}/oauth2/v2.0/logout', (req) => logout(ctx, req));
    routes.route('POST', '/{tenant}/oauth2/v2.0/logout', (req) => logout(ctx, req));
    routes.route('GET', '/oidc/userinfo', (req) => userInfo(ctx, req));
  },
};
