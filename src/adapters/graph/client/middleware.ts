import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { CallState } from './graph-call';
import { portErrorFromFailure } from './graph-errors';
import {
  delayBeforeRetry,
  isRetryableStatus,
  parseRetryAfter,
  type RetryPolicy,
} from './retry-policy';

/*
 * The chain every Graph request runs through: auth -> retry -> fetch. Middlewares never throw:
 * the Graph SDK would wrap a thrown error into its own GraphError and lose the PortError, so a
 * failure before any response is recorded on the call's CallState instead.
 */

function stateOf(context: Context): CallState {
  const found = context.middlewareControl?.getMiddlewareOptions(CallState);
  return found instanceof CallState ? found : new CallState([], false);
}

function setHeader(context: Context, name: string, value: string): void {
  const options = context.options ?? {};
  const headers = new Headers(options.headers);
  headers.set(name, value);
  options.headers = headers;
  context.options = options;
}

abstract class Link implements Middleware {
  protected next: Middleware | undefined;

  setNext(next: Middleware): void {
    this.next = next;
  }

  abstract execute(context: Context): Promise<void>;
}

/** Adds the bearer token from the product's token source (MSAL in the app, a stub in tests). */
export class AuthMiddleware extends Link {
  constructor(private readonly getAccessToken: (scopes: string[]) => Promise<string>) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const state = stateOf(context);
    let token: string;
    try {
      token = await this.getAccessToken([...state.scopes]);
    } catch (error) {
      state.failure = portErrorFromFailure('unauthenticated', error);
      return;
    }
    setHeader(context, 'Authorization', `Bearer ${token}`);
    await this.next?.execute(context);
  }
}

/**
 * Retries 429/503/504 (Graph did not act on them), honouring Retry-After exactly and backing off
 * exponentially otherwise. A lost connection is retried only for calls that are safe to repeat.
 */
export class RetryMiddleware extends Link {
  constructor(
    private readonly policy: RetryPolicy,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const state = stateOf(context);
    for (let retry = 0; ; retry += 1) {
      state.beginAttempt();
      delete context.response;
      await this.next?.execute(context);
      const response = context.response as Response | undefined;
      let retryAfterMs: number | undefined;
      const throttled = response?.status === 429;
      if (response) {
        if (!isRetryableStatus(response.status)) return;
        retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
      } else if (state.failure?.kind !== 'unavailable' || !state.retrySafe) {
        return;
      }
      const delay = delayBeforeRetry(this.policy, retry, retryAfterMs, throttled);
      if (delay === undefined) return;
      // The answer is discarded; release its connection before waiting.
      await response?.body?.cancel().catch(() => undefined);
      state.waits.push(delay);
      await this.sleep(delay);
    }
  }
}

/** The end of the chain: the injected fetch (the browser's, Node's, or a test double). */
export class FetchMiddleware extends Link {
  constructor(private readonly fetchImpl: typeof fetch) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const state = stateOf(context);
    try {
      context.response = await this.fetchImpl(context.request, context.options);
    } catch (error) {
      state.failure = portErrorFromFailure('unavailable', error);
    }
  }
}
