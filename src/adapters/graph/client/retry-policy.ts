import { epochMillisOf } from '../../../domain';

/** How the client waits between attempts. Graph asks clients to honour Retry-After exactly. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /**
   * Retries of a request Graph throttled (429) and said when to come back (Retry-After): Graph did
   * not act on it, and one request given up on fails a whole screen. At 30% throttling, 6 retries
   * leave a request failing about once in 5,000 (0.3^7); an average request still costs 1.4.
   */
  maxThrottledRetries: number;
  /** First backoff when the response names no Retry-After; doubles each attempt. */
  baseDelayMs: number;
  /** Backoff never exceeds this. */
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited out: the caller hears "throttled" at once. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  maxThrottledRetries: 6,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

/** Statuses Graph documents as "not processed, try again later". */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/**
 * Retry-After is delta-seconds or an HTTP date; an unreadable value counts as absent.
 * `nowMs` comes from the caller so the parsing stays deterministic.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = epochMillisOf(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

export function backoffDelay(policy: RetryPolicy, retryIndex: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
}

/** The wait before retry number `retryIndex` (0-based), or undefined to stop retrying. */
export function delayBeforeRetry(
  policy: RetryPolicy,
  retryIndex: number,
  retryAfterMs: number | undefined,
  throttled = false,
): number | undefined {
  const most =
    throttled && retryAfterMs !== undefined
      ? Math.max(policy.maxRetries, policy.maxThrottledRetries)
      : policy.maxRetries;
  if (retryIndex >= most) return undefined;
  if (retryAfterMs === undefined) return backoffDelay(policy, retryIndex);
  return retryAfterMs > policy.maxRetryAfterMs ? undefined : retryAfterMs;
}

export const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
