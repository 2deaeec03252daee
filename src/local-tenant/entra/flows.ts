import { randomBytes } from 'node:crypto';
import type { RedirectUri } from '../state/types';

/** A validated /authorize request, waiting for the person to pick an account. */
export interface AuthorizeParams {
  clientId: string;
  redirectUri: string;
  redirectType: RedirectUri['type'];
  responseMode: 'query' | 'fragment' | 'form_post';
  scope: string;
  state: string | undefined;
  nonce: string | undefined;
  codeChallenge: string | undefined;
  codeChallengeMethod: string | undefined;
  loginHint: string | undefined;
  clientInfo: boolean;
}

export interface AuthorizationCode {
  code: string;
  params: AuthorizeParams;
  userId: string;
  sessionId: string;
  expiresAt: number;
  redeemed: boolean;
}

const PENDING_LIFETIME_MS = 30 * 60 * 1000;
const MAX_ENTRIES = 5000;

/** Short-lived protocol state that does not survive a restart, as with Entra's own codes. */
export class EntraFlows {
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly pending = new Map<string, { params: AuthorizeParams; expiresAt: number }>();

  createCode(entry: Omit<AuthorizationCode, 'code' | 'redeemed'>): string {
    const code = `1.${randomBytes(96).toString('base64url')}`;
    this.prune(this.codes);
    this.codes.set(code, { ...entry, code, redeemed: false });
    return code;
  }

  findCode(code: string): AuthorizationCode | undefined {
    return this.codes.get(code);
  }

  createPending(params: AuthorizeParams, now: number): string {
    const id = randomBytes(24).toString('base64url');
    this.prune(this.pending);
    this.pending.set(id, { params, expiresAt: now + PENDING_LIFETIME_MS });
    return id;
  }

  takePending(id: string, now: number): AuthorizeParams | undefined {
    const entry = this.pending.get(id);
    this.pending.delete(id);
    return entry && entry.expiresAt > now ? entry.params : undefined;
  }

  peekPending(id: string, now: number): AuthorizeParams | undefined {
    const entry = this.pending.get(id);
    return entry && entry.expiresAt > now ? entry.params : undefined;
  }

  clear(): void {
    this.codes.clear();
    this.pending.clear();
  }

  /** Drops the oldest entries once the map is large; expiry is checked on use. */
  private prune(map: Map<string, unknown>): void {
    if (map.size < MAX_ENTRIES) return;
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}
