import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { HR_ADMIN_ROLE, REQUIRED_SCOPE, type Caller } from './caller';
import { KeyDiscoveryError, type TenantKeys } from './tenant-keys';

export interface TokenVerifierOptions {
  /** The API's application (client) id: tokens for it carry it, or `api://{id}`, as `aud`. */
  apiClientId: string;
  allowedTenants: readonly string[];
  /**
   * Client apps whose tokens are accepted: the token's `azp` (v2) or `appid` (v1) must be one of
   * them. Any app a user consented to could otherwise ask Entra for a token for this API.
   */
  allowedClientApps: readonly string[];
  keys: TenantKeys;
  /** Accepted clock difference for `exp` and `nbf` (default 60 s). */
  clockToleranceSeconds?: number;
  /** Injected so tests can move time; defaults to the system clock. */
  now?: () => Date;
}

/**
 * Why a token was refused. The `reason` is for the server log only: the caller gets a generic
 * answer, so a probe learns nothing about which check failed.
 */
export type TokenFailure =
  | { status: 401; error: 'missing_token' | 'invalid_token'; reason: string }
  | { status: 403; error: 'insufficient_scope' | 'client_not_allowed'; reason: string }
  | { status: 503; error: 'keys_unavailable'; reason: string };

export type VerifyOutcome = { ok: true; caller: Caller } | { ok: false; failure: TokenFailure };

export interface TokenVerifier {
  verify(authorization: string | undefined): Promise<VerifyOutcome>;
}

const invalid = (reason: string): VerifyOutcome => ({
  ok: false,
  failure: { status: 401, error: 'invalid_token', reason },
});

const BEARER = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*)$/;

function stringClaim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function scopesOf(payload: JWTPayload): string[] {
  const scp = payload.scp;
  return typeof scp === 'string' ? scp.split(' ').filter((s) => s !== '') : [];
}

function rolesOf(payload: JWTPayload): string[] {
  const roles = payload.roles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}

/** Reads the header and claims without trusting them, only to pick the checks to run. */
function peek(token: string): { alg: unknown; tid: string | undefined } | undefined {
  try {
    const header = decodeProtectedHeader(token);
    const claims = decodeJwt(token);
    return { alg: header.alg, tid: stringClaim(claims, 'tid')?.toLowerCase() };
  } catch {
    return undefined;
  }
}

/** The client app the token was issued to: `azp` in v2 tokens, `appid` in v1. */
function clientAppOf(payload: JWTPayload): string | undefined {
  return (stringClaim(payload, 'azp') ?? stringClaim(payload, 'appid'))?.toLowerCase();
}

/** Tokens remembered as verified, at most: a busy minute of distinct callers. */
const REMEMBERED_MAX = 2_000;
/** How long a verified token is taken on trust before its signature is checked again. */
const REMEMBER_MS = 60_000;

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const allowed = new Set(options.allowedTenants.map((t) => t.toLowerCase()));
  const clientApps = new Set(options.allowedClientApps.map((id) => id.toLowerCase()));
  const audiences = [options.apiClientId, `api://${options.apiClientId}`];
  const tolerance = options.clockToleranceSeconds ?? 60;
  const now = options.now ?? (() => new Date());

  const check = async (authorization: string | undefined): Promise<VerifyOutcome> => {
    if (authorization === undefined || authorization.trim() === '') {
      return { ok: false, failure: { status: 401, error: 'missing_token', reason: 'no token' } };
    }
    const match = BEARER.exec(authorization.trim());
    const token = match?.[1];
    if (token === undefined) return invalid('not a Bearer JWS');
    const peeked = peek(token);
    if (!peeked) return invalid('undecodable token');
    // Only RS256: 'none' and HMAC (which would accept the public key as a shared secret) never.
    if (peeked.alg !== 'RS256') return invalid(`alg ${String(peeked.alg)} refused`);
    // The tenant is checked before any key fetch, so unknown tenants cost no outbound request.
    if (peeked.tid === undefined || !allowed.has(peeked.tid)) {
      return invalid(`tenant ${String(peeked.tid)} not allowed`);
    }

    let tenant: Awaited<ReturnType<TenantKeys['forTenant']>>;
    try {
      tenant = await options.keys.forTenant(peeked.tid);
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'key discovery failed';
      if (error instanceof KeyDiscoveryError || error instanceof TypeError) {
        return { ok: false, failure: { status: 503, error: 'keys_unavailable', reason } };
      }
      throw error;
    }

    let payload: JWTPayload;
    try {
      const verified = await jwtVerify(token, tenant.keys, {
        algorithms: ['RS256'],
        issuer: tenant.issuer,
        audience: audiences,
        clockTolerance: tolerance,
        currentDate: now(),
        requiredClaims: ['exp', 'iat', 'oid', 'tid'],
      });
      payload = verified.payload;
    } catch (error) {
      if (error instanceof errors.JWKSTimeout || error instanceof TypeError) {
        const reason = `signing keys unreachable: ${error.message}`;
        return { ok: false, failure: { status: 503, error: 'keys_unavailable', reason } };
      }
      if (error instanceof errors.JOSEError) return invalid(`${error.code}: ${error.message}`);
      throw error;
    }

    const userId = stringClaim(payload, 'oid');
    const tenantId = stringClaim(payload, 'tid')?.toLowerCase();
    if (userId === undefined || tenantId !== peeked.tid) return invalid('oid or tid missing');
    if (!scopesOf(payload).includes(REQUIRED_SCOPE)) {
      return {
        ok: false,
        failure: {
          status: 403,
          error: 'insufficient_scope',
          reason: `scp lacks ${REQUIRED_SCOPE}`,
        },
      };
    }
    const clientApp = clientAppOf(payload);
    if (clientApp === undefined || !clientApps.has(clientApp)) {
      return {
        ok: false,
        failure: {
          status: 403,
          error: 'client_not_allowed',
          reason: `client app ${String(clientApp)} not allowed`,
        },
      };
    }
    const name = stringClaim(payload, 'name') ?? stringClaim(payload, 'preferred_username');
    return {
      ok: true,
      caller: {
        userId,
        tenantId,
        isHrAdmin: rolesOf(payload).includes(HR_ADMIN_ROLE),
        ...(name === undefined ? {} : { displayName: name }),
      },
    };
  };

  // A screen sends several requests with one token, and each checked the RS256 signature again:
  // the largest CPU cost of a read under load. Only accepted tokens are kept, by their exact
  // bytes, until their own expiry (as jwtVerify allows it) or a minute, whichever comes first.
  const remembered = new Map<string, { caller: Caller; until: number }>();
  return {
    async verify(authorization) {
      const key = authorization?.trim() ?? '';
      const at = now().getTime();
      const held = remembered.get(key);
      if (held && at < held.until) return { ok: true, caller: held.caller };
      remembered.delete(key);
      const outcome = await check(authorization);
      if (outcome.ok) {
        const exp = decodeJwt(key.slice('Bearer '.length)).exp ?? 0;
        const until = Math.min(at + REMEMBER_MS, (exp + tolerance) * 1000);
        if (remembered.size >= REMEMBERED_MAX) {
          const oldest = remembered.keys().next();
          if (!oldest.done) remembered.delete(oldest.value);
        }
        remembered.set(key, { caller: outcome.caller, until });
      }
      return outcome;
    },
  };
}
