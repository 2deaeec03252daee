import { z } from 'zod';
import { PortError } from '../../app/ports';

export interface AppTokenOptions {
  authorityHost: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** The resource's `.default` scope (default Microsoft Graph). */
  scope?: string;
  fetch?: typeof fetch;
  now?: () => number;
}

const tokenAnswer = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number() });

/** Renew this long before expiry, so a token never runs out mid-request. */
const EARLY_RENEWAL_MS = 5 * 60_000;

/**
 * The API's own (application) token for Microsoft Graph, by client credentials, cached until
 * shortly before it expires. One request at a time: concurrent callers share the renewal.
 */
export function createAppTokenSource(options: AppTokenOptions): () => Promise<string> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? Date.now;
  const url = `${options.authorityHost}/${options.tenantId}/oauth2/v2.0/token`;
  let cached: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const response = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: options.clientId,
        client_secret: options.clientSecret,
        grant_type: 'client_credentials',
        scope: options.scope ?? 'https://graph.microsoft.com/.default',
      }).toString(),
    });
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = tokenAnswer.safeParse(body);
    if (!response.ok || !parsed.success) {
      // Entra's error text names the problem (wrong secret, expired secret) without secrets.
      const reason = z.object({ error: z.string() }).safeParse(body);
      throw new PortError(
        'unauthenticated',
        `The career API could not get its Graph token (${reason.success ? reason.data.error : String(response.status)}).`,
      );
    }
    cached = {
      token: parsed.data.access_token,
      renewAt: now() + parsed.data.expires_in * 1000 - EARLY_RENEWAL_MS,
    };
    return cached.token;
  }

  return async () => {
    if (cached && now() < cached.renewAt) return cached.token;
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}
