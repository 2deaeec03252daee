import { errors, jwtVerify, type JWTPayload } from 'jose';
import type { TenantContext } from '../core/context';

/** Entra and Graph accept five minutes of clock skew. */
export const CLOCK_SKEW_SECONDS = 300;

export type TokenProblem =
  | 'missing'
  | 'malformed'
  | 'algorithm'
  | 'unknown-key'
  | 'signature'
  | 'expired'
  | 'not-yet-valid'
  | 'audience'
  | 'issuer';

export type VerifiedToken =
  | { ok: true; claims: JWTPayload & Record<string, unknown> }
  | { ok: false; problem: TokenProblem; detail: string };

class UnknownKeyError extends Error {}

/** Checks a token this tenant issued: RS256 only, a published key, lifetime by the tenant clock. */
export async function verifyTenantToken(
  ctx: TenantContext,
  token: string,
  expected: { audiences: string[]; issuers: string[] },
): Promise<VerifiedToken> {
  if (token.split('.').length !== 3) {
    return { ok: false, problem: 'malformed', detail: 'not a compact JWS' };
  }
  try {
    const { payload } = await jwtVerify(
      token,
      (header) => {
        const key = header.kid === undefined ? undefined : ctx.keys.publicKey(header.kid);
        if (!key) throw new UnknownKeyError(`kid ${header.kid ?? '(none)'} is not published`);
        return key;
      },
      {
        algorithms: ['RS256'],
        audience: expected.audiences,
        issuer: expected.issuers,
        currentDate: ctx.clock.now(),
        clockTolerance: CLOCK_SKEW_SECONDS,
      },
    );
    return { ok: true, claims: payload };
  } catch (error) {
    return { ok: false, ...classify(error) };
  }
}

function classify(error: unknown): { problem: TokenProblem; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof UnknownKeyError) return { problem: 'unknown-key', detail };
  if (error instanceof errors.JWTExpired) return { problem: 'expired', detail };
  if (error instanceof errors.JOSEAlgNotAllowed) return { problem: 'algorithm', detail };
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return { problem: 'signature', detail };
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return { problem: 'audience', detail };
    if (error.claim === 'iss') return { problem: 'issuer', detail };
    if (error.claim === 'nbf') return { problem: 'not-yet-valid', detail };
    return { problem: 'malformed', detail };
  }
  return { problem: 'malformed', detail };
}
