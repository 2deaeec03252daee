import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import type { DomainError } from '../../domain';
import { toHttpEtag } from './etag';
import { fail, type FieldProblem } from './problem';

/**
 * Answers with a body checked against its response schema. Unknown keys are stripped, so a
 * field that is not in the documented shape can never reach a caller, whatever a store returns.
 */
export function respond<S extends z.core.$ZodType>(
  c: Context,
  schema: S,
  body: z.input<S>,
  options: { status?: 200 | 201; etag?: string } = {},
): Response {
  const checked = z.parse(schema, body);
  if (options.etag !== undefined) c.header('ETag', toHttpEtag(options.etag));
  return c.json(checked as object, options.status ?? 200);
}

/**
 * Like `respond`, for a read whose answer is computed rather than stored: a weak ETag from the
 * answer's bytes, and 304 with no body when the caller already holds them (If-None-Match). The
 * answer stays `no-store`: the client keeps its own copy (the query cache), no browser or proxy
 * does.
 */
export function respondConditional<S extends z.core.$ZodType>(
  c: Context,
  schema: S,
  body: z.input<S>,
): Response {
  const json = JSON.stringify(z.parse(schema, body));
  const etag = `W/"${createHash('sha256').update(json).digest('base64url').slice(0, 32)}"`;
  c.header('ETag', etag);
  if (matchesAny(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  c.header('Content-Type', 'application/json');
  return c.body(json, 200);
}

/** If-None-Match compares weakly: `W/` is ignored on both sides; `*` matches anything. */
function matchesAny(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

export function noContent(c: Context): Response {
  return c.body(null, 204);
}

/**
 * The domain's refusals as a 422 naming each field. `prefix` says where a field lives: a string
 * for all, or a function for errors whose fields sit in different parts of the request.
 */
export function rejected(
  errors: readonly DomainError[],
  prefix: string | ((field: string) => string) = 'body',
): never {
  const where = typeof prefix === 'string' ? () => prefix : prefix;
  const problems: FieldProblem[] = errors.map((e) => ({
    path: e.field ? `${where(e.field)}.${e.field}` : where(''),
    message: e.message,
    code: e.code,
  }));
  const first = errors[0];
  throw fail.unprocessable(first ? first.message : 'This cannot be saved as it is.', problems);
}
