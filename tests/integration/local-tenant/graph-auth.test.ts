import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../src/local-tenant';
import {
  API_SCOPE,
  LIAM,
  PRIYA,
  apiAppToken,
  claimsOf,
  errorOf,
  graph,
  spaSignIn,
  startTenant,
} from './helpers';

function withPayload(token: string, change: (payload: Record<string, unknown>) => void): string {
  const [header = '', payload = '', signature = ''] = token.split('.');
  const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
    string,
    unknown
  >;
  change(decoded);
  return [header, Buffer.from(JSON.stringify(decoded)).toString('base64url'), signature].join('.');
}

describe('Graph token validation and permissions', () => {
  let tenant: LocalTenant;
  let token: string;
  beforeAll(async () => {
    tenant = await startTenant();
    token = (await spaSignIn(tenant, PRIYA)).access_token;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('answers 401 InvalidAuthenticationToken with request ids when the token is missing', async () => {
    const response = await graph(tenant, undefined, '/me', {
      headers: { 'client-request-id': 'abc-123' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
    expect(response.headers.get('client-request-id')).toBe('abc-123');
    expect(response.body).toMatchObject({
      error: {
        code: 'InvalidAuthenticationToken',
        message: 'Access token is empty.',
        innerError: {
          'client-request-id': 'abc-123',
          'request-id': response.headers.get('request-id'),
        },
      },
    });
  });

  it('rejects tampered, unsigned, wrong-audience and malformed tokens', async () => {
    const tampered = withPayload(token, (payload) => {
      payload.scp = `${String(payload.scp)} Directory.ReadWrite.All`;
    });
    const [, payload] = token.split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload ?? ''}.`;
    const apiToken = (await spaSignIn(tenant, PRIYA, API_SCOPE)).access_token;
    for (const bad of [tampered, unsigned, apiToken, 'not-a-jwt']) {
      const response = await graph(tenant, bad, '/me');
      expect(response.status).toBe(401);
      expect(errorOf(response.body).code).toBe('InvalidAuthenticationToken');
    }
    expect(errorOf((await graph(tenant, apiToken, '/me')).body).message).toContain(
      'Invalid audience',
    );
  });

  it('rejects expired tokens by the tenant clock, allowing five minutes of skew', async () => {
    const fresh = (await spaSignIn(tenant, LIAM)).access_token;
    const exp = Number(claimsOf(fresh).exp);
    tenant.clock.set(new Date((exp + 120) * 1000));
    expect((await graph(tenant, fresh, '/me')).status).toBe(200);
    tenant.clock.set(new Date((exp + 400) * 1000));
    const expired = await graph(tenant, fresh, '/me');
    expect(expired.status).toBe(401);
    expect(errorOf(expired.body).message).toBe('Lifetime validation failed, the token is expired.');
    tenant.clock.set(new Date());
  });

  it('refuses /me to app-only callers and answers 403 without the needed permission', async () => {
    const appToken = await apiAppToken(tenant);
    const me = await graph(tenant, appToken, '/me');
    expect(me.status).toBe(400);
    expect(errorOf(me.body).message).toBe(
      '/me request is only valid with delegated authentication flow.',
    );
    expect((await graph(tenant, appToken, '/users?$top=2')).status).toBe(200);

    tenant.state.update((state) => {
      for (const grant of state.permissionGrants) {
        if (grant.clientAppId === tenant.spaClientId)
          grant.scope = grant.scope.replace('User.Read.All', '');
      }
    });
    const limited = (await spaSignIn(tenant, LIAM)).access_token;
    expect((await graph(tenant, limited, '/me')).status).toBe(200);
    const denied = await graph(tenant, limited, '/users');
    expect(denied.status).toBe(403);
    expect(errorOf(denied.body)).toMatchObject({
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
    tenant.reseed('demo');
  });

  it('allows browsers to call Graph cross-origin', async () => {
    const preflight = await fetch(`${tenant.graphUrl}/me`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization,client-request-id',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'authorization,client-request-id',
    );
    const response = await graph(tenant, token, '/me', {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});
