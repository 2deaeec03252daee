/**
 * What a stand-in handler needs before it can act (whose mailbox, with which permission; the
 * `Prefer` header; a parsed body …) is read by steps, each yielding a value or the reply Graph
 * sends when that part of the request is wrong. Steps run in the order given and the first
 * refusal answers, so a request wrong in two ways gets the same error as before; the handler runs
 * only with every value resolved.
 */
import type { Reply } from '../core/reply';
import type { GraphRequest } from '../core/router';
import { graphBodyError } from './collections';

export type Resolved<T> = { ok: true; value: T } | { ok: false; reply: Reply };

export type Step<T> = (req: GraphRequest) => Resolved<T> | Promise<Resolved<T>>;

type Values<S> = { [K in keyof S]: S[K] extends Step<infer T> ? T : never };

export const resolved = <T>(value: T): Resolved<T> => ({ ok: true, value });

export const refused = (reply: Reply): Resolved<never> => ({ ok: false, reply });

/** A check that either passes (undefined) or refuses with a reply, as a step. */
export function check(test: (req: GraphRequest) => Reply | undefined): Step<true> {
  return (req) => {
    const reply = test(req);
    return reply ? refused(reply) : resolved(true);
  };
}

/** Runs the steps in order, then the handler with their values; the first refusal answers. */
export async function resolveThen<S extends Record<string, Step<unknown>>>(
  req: GraphRequest,
  steps: S,
  handler: (values: Values<S>) => Reply | Promise<Reply>,
): Promise<Reply> {
  const values: Record<string, unknown> = {};
  for (const [name, step] of Object.entries(steps)) {
    const result = await step(req);
    if (!result.ok) return result.reply;
    values[name] = result.value;
  }
  return handler(values as Values<S>);
}

/** The reply a step-shaped result stands for: its refusal, or what `answer` makes of its value. */
export function replyFrom<T>(result: Resolved<T>, answer: (value: T) => Reply): Reply {
  return result.ok ? answer(result.value) : result.reply;
}

/** The request body as JSON, refused as Graph refuses an unreadable one. */
export const jsonBody: Step<unknown> = async (req) => {
  const body = await req.readJson();
  return body.ok ? resolved(body.value) : refused(graphBodyError(body));
};

/** The JSON body read by a parser that refuses what Graph refuses. */
export function parsedBody<T>(parse: (raw: unknown) => Resolved<T>): Step<T> {
  return async (req) => {
    const body = await jsonBody(req);
    return body.ok ? parse(body.value) : body;
  };
}
