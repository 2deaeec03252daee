import { createHash, X509Certificate } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../src/local-tenant';
import { API_SCOPE, FATIMA, errorOf, graph, spaSignIn, startTenant } from './helpers';

interface Jwk {
  kid: string;
  x5t: string;
  x5c: string[];
  kty: string;
  use: string;
  n: string;
  e: string;
  issuer: string;
}

describe('local tenant discovery and signing keys', () => {
  let tenant: LocalTenant;
  beforeAll(async () => {
    tenant = await startTenant();
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('publishes an OpenID configuration with Entra field names, where MSAL looks for it', async () => {
    const response = await fetch(`${tenant.authority}/v2.0/.well-known/openid-configuration`, {
      headers: { origin: 'http://localhost:5173' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const config = (await response.json()) as Record<string, unknown>;
    expect(config).toMatchObject({
      issuer: `${tenant.url}/${tenant.tenantId}/v2.0`,
      authorization_endpoint: `${tenant.authority}/oauth2/v2.0/authorize`,
      token_endpoint: `${tenant.authority}/oauth2/v2.0/token`,
      end_session_endpoint: `${tenant.authority}/oauth2/v2.0/logout`,
      jwks_uri: `${tenant.authority}/discovery/v2.0/keys`,
      id_token_signing_alg_values_supported: ['RS256'],
      response_modes_supported: ['query', 'fragment', 'form_post'],
      cloud_instance_name: 'microsoftonline.com',
      tenant_region_scope: 'EU',
    });
  });

  it('templates the issuer for common and organizations, and refuses unknown tenants', async () => {
    for (const segment of ['common', 'organizations']) {
      const config = (await (
        await fetch(`${tenant.url}/${segment}/v2.0/.well-known/openid-configuration`)
      ).json()) as Record<string, unknown>;
      expect(config.issuer).toBe(`${tenant.url}/{tenantid}/v2.0`);
      expect(config.token_endpoint).toBe(`${tenant.url}/${segment}/oauth2/v2.0/token`);
    }
    const unknown = await fetch(
      `${tenant.url}/contoso.example/v2.0/.well-known/openid-configuration`,
    );
    expect(unknown.status).toBe(400);
    const body = (await unknown.json()) as { error: string; error_codes: number[] };
    expect(body.error_codes).toEqual([90002]);
  });

  it('publishes RS256 keys whose x5c certificate matches the key and its thumbprint', async () => {
    const jwks = (await (await fetch(`${tenant.authority}/discovery/v2.0/keys`)).json()) as {
      keys: Jwk[];
    };
    expect(jwks.keys).toHaveLength(1);
    const [key] = jwks.keys;
    if (!key) throw new Error('no key');
    expect(key).toMatchObject({
      kty: 'RSA',
      use: 'sig',
      e: 'AQAB',
      issuer: `${tenant.url}/${tenant.tenantId}/v2.0`,
    });
    const der = Buffer.from(key.x5c[0] ?? '', 'base64');
    expect(createHash('sha1').update(der).digest('base64url')).toBe(key.x5t);
    const certificate = new X509Certificate(der);
    const certJwk = certificate.publicKey.export({ format: 'jwk' });
    expect(certJwk.n).toBe(key.n);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
  });

  it('issues tokens any standard JOSE library verifies against the JWKS (no MSAL needed)', async () => {
    const tokens = await spaSignIn(tenant, FATIMA, API_SCOPE);
    const keySet = createRemoteJWKSet(new URL(`${tenant.authority}/discovery/v2.0/keys`));
    const { payload, protectedHeader } = await jwtVerify(tokens.access_token, keySet, {
      issuer: `${tenant.url}/${tenant.tenantId}/v2.0`,
      audience: tenant.apiClientId,
      currentDate: tenant.clock.now(),
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.roles).toEqual(['CareerConversations.HRAdmin']);
    const idToken = await jwtVerify(tokens.id_token, keySet, {
      audience: tenant.spaClientId,
      currentDate: tenant.clock.now(),
    });
    expect(idToken.payload.preferred_username).toBe(FATIMA);
  });

  it('rotates keys: old tokens keep working until the retired key is removed', async () => {
    const before = await spaSignIn(tenant, FATIMA);
    const rotated = await fetch(`${tenant.url}/_local/keys/rotate`, { method: 'POST' });
    expect(rotated.status).toBe(200);
    const jwks = (await (await fetch(`${tenant.authority}/discovery/v2.0/keys`)).json()) as {
      keys: Jwk[];
    };
    expect(jwks.keys).toHaveLength(2);
    const after = await spaSignIn(tenant, FATIMA);
    const oldKid = (
      JSON.parse(Buffer.from(before.access_token.split('.')[0] ?? '', 'base64url').toString()) as {
        kid: string;
      }
    ).kid;
    const newKid = (
      JSON.parse(Buffer.from(after.access_token.split('.')[0] ?? '', 'base64url').toString()) as {
        kid: string;
      }
    ).kid;
    expect(newKid).not.toBe(oldKid);
    expect(jwks.keys[0]?.kid).toBe(newKid);

    expect((await graph(tenant, before.access_token, '/me')).status).toBe(200);
    await fetch(`${tenant.url}/_local/keys/remove-retired`, { method: 'POST' });
    const rejected = await graph(tenant, before.access_token, '/me');
    expect(rejected.status).toBe(401);
    expect(errorOf(rejected.body).code).toBe('InvalidAuthenticationToken');
    expect((await graph(tenant, after.access_token, '/me')).status).toBe(200);
  });
});
