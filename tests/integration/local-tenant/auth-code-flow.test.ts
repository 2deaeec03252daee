import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../src/local-tenant';
import {
  API_SCOPE,
  FATIMA,
  GRAPH_SCOPES,
  LIAM,
  PRIYA,
  SPA_ORIGIN,
  SPA_REDIRECT,
  authorizeUrl,
  claimsOf,
  cookieFrom,
  pkce,
  postToken,
  readPicker,
  responseParams,
  signIn,
  spaSignIn,
  startTenant,
} from './helpers';

describe('authorization code flow with PKCE', () => {
  let tenant: LocalTenant;
  beforeAll(async () => {
    tenant = await startTenant();
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('shows an account picker grouped by role and returns a code in the fragment', async () => {
    const page = await (await fetch(authorizeUrl(tenant, { challenge: pkce().challenge }))).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toMatch(/<h2 id="group-manager">Managers<\/h2>/);
    expect(page).toMatch(/<h2 id="group-report">People who report to a manager<\/h2>/);
    expect(page).toMatch(/<h2 id="group-hr-admin">HR admins<\/h2>/);
    const signedIn = await signIn(tenant, PRIYA, { challenge: pkce().challenge });
    expect(signedIn.location.startsWith(`${SPA_REDIRECT}#`)).toBe(true);
    expect(signedIn.params.get('state')).toBe('state-123');
    expect(signedIn.params.get('code')).toMatch(/^1\./);
    const clientInfo = JSON.parse(
      Buffer.from(signedIn.params.get('client_info') ?? '', 'base64url').toString(),
    ) as Record<string, string>;
    expect(clientInfo.utid).toBe(tenant.tenantId);
    expect(signedIn.cookie).toMatch(/^ltsession=/);
  });

  it('redeems the code for v2 id token, v1 Graph access token and a 24 h SPA refresh token', async () => {
    const tokens = await spaSignIn(tenant, PRIYA);
    expect(tokens.scope.split(' ')).toEqual(
      expect.arrayContaining(['User.Read', 'Calendars.ReadWrite', 'openid', 'profile']),
    );
    expect(tokens.expires_in).toBeGreaterThanOrEqual(3600);
    expect(tokens.expires_in).toBeLessThanOrEqual(5400);
    expect(tokens.refresh_token_expires_in).toBeLessThanOrEqual(86400);
    const id = claimsOf(tokens.id_token);
    expect(id).toMatchObject({
      aud: tenant.spaClientId,
      iss: `${tenant.url}/${tenant.tenantId}/v2.0`,
      tid: tenant.tenantId,
      nonce: 'nonce-456',
      preferred_username: PRIYA,
      name: 'Priya Raman',
      ver: '2.0',
    });
    const access = claimsOf(tokens.access_token);
    expect(access).toMatchObject({
      aud: 'https://graph.microsoft.com',
      iss: `${tenant.url}/${tenant.tenantId}/`,
      appid: tenant.spaClientId,
      upn: PRIYA,
      oid: id.oid,
      ver: '1.0',
      idtyp: 'user',
    });
    expect(String(access.scp).split(' ')).toEqual(
      expect.arrayContaining(['User.Read', 'User.Read.All', 'Calendars.ReadWrite', 'Mail.Send']),
    );
    // Entra back-dates iat/nbf by five minutes.
    expect(Number(access.nbf)).toBeLessThan(tenant.clock.epochMs() / 1000 - 250);
    // Pairwise subject: the same person has another `sub` in another app.
    expect(id.sub).not.toBe(id.oid);
  });

  it('issues v2 tokens for the career API with the user app roles of HR admins only', async () => {
    const hr = claimsOf((await spaSignIn(tenant, FATIMA, API_SCOPE)).access_token);
    expect(hr).toMatchObject({
      aud: tenant.apiClientId,
      azp: tenant.spaClientId,
      azpacr: '0',
      scp: 'access_as_user',
      ver: '2.0',
      roles: ['CareerConversations.HRAdmin'],
    });
    const report = claimsOf((await spaSignIn(tenant, LIAM, API_SCOPE)).access_token);
    expect(report.roles).toBeUndefined();
  });

  it('supports response_mode query and form_post', async () => {
    const query = await signIn(tenant, LIAM, {
      responseMode: 'query',
      challenge: pkce().challenge,
    });
    expect(new URL(query.location).searchParams.get('code')).toBeTruthy();
    const page = await fetch(
      authorizeUrl(tenant, {
        responseMode: 'form_post',
        loginHint: LIAM,
        challenge: pkce().challenge,
      }),
      { redirect: 'manual' },
    );
    const html = await page.text();
    expect(html).toContain(`<form method="post" action="${SPA_REDIRECT}"`);
    expect(html).toMatch(/name="code" value="1\./);
  });

  it('skips the picker for login_hint, honours prompt=none with and without a session', async () => {
    const hinted = await fetch(
      authorizeUrl(tenant, { loginHint: PRIYA, challenge: pkce().challenge }),
      { redirect: 'manual' },
    );
    expect(hinted.status).toBe(302);
    const cookie = cookieFrom(hinted);
    expect(responseParams(hinted.headers.get('location') ?? '').get('code')).toBeTruthy();

    const silentWithout = await fetch(
      authorizeUrl(tenant, { prompt: 'none', challenge: pkce().challenge }),
      { redirect: 'manual' },
    );
    const error = responseParams(silentWithout.headers.get('location') ?? '');
    expect(error.get('error')).toBe('login_required');
    expect(error.get('error_description')).toMatch(/^AADSTS50058:/);
    expect(error.get('state')).toBe('state-123');

    const silentWith = await fetch(
      authorizeUrl(tenant, { prompt: 'none', challenge: pkce().challenge }),
      { redirect: 'manual', headers: { cookie: cookie ?? '' } },
    );
    expect(responseParams(silentWith.headers.get('location') ?? '').get('code')).toBeTruthy();

    const picker = await fetch(
      authorizeUrl(tenant, { prompt: 'select_account', challenge: pkce().challenge }),
      { headers: { cookie: cookie ?? '' } },
    );
    expect(readPicker(await picker.text(), LIAM).userId).toBeTruthy();
  });

  it('returns access_denied when the person cancels', async () => {
    const html = await (await fetch(authorizeUrl(tenant, { challenge: pkce().challenge }))).text();
    const { action, flow } = readPicker(html, PRIYA);
    const cancelled = await fetch(new URL(action, tenant.url), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ flow, action: 'cancel' }).toString(),
    });
    const params = responseParams(cancelled.headers.get('location') ?? '');
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('error_description')).toMatch(/^AADSTS65004:/);
  });

  it('shows errors in the browser for an unknown client or an unregistered redirect URI', async () => {
    const unknown = await fetch(
      authorizeUrl(tenant, { clientId: '11111111-2222-3333-4444-555555555555' }),
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('AADSTS700016');
    const mismatch = await fetch(
      authorizeUrl(tenant, { redirectUri: 'https://evil.example/callback' }),
      { redirect: 'manual' },
    );
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain('AADSTS50011');
    // Entra ignores the port of loopback redirect URIs.
    const otherPort = await signIn(tenant, PRIYA, {
      redirectUri: 'http://localhost:61234/',
      challenge: pkce().challenge,
    });
    expect(otherPort.location.startsWith('http://localhost:61234/#')).toBe(true);
  });

  it('refuses a wrong verifier, a reused code, an expired code and a missing Origin', async () => {
    const { verifier, challenge } = pkce();
    const redeem = async (
      code: string,
      codeVerifier: string,
      headers: Record<string, string> = { origin: SPA_ORIGIN },
    ) =>
      postToken(
        tenant,
        {
          client_id: tenant.spaClientId,
          grant_type: 'authorization_code',
          code,
          redirect_uri: SPA_REDIRECT,
          code_verifier: codeVerifier,
          scope: GRAPH_SCOPES,
        },
        headers,
      );

    const first = (await signIn(tenant, LIAM, { challenge })).params.get('code') ?? '';
    const wrong = await redeem(first, pkce().verifier);
    expect(wrong.status).toBe(400);
    expect(wrong.json).toMatchObject({ error: 'invalid_grant', error_codes: [501481] });
    expect(Object.keys(wrong.json)).toEqual(
      expect.arrayContaining(['error_description', 'timestamp', 'trace_id', 'correlation_id']),
    );

    const noOrigin = await redeem(first, verifier, {});
    expect(noOrigin.json).toMatchObject({ error: 'invalid_request', error_codes: [9002327] });

    expect((await redeem(first, verifier)).status).toBe(200);
    expect((await redeem(first, verifier)).json).toMatchObject({
      error: 'invalid_grant',
      error_codes: [54005],
    });

    const second = pkce();
    const late =
      (await signIn(tenant, LIAM, { challenge: second.challenge })).params.get('code') ?? '';
    tenant.clock.advance(11 * 60 * 1000);
    expect((await redeem(late, second.verifier)).json).toMatchObject({
      error: 'invalid_grant',
      error_codes: [70008],
    });

    const third = pkce();
    const redirectChanged =
      (await signIn(tenant, LIAM, { challenge: third.challenge })).params.get('code') ?? '';
    const mismatch = await postToken(
      tenant,
      {
        client_id: tenant.spaClientId,
        grant_type: 'authorization_code',
        code: redirectChanged,
        redirect_uri: 'http://127.0.0.1:5173/',
        code_verifier: third.verifier,
      },
      { origin: SPA_ORIGIN },
    );
    expect(mismatch.json).toMatchObject({ error: 'invalid_grant', error_codes: [70000] });
  });

  it('requires PKCE for SPA code redemption and one resource per token', async () => {
    const noPkce = (await signIn(tenant, LIAM, {})).params.get('code') ?? '';
    const refused = await postToken(
      tenant,
      {
        client_id: tenant.spaClientId,
        grant_type: 'authorization_code',
        code: noPkce,
        redirect_uri: SPA_REDIRECT,
      },
      { origin: SPA_ORIGIN },
    );
    expect(refused.json).toMatchObject({ error: 'invalid_request', error_codes: [9002325] });

    const { verifier, challenge } = pkce();
    const code = (await signIn(tenant, LIAM, { challenge })).params.get('code') ?? '';
    const twoResources = await postToken(
      tenant,
      {
        client_id: tenant.spaClientId,
        grant_type: 'authorization_code',
        code,
        redirect_uri: SPA_REDIRECT,
        code_verifier: verifier,
        scope: `User.Read api://${tenant.apiClientId}/access_as_user`,
      },
      { origin: SPA_ORIGIN },
    );
    expect(twoResources.json).toMatchObject({ error: 'invalid_scope', error_codes: [28000] });
  });

  it('refreshes cross-origin only, for other resources too, until the fixed 24 h SPA lifetime ends', async () => {
    const tokens = await spaSignIn(tenant, PRIYA);
    const refresh = (scope: string, headers: Record<string, string> = { origin: SPA_ORIGIN }) =>
      postToken(
        tenant,
        {
          client_id: tenant.spaClientId,
          grant_type: 'refresh_token',
          refresh_token: tokens.refresh_token,
          scope,
        },
        headers,
      );
    const api = await refresh(API_SCOPE);
    expect(api.status).toBe(200);
    expect(claimsOf(String(api.json.access_token)).aud).toBe(tenant.apiClientId);
    expect(api.json.refresh_token).toBeTruthy();
    expect((await refresh(GRAPH_SCOPES, {})).json).toMatchObject({ error_codes: [9002327] });
    const unconsented = await refresh(
      'https://graph.microsoft.com/Sites.ReadWrite.All offline_access',
    );
    expect(unconsented.json).toMatchObject({
      error: 'invalid_grant',
      error_codes: [65001],
      suberror: 'consent_required',
    });

    tenant.clock.advance(25 * 3600 * 1000);
    const expired = await refresh(GRAPH_SCOPES);
    expect(expired.json).toMatchObject({ error: 'invalid_grant', error_codes: [700084] });
  });
});

describe('sign-out', () => {
  it('ends the session and returns to a registered address', async () => {
    const tenant = await startTenant();
    const signedIn = await signIn(tenant, PRIYA, { challenge: pkce().challenge });
    const out = await fetch(
      `${tenant.authority}/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent(SPA_REDIRECT)}&state=bye`,
      {
        redirect: 'manual',
        headers: { cookie: signedIn.cookie ?? '' },
      },
    );
    expect(out.status).toBe(302);
    expect(out.headers.get('location')).toBe(`${SPA_REDIRECT}?state=bye`);
    expect(out.headers.getSetCookie()[0]).toMatch(/^ltsession=; Max-Age=0/);
    const silent = await fetch(
      authorizeUrl(tenant, { prompt: 'none', challenge: pkce().challenge }),
      { redirect: 'manual', headers: { cookie: signedIn.cookie ?? '' } },
    );
    expect(responseParams(silent.headers.get('location') ?? '').get('error')).toBe(
      'login_required',
    );
    const elsewhere = await fetch(
      `${tenant.authority}/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent('https://evil.example/')}`,
      { redirect: 'manual' },
    );
    expect(elsewhere.status).toBe(200);
    await tenant.close();
  });
});
