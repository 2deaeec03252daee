import type { Context } from 'hono';
import type { z } from 'zod';
import type { DomainError } from '../../domain';
import { toHttpEtag } from './etag';
import { fail, type FieldProblem } from './problem';

/**
 * Answers with a body checked against its response schema. Unknown keys are stripped, so a
 * field that is not in the documented shape can never reach a caller, whatever a store returns.
 */
export function respond<S extends z.ZodType>(
  c: Context,
  schema: S,
  body: z.input<S>,
  options: { status?: 200 | 201; etag?: string } = {},
): Response {
  const checked = schema.parse(body);
  if (options.etag !== undefined) c.header('ETag', toHttpEtag(options.etag));
  return c.json(checked as object, options.status ?? 200);
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
