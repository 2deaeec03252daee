import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isPortError, type PortError } from '../../app/ports';
import type { ServerLog } from '../deps';
import { problem, problemResponse, ProblemError, type Problem } from './problem';

/**
 * What a port failure means for the caller. The API's own credentials being refused (forbidden,
 * unauthenticated) is the API's problem, not the caller's: it is a 503, logged for an admin.
 */
function portProblem(error: PortError, conditional: boolean): Problem {
  switch (error.kind) {
    case 'conflict':
      return conditional
        ? problem(
            'precondition-failed',
            412,
            'Someone changed this since you loaded it. Reload to see their change, then apply yours again.',
          )
        : problem('conflict', 409, error.message);
    case 'precondition-required':
      return problem(
        'precondition-required',
        428,
        'Send the ETag you read in an If-Match header, so a change made in between is not overwritten.',
      );
    case 'not-found':
      return problem('not-found', 404, error.message);
    case 'invalid':
      return problem('unprocessable', 422, error.message);
    case 'throttled':
      return problem('throttled', 503, 'The service is busy. Try again in a minute.');
    case 'forbidden':
    case 'unauthenticated':
    case 'unavailable':
      return problem(
        'unavailable',
        503,
        'The career records cannot be reached right now. Try again shortly.',
      );
  }
}

const SERVER_SIDE: readonly string[] = ['forbidden', 'unauthenticated', 'unavailable', 'throttled'];

/** Every error becomes problem+json; anything unexpected is a bare 500, with details in the log. */
export function handleError(error: unknown, c: Context, log: ServerLog): Response {
  const requestId = c.res.headers.get('request-id') ?? undefined;
  if (error instanceof ProblemError) return problemResponse(error.problem, error.headers);
  if (isPortError(error)) {
    if (SERVER_SIDE.includes(error.kind)) {
      log.error('store or directory failed', {
        requestId,
        kind: error.kind,
        message: error.message,
      });
    }
    const conditional = c.req.header('if-match') !== undefined;
    const body = portProblem(error, conditional);
    return problemResponse(body, error.kind === 'throttled' ? { 'Retry-After': '30' } : {});
  }
  if (error instanceof HTTPException && error.status < 500) {
    return problemResponse(problem('validation', error.status, 'The request could not be read.'));
  }
  log.error('unexpected error', {
    requestId,
    method: c.req.method,
    path: new URL(c.req.url).pathname,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  return problemResponse(
    problem(
      'internal',
      500,
      'Something went wrong on our side. Try again; if it keeps happening, tell your admin.',
    ),
  );
}
