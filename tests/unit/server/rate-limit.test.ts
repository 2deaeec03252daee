import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT, TokenBuckets } from '../../../src/server/http/rate-limit';
import { createHarness, MANAGER, ORIGIN, REPORT, type Harness } from './harness';

describe('TokenBuckets', () => {
  it('lets a burst through, then one request per refill interval, per key', () => {
    let now = 1_000_000;
    const buckets = new TokenBuckets({ perMinute: 60, burst: 3 }, () => now);
    for (let i = 0; i < 3; i += 1) expect(buckets.take('a')).toEqual({ allowed: true });
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterMs: 1000 });
    expect(buckets.take('b')).toEqual({ allowed: true });
    now += 999;
    const early = buckets.take('a');
    expect(early.allowed).toBe(false);
    now += 1;
    expect(buckets.take('a')).toEqual({ allowed: true });
    expect(buckets.take('a').allowed).toBe(false);
    // Idle for an hour: back to the burst, never more.
    now += 3_600_000;
    for (let i = 0; i < 3; i += 1) expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(false);
  });

  it('refills nothing when the clock goes back', () => {
    let now = 5_000;
    const buckets = new TokenBuckets({ perMinute: 60, burst: 1 }, () => now);
    expect(buckets.take('a').allowed).toBe(true);
    now -= 60_000;
    expect(buckets.take('a').allowed).toBe(false);
  });
});

const me = (h: Harness, who: string | undefined, headers: Record<string, string> = {}) =>
  h.call(who, 'GET', '/api/me', { headers });

describe('rate limit per signed-in person', () => {
  it('answers 429 with Retry-After and a problem body once the burst is spent', async () => {
    const h = createHarness({ rateLimit: { perMinute: 120, burst: 60 } });
    for (let i = 0; i < 60; i += 1) expect((await me(h, MANAGER)).status).toBe(200);
    const limited = await me(h, MANAGER, { origin: ORIGIN });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(limited.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(limited.json).toEqual({
      type: 'urn:career-api:problem:throttled',
      title: 'Too many requests',
      status: 429,
      detail: 'Too many requests in a short time. Try again in 1 second.',
      retryAfter: 1,
    });
    // Someone else is not held back by it.
    expect((await me(h, REPORT)).status).toBe(200);
    // 120 a minute: one more every half second.
    h.clock.advance({ milliseconds: 500 });
    expect((await me(h, MANAGER)).status).toBe(200);
    expect((await me(h, MANAGER)).status).toBe(429);
    h.clock.advance({ minutes: 10 });
    for (let i = 0; i < 60; i += 1) expect((await me(h, MANAGER)).status).toBe(200);
    expect((await me(h, MANAGER)).status).toBe(429);
  });

  it('says how long to wait when the rate is slow', async () => {
    const h = createHarness({ rateLimit: { perMinute: 2, burst: 1 } });
    expect((await me(h, MANAGER)).status).toBe(200);
    const limited = await me(h, MANAGER);
    expect(limited.headers.get('retry-after')).toBe('30');
    h.clock.advance({ seconds: 10 });
    expect((await me(h, MANAGER)).headers.get('retry-after')).toBe('20');
  });

  it('counts only signed-in requests, and never the OpenAPI description', async () => {
    const h = createHarness({ rateLimit: { perMinute: 60, burst: 2 } });
    for (let i = 0; i < 5; i += 1) {
      expect((await me(h, undefined)).status).toBe(401);
      expect((await h.call(undefined, 'GET', '/api/openapi.json')).status).toBe(200);
    }
    expect((await me(h, MANAGER)).status).toBe(200);
    expect((await me(h, MANAGER)).status).toBe(200);
    expect((await me(h, MANAGER)).status).toBe(429);
  });

  it('is generous by default and can be turned off', async () => {
    expect(DEFAULT_RATE_LIMIT.burst).toBeGreaterThanOrEqual(120);
    const byDefault = createHarness({ rateLimit: undefined });
    for (let i = 0; i < DEFAULT_RATE_LIMIT.burst; i += 1) {
      expect((await me(byDefault, MANAGER)).status).toBe(200);
    }
    expect((await me(byDefault, MANAGER)).status).toBe(429);
    const off = createHarness({ rateLimit: false });
    for (let i = 0; i < DEFAULT_RATE_LIMIT.burst + 10; i += 1) {
      expect((await me(off, MANAGER)).status).toBe(200);
    }
  });
});
