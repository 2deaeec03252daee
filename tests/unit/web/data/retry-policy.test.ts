import { describe, expect, it } from 'vitest';
import { PortError } from '../../../../src/app/ports/port-error';
import { retryDelay, shouldRetry } from '../../../../src/web/data/career-api-context';

describe('the query retry policy', () => {
  it('retries a service that is down or busy, up to three times', () => {
    const down = new PortError('unavailable', 'x');
    expect(shouldRetry(0, down)).toBe(true);
    expect(shouldRetry(2, down)).toBe(true);
    expect(shouldRetry(3, down)).toBe(false);
    expect(shouldRetry(0, new PortError('throttled', 'x'))).toBe(true);
  });

  it('does not ask again when the answer was a 4xx: it would not change', () => {
    for (const kind of ['unauthenticated', 'forbidden', 'not-found', 'invalid'] as const) {
      expect(shouldRetry(0, new PortError(kind, 'x'))).toBe(false);
    }
  });

  it('backs off exponentially, capped', () => {
    expect([0, 1, 2, 3].map(retryDelay)).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelay(10)).toBe(15_000);
  });
});
