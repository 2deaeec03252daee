import { describe, expect, it } from 'vitest';
import { runConcurrentEditsDrill } from '../../../bench/reliability/concurrent-edits';

/** The concurrent-edits drill in small (`npm run drill -- concurrent-edits`: 50 tabs × 20). */
describe('concurrent contract edits', () => {
  it('answers every edit 201 or 412, and the history holds exactly the agreed ones', async () => {
    const result = await runConcurrentEditsDrill(10, 4);
    expect(result.otherAnswers).toEqual({});
    expect(result.agreed + result.conflicts412).toBe(40);
    expect(result.agreed).toBeGreaterThan(0);
    expect(result.versionsInHistory).toBe(1 + result.agreed);
    expect([result.lostUpdates, result.duplicatedUpdates]).toEqual([0, 0]);
  }, 60_000);
});
