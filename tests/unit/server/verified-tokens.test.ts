import { generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { REQUIRED_SCOPE } from '../../../src/server/auth/caller';
import type { TenantKeys } from '../../../src/server/auth/tenant-keys';
import { createTokenVerifier } from '../../../src/server/auth/verify-token';

const TENANT = '5d3c1a8e-7b42-4f19-9c6e-2a8b0f4d7e61';
const API = 'b7e4d2c9-6a1f-4e83-8b5d-0c9a7f3e2d14';
const SPA = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const ISSUER = `https://login.example/${TENANT}/v2.0`;

async function setUp(start: Date) {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  let signatureChecks = 0;
  const keys: TenantKeys = {
    forTenant: () =>
      Promise.resolve({
        issuer: ISSUER,
        keys: () => {
          signatureChecks += 1;
          return Promise.resolve(publicKey);
        },
      }),
  };
  let clock = start;
  const verifier = createTokenVerifier({
    apiClientId: API,
    allowedTenants: [TENANT],
    allowedClientApps: [SPA],
    keys,
    now: () => clock,
  });
  const issued = Math.floor(start.getTime() / 1000);
  const token = await new SignJWT({ oid: 'priya', tid: TENANT, scp: REQUIRED_SCOPE, azp: SPA })
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuer(ISSUER)
    .setAudience(API)
    .setIssuedAt(issued)
    .setExpirationTime(issued + 3600)
    .sign(privateKey);
  return {
    verifier,
    header: `Bearer ${token}`,
    checks: () => signatureChecks,
    advance: (ms: number) => {
      clock = new Date(clock.getTime() + ms);
    },
  };
}

describe('a token verified once', () => {
  it('is not checked again for the next request with the same token', async () => {
    const t = await setUp(new Date('2026-12-08T09:30:00Z'));
    for (let i = 0; i < 5; i++) {
      const outcome = await t.verifier.verify(t.header);
      expect(outcome.ok).toBe(true);
    }
    expect(t.checks()).toBe(1);
  });

  it('is refused once it has expired, whatever was remembered', async () => {
    const t = await setUp(new Date('2026-12-08T09:30:00Z'));
    expect((await t.verifier.verify(t.header)).ok).toBe(true);
    t.advance(3600_000 + 61_000);
    expect((await t.verifier.verify(t.header)).ok).toBe(false);
  });

  it('is remembered only for its exact bytes: another token is checked in full', async () => {
    const t = await setUp(new Date('2026-12-08T09:30:00Z'));
    expect((await t.verifier.verify(t.header)).ok).toBe(true);
    const tampered = `${t.header.slice(0, -4)}AAAA`;
    expect((await t.verifier.verify(tampered)).ok).toBe(false);
  });
});
