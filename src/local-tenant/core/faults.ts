import type { StateStore } from '../state/store';
import type { Faults } from '../state/types';
import { graphError, type Reply } from './reply';

export type FaultDecision =
  | { kind: 'none' }
  /** `afterCommit`: carry the request out, then drop the connection instead of answering. */
  | { kind: 'drop'; afterCommit: boolean }
  | { kind: 'reply'; reply: Reply };

/** Path patterns are globs: `*` matches within a segment, `**` across segments. */
export function matchesPathPattern(pattern: string, path: string): boolean {
  const source = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${source}$`, 'i').test(path);
}

const SERVER_ERRORS: Record<number, { code: string; message: string }> = {
  500: { code: 'generalException', message: 'General exception while processing.' },
  502: {
    code: 'badGateway',
    message: 'The server, while acting as a gateway, received an invalid response.',
  },
  503: {
    code: 'serviceNotAvailable',
    message: 'The service is temporarily unavailable. Please retry later.',
  },
  504: { code: 'gatewayTimeout', message: 'The gateway did not receive a timely response.' },
};

function applies(
  rule: { pathPattern?: string | undefined; method?: string | undefined },
  method: string,
  path: string,
): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  return rule.pathPattern === undefined || matchesPathPattern(rule.pathPattern, path);
}

/** Consumes one use of a counted rule; rules that reach zero are removed. */
function consume<T extends { remaining?: number | undefined }>(rules: T[], rule: T): T[] {
  if (rule.remaining === undefined) return rules;
  rule.remaining -= 1;
  return rule.remaining <= 0 ? rules.filter((r) => r !== rule) : rules;
}

/**
 * Decides what the fault knobs do to one request. Drops and 5xx apply to any non-control path;
 * throttling only to Graph, as Entra's token endpoint does not send 429 in normal use.
 */
export function decideFault(
  store: StateStore,
  method: string,
  path: string,
  random: () => number = Math.random,
): FaultDecision {
  const faults: Faults = store.state.faults;
  const drop = faults.drops.find((rule) => applies(rule, method, path));
  if (drop) {
    store.update((state) => {
      state.faults.drops = consume(state.faults.drops, drop);
    });
    return { kind: 'drop', afterCommit: drop.after === 'commit' };
  }
  const error = faults.errors.find((rule) => applies(rule, method, path));
  if (error) {
    store.update((state) => {
      state.faults.errors = consume(state.faults.errors, error);
    });
    const known = SERVER_ERRORS[error.status] ?? {
      code: 'serviceError',
      message: 'The service failed.',
    };
    const headers = error.status === 503 ? { 'Retry-After': '1' } : undefined;
    return { kind: 'reply', reply: graphError(error.status, known.code, known.message, headers) };
  }
  const throttle = faults.throttle;
  const isGraph = path.toLowerCase().startsWith('/v1.0/');
  if (throttle && isGraph && applies(throttle, method, path) && random() * 100 < throttle.percent) {
    store.update((state) => {
      if (!state.faults.throttle) return;
      if (state.faults.throttle.remaining !== undefined) {
        state.faults.throttle.remaining -= 1;
        if (state.faults.throttle.remaining <= 0) state.faults.throttle = null;
      }
    });
    return {
      kind: 'reply',
      reply: graphError(
        429,
        'TooManyRequests',
        'Too many requests. The application is over its request limit; retry after the time in the Retry-After header.',
        { 'Retry-After': String(throttle.retryAfterSeconds) },
      ),
    };
  }
  return { kind: 'none' };
}
