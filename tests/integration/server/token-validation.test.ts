import { createPublicKey } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, SignJWT, UnsecuredJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryAuditLog } from '../../../src/adapters/memory/memory-audit-log';
import { MemorySecurityLog } from '../../../src/adapters/memory/memory-security-log';
import { MemoryAgendaStore } from '../../../src/adapters/memory/memory-agenda-store';
import { MemoryHistoryRequestStore } from '../../../src/adapters/memory/memory-history-request-store';
import { MemoryNudgeStore } from '../../../src/adapters/memory/memory-nudge-store';
import { MemoryConsentStore } from '../../../src/adapters/memory/memory-consent-store';
import { MemoryContractStore } from '../../../src/adapters/memory/memory-contract-store';
import { MemoryConversationStore } from '../../../src/adapters/memory/memory-conversation-store';
import { MemoryDirectory } from '../../../src/adapters/memory/memory-directory';
import { MemoryManagerHistory } from '../../../src/adapters/memory/memory-manager-history';
import { MemoryProfileStore } from '../../../src/adapters/memory/memory-profile-store';
import { MemoryTriggerStore } from '../../../src/adapters/memory/memory-trigger-store';
import { systemClock } from '../../../src/domain';
import type { LocalTenant } from '../../../src/local-tenant';
import { createCareerApi, type CareerApi } from '../../../src/server/app';
import { createTenantKeys } from '../../../src/server/auth/tenant-keys';
import { createTokenVerifier } from '../../../src/server/auth/verify-token';
import type { ServerLog } from '../../../src/server/deps';
import {
  API_SCOPE,
  apiAppToken,
  FATIMA,
  PRIYA,
  spaSignIn,
  startTenant,
} from '../local-tenant/helpers';

const OTHER_TENANT = '0f4e2a9b-1c3d-4e5f-8a7b-6c5d4e3f2a1b';

let tenant: LocalTenant;
let api: CareerApi;
let priyaToken: string;
let priyaClaims: JWTPayload;
let jwksFetches = 0;
const logged: string[] = [];

const quietLog: ServerLog = {
  info: () => undefined,
  warn: (message, details) => {
    const reason = details?.reason;
    logged.push(`${message} ${typeof reason === 'string' ? reason : ''}`);
  },
  error: (message, details) => logged.push(`${message} ${JSON.stringify(details)}`),
};

function apiFor(t: LocalTenant, cooldownMs: number): CareerApi {
  const counting: typeof fetch = (input, init) => {
    if (String(input instanceof Request ? input.url : input).includes('/discovery/v2.0/keys')) {
      jwksFetches += 1;
    }
    return fetch(input, init);
  };
  return createCareerApi({
    verifier: createTokenVerifier({
      apiClientId: t.apiClientId,
      allowedTenants: [t.tenantId],
      allowedClientApps: [t.spaClientId.toUpperCase()],
      keys: createTenantKeys({ authorityHost: t.url, fetch: counting, cooldownMs }),
    }),
    directory: new MemoryDirectory([], 'nobody'),
    stores: {
      contracts: new MemoryContractStore(),
      conversations: new MemoryConversationStore(),
      triggers: new MemoryTriggerStore(),
      profiles: new MemoryProfileStore(),
      consents: new MemoryConsentStore(),
      agenda: new MemoryAgendaStore(),
      historyRequests: new MemoryHistoryRequestStore(),
    },
    nudges: { store: new MemoryNudgeStore() },
    managerHistory: new MemoryManagerHistory(),
    audit: new MemoryAuditLog(),
    security: new MemorySecurityLog(),
    clock: systemClock,
    appOrigins: [],
    log: quietLog,
  });
}

