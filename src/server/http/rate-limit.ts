import type { MiddlewareHandler } from 'hono';
import type { CallerVariables } from '../auth/require-caller';
import { problem, problemResponse } from './problem';

export interface RateLimit {
  /** Sustained requests per minute per person (the bucket's refill rate). */
  perMinute: number;
  /** Requests one person may send at once on top (the bucket's size). */
  burst: number;
}

/**
 * Generous on purpose: the app's busiest screen makes a handful of calls, so only a runaway
 * client or a script meets the limit. Deployments can tighten it (RATE_LIMIT_PER_MINUTE).
 */
export const DEFAULT_RATE_LIMIT: RateLimit = { perMinute: 600, burst: 300 };

/** Above this many people tracked, buckets that have refilled completely are forgotten. */
const PRUNE_ABOVE = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

export type Take = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * One token bucket per key, in memory: each request takes a token, tokens come back at
 * `perMinute`, and at most `burst` wait unused. Per instance: with several instances the limit
 * applies to each, which is fine for a guard against runaway clients.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
  ) {
    this.perMs = limit.perMinute / 60_000;
  }

  take(key: string): Take {
    const now = this.now();
    if (this.buckets.size > PRUNE_ABOVE) this.prune(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    // A clock set back refills nothing rather than draining the bucket.
    const elapsed = Math.max(0, now - bucket.at);
    const tokens = Math.min(this.limit.burst, bucket.tokens + elapsed * this.perMs);
    if (tokens >= 1) {
      this.buckets.set(key, { tokens: tokens - 1, at: now });
      return { allowed: true };
    }
    this.buckets.set(key, { tokens, at: now });
    return { allowed: false, retryAfterMs: (1 - tokens) / this.perMs };
  }

  /** How many people are tracked (for tests). */
  get size(): number {
    return this.buckets.size;
  }

  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      const refilled = bucket.tokens + Math.max(0, now - bucket.at) * this.perMs;
      if (refilled >= this.limit.burst) this.buckets.delete(key);
    }
  }
}

/**
 * Per signed-in person (tenant and object id, from the verified token), so one person's runaway
 * tab cannot starve everyone else. Runs after the token check: an unauthenticated flood is
 * refused there without touching a bucket.
 */
export function rateLimitPerCaller(
  limit: RateLimit,
  now: () => number,
): MiddlewareHandler<{ Variables: CallerVariables }> {
  const buckets = new TokenBuckets(limit, now);
  return async (c, next) => {
    const caller = c.get('caller');
    const taken = buckets.take(`${caller.tenantId}/${caller.userId}`);
    if (taken.allowed) {
      await next();
      return;
    }
    const seconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
    return problemResponse(
      {
        ...problem(
          'throttled',
          429,
          `Too many requests in a short time. Try again in ${String(seconds)} second${seconds === 1 ? '' : 's'}.`,
        ),
        retryAfter: seconds,
      },
      { 'Retry-After': String(seconds) },
    );
  };
}
