import { createRemoteJWKSet, customFetch, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';

/**
 * Signing keys per tenant, found through the tenant's OpenID discovery document and cached.
 * jose's remote key set refetches when a token names a key id it does not know (Entra rotates
 * keys), but at most once per cooldown, so a flood of made-up key ids cannot hammer Entra.
 */

export interface TenantKeysOptions {
  /** `https://login.microsoftonline.com` or the local tenant's URL. */
  authorityHost: string;
  fetch?: typeof fetch;
  /** Minimum time between two key fetches for unknown key ids (default 30 s). */
  cooldownMs?: number;
  /** Keys are refetched after this long even when every kid is known (default 1 h). */
  cacheMaxAgeMs?: number;
  /** Discovery documents are refetched after this long (default 24 h). */
  discoveryMaxAgeMs?: number;
  now?: () => number;
}

const discoveryDocument = z.object({ issuer: z.string(), jwks_uri: z.url() });

interface TenantEntry {
  issuer: string;
  keys: JWTVerifyGetKey;
  loadedAt: number;
}

export class KeyDiscoveryError extends Error {
  override readonly name = 'KeyDiscoveryError';
}

export interface TenantKeys {
  /** The expected issuer and the key resolver for one tenant. */
  forTenant(tenantId: string): Promise<{ issuer: string; keys: JWTVerifyGetKey }>;
}

export function expectedIssuer(authorityHost: string, tenantId: string): string {
  return `${authorityHost}/${tenantId}/v2.0`;
}

export function createTenantKeys(options: TenantKeysOptions): TenantKeys {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? Date.now;
  const discoveryMaxAge = options.discoveryMaxAgeMs ?? 24 * 3600_000;
  const entries = new Map<string, TenantEntry>();
  // One discovery request per tenant at a time, however many requests arrive together.
  const pending = new Map<string, Promise<TenantEntry>>();

  async function discover(tenantId: string): Promise<TenantEntry> {
    const issuer = expectedIssuer(options.authorityHost, tenantId);
    const url = `${options.authorityHost}/${tenantId}/v2.0/.well-known/openid-configuration`;
    const response = await doFetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) {
      throw new KeyDiscoveryError(`Discovery for ${tenantId} answered ${String(response.status)}`);
    }
    const parsed = discoveryDocument.safeParse(await response.json());
    if (!parsed.success) throw new KeyDiscoveryError(`Discovery for ${tenantId} is unreadable`);
    // The discovery document must speak for the same issuer we verify against.
    if (parsed.data.issuer !== issuer) {
      throw new KeyDiscoveryError(`Discovery issuer ${parsed.data.issuer} is not ${issuer}`);
    }
    const keys = createRemoteJWKSet(new URL(parsed.data.jwks_uri), {
      cooldownDuration: options.cooldownMs ?? 30_000,
      cacheMaxAge: options.cacheMaxAgeMs ?? 3600_000,
      timeoutDuration: 5_000,
      [customFetch]: doFetch,
    });
    return { issuer, keys, loadedAt: now() };
  }

  return {
    async forTenant(tenantId) {
      const known = entries.get(tenantId);
      if (known && now() - known.loadedAt < discoveryMaxAge) return known;
      let loading = pending.get(tenantId);
      if (!loading) {
        loading = discover(tenantId).finally(() => pending.delete(tenantId));
        pending.set(tenantId, loading);
      }
      try {
        const entry = await loading;
        entries.set(tenantId, entry);
        return entry;
      } catch (error) {
        // An expired entry still verifies while discovery is down: keys outlive a short outage.
        if (known) return known;
        throw error;
      }
    },
  };
}
