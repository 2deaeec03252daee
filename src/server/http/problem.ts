/**
 * Errors as RFC 9457 problem details (`application/problem+json`). The `type` is a stable tag a
 * client can switch on; `detail` is written for the person using the app and never carries
 * internals (stack traces, Graph answers, token claims).
 */

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export type ProblemSlug =
  | 'validation'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'unauthenticated'
  | 'insufficient-scope'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'conflict'
  | 'precondition-failed'
  | 'precondition-required'
  | 'unprocessable'
  | 'throttled'
  | 'unavailable'
  | 'internal';

export interface FieldProblem {
  /** Dotted path into the request, e.g. `body.commitments.2.due` or `query.tz`. */
  path: string;
  message: string;
  /** A stable code where the rule has one (the domain's error codes). */
  code?: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldProblem[];
  /** For retries: seconds to wait (429, 503). */
  retryAfter?: number;
}

const TITLES: Record<ProblemSlug, string> = {
  validation: 'The request is not valid',
  'unsupported-media-type': 'Send JSON',
  'payload-too-large': 'The request is too large',
  unauthenticated: 'Sign in again',
  'insufficient-scope': 'The sign-in does not allow this',
  forbidden: 'Not allowed',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  conflict: 'It already exists',
  'precondition-failed': 'Someone else changed this',
  'precondition-required': 'Say which version you changed',
  unprocessable: 'This cannot be saved as it is',
  throttled: 'Too many requests',
  unavailable: 'Try again shortly',
  internal: 'Something went wrong on our side',
};

export function problemType(slug: ProblemSlug): string {
  return `urn:career-api:problem:${slug}`;
}

export function problem(
  slug: ProblemSlug,
  status: number,
  detail: string,
  errors?: FieldProblem[],
): Problem {
  return {
    type: problemType(slug),
    title: TITLES[slug],
    status,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** A problem as a fetch Response, with the headers every API answer carries. */
export function problemResponse(body: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...headers },
  });
}

/**
 * Thrown by handlers to answer with a problem; the app's error handler turns it into a response.
 * Use it for outcomes a client can act on, never to wrap unexpected failures.
 */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';

  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail);
  }
}

export const fail = {
  notFound: (detail = 'There is nothing here, or you may not see it.') =>
    new ProblemError(problem('not-found', 404, detail)),
  forbidden: (detail: string) => new ProblemError(problem('forbidden', 403, detail)),
  validation: (detail: string, errors: FieldProblem[]) =>
    new ProblemError(problem('validation', 400, detail, errors)),
  unprocessable: (detail: string, errors: FieldProblem[] = []) =>
    new ProblemError(problem('unprocessable', 422, detail, errors)),
  conflict: (detail: string) => new ProblemError(problem('conflict', 409, detail)),
};
