import { describe, expect, it } from 'vitest';
import { runExactlyOnceDrill } from '../../../../bench/reliability/exactly-once';

/**
 * The exactly-once drill in small (`npm run drill -- exactly-once` runs more rounds): mail, events
 * and To Do tasks under a connection dropped before the request, dropped after the tenant
 * committed it, a 503, and a double submit.
 */
describe('mail, events and To Do under retried and dropped connections', () => {
  it('every write is found exactly once, none duplicated, none lost', async () => {
    const rows = await runExactlyOnceDrill(2);
    expect(rows).toHaveLength(12);
    for (const row of rows) {
      expect(row, `${row.writer} / ${row.fault}`).toMatchObject({
        found: row.writes,
        duplicated: 0,
        lost: 0,
      });
    }
  }, 60_000);
});
