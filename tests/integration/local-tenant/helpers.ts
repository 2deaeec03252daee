import { createHash, randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import { expect } from 'vitest';
import {
  API_APP_ID,
  API_CLIENT_SECRET,
  SPA_APP_ID,
  startLocalTenant,
  type LocalTenant,
  type LocalTenantOptions,
} from '../../../src/local-tenant';

export const SPA_REDIRECT = 'http://localhost:5173/';
export const SPA_ORIGIN = 'http://localhost:5173';
export const GRAPH_SCOPES =
  'https://graph.microsoft.com/User.Read https://graph.microsoft.com/Calendars.ReadWrite openid profile offline_access';
export const API_SCOPE = `api://${API_APP_ID}/access_as_user openid profile offline_access`;
export const PRIYA = 'priya.raman@contoso-demo.example';
export const FATIMA = 'fatima.alsayed@contoso-demo.example';
export const LIAM = 'liam.oconnor@contoso-demo.example';

export async function startTenant(options: LocalTenantOptions = {}): Promise<LocalTenant> {
  return startLocalTenant({ port: 0, seed: 'demo', ...options });
}

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function claimsOf(token: string): Record<string, unknown> {
  return decodeJwt(token);
}

export interface AuthorizeInput {
  clientId?: string;
  redirectUri?: string;
  scope?: string;
  responseMode?: 'query' | 'fragment' | 'form_post';
  challenge?: string | undefined;
  challengeMethod?: string;
  state?: string;
  nonce?: string;
  prompt?: string;
  loginHint?: string;
}

export function authorizeUrl(tenant: LocalTenant, input: AuthorizeInput = {}): string {
  const params = new URLSearchParams({
    client_id: input.clientId ?? SPA_APP_ID,
    response_type: 'code',
    redirect_uri: input.redirectUri ?? SPA_REDIRECT,
    scope: input.scope ?? GRAPH_SCOPES,
    response_mode: input.responseMode ?? 'fragment',
    state: input.state ?? 'state-123',
    nonce: input.nonce ?? 'nonce-456',
    client_info: '1',
  });
  if (input.challenge !== undefined) {
    params.set('code_challenge', input.challenge);
    params.set('code_challenge_method', input.challengeMethod ?? 'S256');
  }
  if (input.prompt) params.set('prompt', input.prompt);
  if (input.loginHint) params.set('login_hint', input.loginHint);
  return `${tenant.authority}/oauth2/v2.0/authorize?${params.toString()}`;
}

/** Reads the account picker the way a browser user would: the form, its flow and the buttons. */
export function readPicker(
  html: string,
  upn: string,
): { action: string; flow: string; userId: string } {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  const flow = /<input type="hidden" name="flow" value="([^"]+)"/.exec(html)?.[1];
  const buttons = [
    ...html.matchAll(
      /<button type="submit" name="user" value="([^"]+)"[^>]*>([\s\S]*?)<\/button>/g,
    ),
  ];
  const button = buttons.find((match) => match[2]?.includes(upn));
  if (!action || !flow || !button?.[1]) throw new Error(`No picker entry for ${upn}`);
  return { action: action.replace(/&amp;/g, '&'), flow, userId: button[1] };
}

export function responseParams(location: string): URLSearchParams {
  const url = new URL(location);
  return new URLSearchParams(url.hash ? url.hash.slice(1) : url.search);
}

export function cookieFrom(response: Response): string | undefined {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ltsession='));
  return cookie?.split(';')[0];
}

export interface SignedIn {
  location: string;
  params: URLSearchParams;
  cookie: string | undefined;
}

/** GET /authorize, pick the person on the HTML page, POST the form, return the redirect. */
export async function signIn(
  tenant: LocalTenant,
  upn: string,
  input: AuthorizeInput = {},
  cookie?: string,
): Promise<SignedIn> {
  const pageResponse = await fetch(authorizeUrl(tenant, input), {
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });
  expect(pageResponse.status).toBe(200);
  expect(pageResponse.headers.get('content-type')).toContain('text/html');
  const picker = readPicker(await pageResponse.text(), upn);
  const posted = await fetch(new URL(picker.action, tenant.url), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams({ flow: picker.flow, user: picker.userId }).toString(),
  });
  expect(posted.status).toBe(302);
  const location = posted.headers.get('location') ?? '';
  return { location, params: responseParams(location), cookie: cookieFrom(posted) ?? cookie };
}

export async function postToken(
  tenant: LocalTenant,
  body: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${tenant.authority}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body).toString(),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

export interface SpaTokens {
  access_token: string;
  id_token: string;
  refresh_token: string;
  scope: string;
  expires_in: number;
  client_info: string;
  refresh_token_expires_in: number;
  cookie: string | undefined;
}

/** The SPA's whole sign-in: authorize with PKCE, pick the person, redeem the code cross-origin. */
export async function spaSignIn(
  tenant: LocalTenant,
  upn: string,
  scope = GRAPH_SCOPES,
): Promise<SpaTokens> {
  const { verifier, challenge } = pkce();
  const signedIn = await signIn(tenant, upn, { scope, challenge });
  const code = signedIn.params.get('code');
  expect(code).toBeTruthy();
  const redeemed = await postToken(
    tenant,
    {
      client_id: SPA_APP_ID,
      grant_type: 'authorization_code',
      code: code ?? '',
      redirect_uri: SPA_REDIRECT,
      code_verifier: verifier,
      scope,
      client_info: '1',
    },
    { origin: SPA_ORIGIN },
  );
  expect(redeemed.status, JSON.stringify(redeemed.json)).toBe(200);
  return { ...(redeemed.json as unknown as SpaTokens), cookie: signedIn.cookie };
}

export async function apiAppToken(
  tenant: LocalTenant,
  scope = 'https://graph.microsoft.com/.default',
): Promise<string> {
  const result = await postToken(tenant, {
    client_id: API_APP_ID,
    client_secret: API_CLIENT_SECRET,
    grant_type: 'client_credentials',
    scope,
  });
  expect(result.status, JSON.stringify(result.json)).toBe(200);
  return String(result.json.access_token);
}

export async function graph(
  tenant: LocalTenant,
  token: string | undefined,
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const response = await fetch(`${tenant.graphUrl}${path}`, {
    ...init,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.headers as Record<string, string> | undefined),
    },
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

export function errorOf(body: Record<string, unknown>): { code: string; message: string } {
  return body.error as { code: string; message: string };
}
