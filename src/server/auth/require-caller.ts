import type { MiddlewareHandler } from 'hono';
import type { ServerLog } from '../deps';
import { problem, problemResponse } from '../http/problem';
import type { Caller } from './caller';
import type { TokenVerifier } from './verify-token';

export interface CallerVariables {
  caller: Caller;
}

const REALM = 'realm="career-api"';

/**
 * Every API request carries a bearer token for the API. Refusals say as little as possible: the
 * reason goes to the log, the caller learns only that the token was not accepted.
 */
export function requireCaller(
  verifier: TokenVerifier,
  log: ServerLog,
): MiddlewareHandler<{ Variables: CallerVariables }> {
  return async (c, next) => {
    const outcome = await verifier.verify(c.req.header('authorization'));
    if (outcome.ok) {
      c.set('caller', outcome.caller);
      await next();
      return;
    }
    const { failure } = outcome;
    if (failure.status === 503) {
      log.error('token keys unavailable', { reason: failure.reason });
      return problemResponse(
        problem('unavailable', 503, 'Sign-in cannot be checked right now. Try again shortly.'),
        { 'Retry-After': '10' },
      );
    }
    log.warn('token refused', { error: failure.error, reason: failure.reason });
    if (failure.error === 'client_not_allowed') {
      // A valid sign-in through an app this API does not serve: nothing to retry or consent to.
      return problemResponse(problem('forbidden', 403, 'This app may not call the career API.'));
    }
    if (failure.status === 403) {
      return problemResponse(
        problem('insufficient-scope', 403, 'This sign-in was not given access to the career API.'),
        {
          'WWW-Authenticate': `Bearer ${REALM}, error="insufficient_scope", scope="access_as_user"`,
        },
      );
    }
    const challenge =
      failure.error === 'missing_token'
        ? `Bearer ${REALM}`
        : `Bearer ${REALM}, error="invalid_token"`;
    return problemResponse(problem('unauthenticated', 401, 'Sign in again to continue.'), {
      'WWW-Authenticate': challenge,
    });
  };
}
