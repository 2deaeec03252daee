import type { Context } from 'hono';
import { z } from 'zod';
import { problem, ProblemError, type FieldProblem } from './problem';

/** zod issues as field problems, each path prefixed with where it came from (`body`, `query`). */
export function fieldProblems(where: string, error: z.core.$ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

function invalid(where: string, error: z.core.$ZodError): ProblemError {
  const errors = fieldProblems(where, error);
  const first = errors[0];
  const detail =
    first === undefined
      ? 'The request is not valid.'
      : errors.length === 1
        ? `${first.path}: ${first.message}`
        : `${first.path}: ${first.message} (and ${String(errors.length - 1)} more)`;
  return new ProblemError(problem('validation', 400, detail, errors));
}

export function parseWith<S extends z.core.$ZodType>(
  where: string,
  schema: S,
  value: unknown,
): z.output<S> {
  const parsed = z.safeParse(schema, value);
  if (!parsed.success) throw invalid(where, parsed.error);
  return parsed.data;
}

const JSON_TYPE = /^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i;

/**
 * The request body as JSON, validated. Only JSON is accepted (415 otherwise), so a browser form
 * post cannot reach a write endpoint; size is capped by the body-limit middleware before this.
 */
export async function readBody<S extends z.core.$ZodType>(
  c: Context,
  schema: S,
): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    throw new ProblemError(
      problem('unsupported-media-type', 415, 'Send the body as application/json.'),
    );
  }
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new ProblemError(
      problem('validation', 400, 'The body is not valid JSON.', [
        { path: 'body', message: 'Not valid JSON' },
      ]),
    );
  }
  return parseWith('body', schema, value);
}

/**
 * A body the client may leave out: no body at all reads as `{}`; one that is sent is held to
 * everything `readBody` asks (JSON only, valid, the schema).
 */
export async function readOptionalBody<S extends z.core.$ZodType>(
  c: Context,
  schema: S,
): Promise<z.output<S>> {
  const sent = c.req.header('content-type') !== undefined || (await c.req.text()) !== '';
  return sent ? readBody(c, schema) : parseWith('body', schema, {});
}

/** The keys of an object schema that take a list: their parameter is repeated (`?path=…&path=…`). */
function listKeys(schema: z.core.$ZodType): string[] {
  const { shape } = schema._zod.def as { shape?: Record<string, z.core.$ZodType> };
  return Object.entries(shape ?? {})
    .filter(([, field]) => field._zod.def.type === 'array')
    .map(([key]) => key);
}

export function readQuery<S extends z.core.$ZodType>(c: Context, schema: S): z.output<S> {
  const value: Record<string, unknown> = c.req.query();
  for (const key of listKeys(schema)) value[key] = c.req.queries(key) ?? [];
  return parseWith('query', schema, value);
}