async function callMe(token: string | undefined, app = api) {
  const response = await app.request('/api/me', {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    challenge: response.headers.get('www-authenticate') ?? '',
    type: response.headers.get('content-type') ?? '',
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** Signs claims with the tenant's real signing key: only the claim under test is wrong. */
async function forge(overrides: JWTPayload, remove: string[] = []): Promise<string> {
  const key = tenant.ctx.keys.active();
  const claims = Object.fromEntries(
    Object.entries({ ...priyaClaims, ...overrides }).filter(([name]) => !remove.includes(name)),
  );
  return new SignJWT(claims)
    .setProtectedHeader({ typ: 'JWT', alg: 'RS256', kid: key.kid, x5t: key.x5t })
    .sign(key.privateKey);
}

const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  tenant = await startTenant();
  api = apiFor(tenant, 0);
  priyaToken = (await spaSignIn(tenant, PRIYA, API_SCOPE)).access_token;
  priyaClaims = decodeJwt(priyaToken);
});

afterAll(async () => {
  await tenant.close();
});

describe('career API token validation against the local tenant', () => {
  it('accepts a real v2 token for the API and sees the caller', async () => {
    expect(priyaClaims.aud).toBe(tenant.apiClientId);
    const reply = await callMe(priyaToken);
    expect(reply.status).toBe(200);
    expect(reply.body.userId).toBe(priyaClaims.oid);
    expect(reply.body.isHrAdmin).toBe(false);
  });

  it('reads the HR admin app role from the token', async () => {
    const fatima = (await spaSignIn(tenant, FATIMA, API_SCOPE)).access_token;
    const reply = await callMe(fatima);
    expect(reply.status).toBe(200);
    expect(reply.body.isHrAdmin).toBe(true);
  });

  it('accepts a re-signed copy of the real claims (so the forgeries below test one thing each)', async () => {
    expect((await callMe(await forge({}))).status).toBe(200);
    expect((await callMe(await forge({ aud: `api://${tenant.apiClientId}` }))).status).toBe(200);
  });

  /** What the refusal is, the reason the server logs for it, and how to make the token. */
  const refusals: [string, string, () => Promise<string>][] = [
    [
      'an expired token',
      '"exp"',
      () => forge({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 600 }),
    ],
    [
      'a token not valid yet',
      '"nbf"',
      () => forge({ nbf: now() + 900, iat: now(), exp: now() + 3600 }),
    ],
    ['a token for another audience', '"aud"', () => forge({ aud: 'https://graph.microsoft.com' })],
    ['a token for the SPA', '"aud"', () => forge({ aud: tenant.spaClientId })],
    [
      'a token from another issuer',
      '"iss"',
      () => forge({ iss: `https://login.microsoftonline.com/${tenant.tenantId}/v2.0` }),
    ],
    ['a v1 issuer', '"iss"', () => forge({ iss: `${tenant.url}/${tenant.tenantId}/` })],
    [
      'a token from a tenant that is not allowed',
      'not allowed',
      () => forge({ tid: OTHER_TENANT, iss: `${tenant.url}/${OTHER_TENANT}/v2.0` }),
    ],
    ['a token without oid', '"oid"', () => forge({}, ['oid'])],
    [
      'a tampered payload (another oid, same signature)',
      'SIGNATURE_VERIFICATION_FAILED',
      () => {
        const [header, , signature] = priyaToken.split('.');
        const payload = Buffer.from(
          JSON.stringify({ ...priyaClaims, oid: '00000000-0000-0000-0000-000000000001' }),
        ).toString('base64url');
        return Promise.resolve(`${header ?? ''}.${payload}.${signature ?? ''}`);
      },
    ],
    [
      'a tampered signature',
      'SIGNATURE_VERIFICATION_FAILED',
      () => {
        const [header, payload, signature = ''] = priyaToken.split('.');
        const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
        return Promise.resolve(`${header ?? ''}.${payload ?? ''}.${flipped}`);
      },
    ],
    ['alg none', 'alg none refused', () => Promise.resolve(new UnsecuredJWT(priyaClaims).encode())],
    [
      'HS256 signed with the public key as the secret',
      'alg HS256 refused',
      async () => {
        const kid = decodeProtectedHeader(priyaToken).kid ?? '';
        const keys = (await (await fetch(`${tenant.authority}/discovery/v2.0/keys`)).json()) as {
          keys: { kid: string; n: string; e: string }[];
        };
        const jwk = keys.keys.find((k) => k.kid === kid);
        const pem = createPublicKey({
          key: { kty: 'RSA', n: jwk?.n ?? '', e: jwk?.e ?? '' },
          format: 'jwk',
        })
          .export({ type: 'spki', format: 'pem' })
          .toString();
        return new SignJWT(priyaClaims)
          .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid })
          .sign(new TextEncoder().encode(pem));
      },
    ],
    [
      'a token signed by someone else’s key',
      'NO_MATCHING_KEY',
      async () => {
        const other = await startTenant();
        try {
          const key = other.ctx.keys.active();
          return await new SignJWT(priyaClaims)
            .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
            .sign(key.privateKey);
        } finally {
          await other.close();
        }
      },
    ],
    ['garbage', 'not a Bearer JWS', () => Promise.resolve('not-a-jwt')],
  ];

  it.each(refusals)(
    'refuses %s with 401, invalid_token and a generic body',
    async (_, reason, make) => {
      logged.length = 0;
      const reply = await callMe(await make());
      expect(logged.join('\n')).toContain(reason);
      expect(reply.status).toBe(401);
      expect(reply.challenge).toContain('Bearer');
      expect(reply.challenge).toContain('error="invalid_token"');
      expect(reply.type).toContain('application/problem+json');
      expect(reply.body).toEqual({
        type: 'urn:career-api:problem:unauthenticated',
        title: 'Sign in again',
        status: 401,
        detail: 'Sign in again to continue.',
      });
    },
  );

  it('refuses a missing token with a bare Bearer challenge', async () => {
    const reply = await callMe(undefined);
    expect(reply.status).toBe(401);
    expect(reply.challenge).toBe('Bearer realm="career-api"');
  });

  it('refuses a token without access_as_user with 403 insufficient_scope', async () => {
    const reply = await callMe(await forge({ scp: 'Something.Else' }));
    expect(reply.status).toBe(403);
    expect(reply.challenge).toContain('error="insufficient_scope"');
    const appOnly = await apiAppToken(tenant, `api://${tenant.apiClientId}/.default`);
    expect((await callMe(appOnly)).status).toBe(403);
  });

  it('accepts only tokens issued to the allowed client apps (azp, or appid in v1)', async () => {
    expect(priyaClaims.azp).toBe(tenant.spaClientId);
    const other = '3c9d1e7a-5b2f-4a8c-9e6d-1f0a2b3c4d5e';
    for (const claims of [{ azp: other }, { azp: other.toUpperCase() }]) {
      logged.length = 0;
      const reply = await callMe(await forge(claims));
      expect([reply.status, reply.body.detail, reply.challenge]).toEqual([
        403,
        'This app may not call the career API.',
        '',
      ]);
      expect(logged.join('\n')).toContain('not allowed');
    }
    expect((await callMe(await forge({}, ['azp']))).status).toBe(403);
    expect((await callMe(await forge({ appid: tenant.spaClientId }, ['azp']))).status).toBe(200);
    expect((await callMe(await forge({ appid: other }, ['azp']))).status).toBe(403);
  });

  it('logs why a token was refused, server-side only', async () => {
    logged.length = 0;
    await callMe(await forge({ aud: 'https://graph.microsoft.com' }));
    expect(logged.join('\n')).toContain('aud');
  });
});

