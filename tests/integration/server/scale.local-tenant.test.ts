import { describe, expect, it } from 'vitest';
import { runScaleDrill } from '../../../bench/scale/scale-drill';

/**
 * The scale drill in small (`npm run drill -- scale` runs it at 10,000 people and 500,000 items):
 * every career list past SharePoint's 5,000-item threshold, where the local tenant refuses a
 * query no index narrows to 5,000 rows. Counts only; the drill reports the timings.
 */
describe('scale: every list past 5,000 items', () => {
  it('no screen sends a query the 5,000-item rule refuses, and the overview sends as many Graph requests as at 100 items', async () => {
    const result = await runScaleDrill({
      people: 300,
      smallItems: 100,
      largeItems: 6_000,
      largeAtLeastPerList: 5_001,
      loads: 0,
    });
    expect(result.large.items).toBeGreaterThan(11 * 5_000);
    expect([...result.small.failures, ...result.large.failures]).toEqual([]);
    expect(result.large.overviewRequests).toBe(result.small.overviewRequests);
    expect(result.large.answers).toBe(result.small.answers);
  }, 60_000);
});
