import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLocalTenant } from '../../../src/local-tenant';

describe('a tenant started frozen at an instant', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('stands exactly at that instant, however much time passes while it starts', async () => {
    // A busy machine: every reading of the system clock is a millisecond later than the last.
    let system = Date.parse('2026-12-06T19:00:00Z');
    vi.spyOn(Date, 'now').mockImplementation(() => (system += 1));
    const tenant = await startLocalTenant({
      port: 0,
      seed: 'empty',
      freezeClock: true,
      now: '2025-03-03T09:00:00Z',
    });
    try {
      expect(tenant.clock.now().toISOString()).toBe('2025-03-03T09:00:00.000Z');
    } finally {
      await tenant.close();
    }
  });
});