describe('signing key rotation', () => {
  it('fetches the keys again for an unknown key id, at most once per cooldown', async () => {
    const cooled = apiFor(tenant, 60_000);
    expect((await callMe(priyaToken, cooled)).status).toBe(200);
    const before = jwksFetches;
    // A token naming a key id nobody has: one refetch, then the cooldown holds.
    const key = tenant.ctx.keys.active();
    const unknownKid = await new SignJWT(priyaClaims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'made-up-kid' })
      .sign(key.privateKey);
    for (let i = 0; i < 5; i += 1) expect((await callMe(unknownKid, cooled)).status).toBe(401);
    expect(jwksFetches - before).toBeLessThanOrEqual(1);
  });

  it('accepts tokens signed with a rotated key', async () => {
    expect((await callMe(priyaToken)).status).toBe(200);
    const rotated = await fetch(`${tenant.url}/_local/keys/rotate`, { method: 'POST' });
    expect(rotated.ok).toBe(true);
    const fresh = (await spaSignIn(tenant, PRIYA, API_SCOPE)).access_token;
    expect(decodeProtectedHeader(fresh).kid).not.toBe(decodeProtectedHeader(priyaToken).kid);
    expect((await callMe(fresh)).status).toBe(200);
    // The retired key still verifies until it is removed, as in Entra.
    expect((await callMe(priyaToken)).status).toBe(200);
  });
});
