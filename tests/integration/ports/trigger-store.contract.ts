import { describe, expect, it } from 'vitest';
import type { TriggerStore } from '../../../src/app/ports';
import { aTriggerLog, expectOneWinner, expectPortError, uniqueId } from './store-fixtures';

export interface TriggerSuiteOptions {
  /** Tests that write hundreds of items (paging); only worth it against a real list service. */
  bulk?: boolean;
}

/** The TriggerStore contract: every implementation must pass it. */
export function describeTriggerStore(
  name: string,
  makeStore: () => Promise<TriggerStore>,
  options: TriggerSuiteOptions = {},
): void {
  describe(`TriggerStore: ${name}`, () => {
    it('round-trips every field, oldest first', async () => {
      const store = await makeStore();
      const reportId = uniqueId('report');
      const open = aTriggerLog({ trigger: 'approached-by-another-organisation' });
      const closed = aTriggerLog({
        trigger: 'major-milestone',
        loggedAt: '2026-05-21T10:00:00Z',
        closedAt: '2026-05-28T15:00:00Z',
        closedByConversationId: uniqueId('conversation'),
      });
      const a = await store.create(reportId, open);
      const b = await store.create(reportId, closed);
      expect([a.value, b.value]).toEqual([open, closed]);
      expect(await store.listForReport(reportId)).toEqual([a, b]);
      expect(await store.listForReport(uniqueId('report'))).toEqual([]);
    });

    it('refuses to log the same entry twice', async () => {
      const store = await makeStore();
      const reportId = uniqueId('report');
      const log = aTriggerLog();
      await store.create(reportId, log);
      await expectPortError(
        store.create(reportId, { ...log, trigger: 'major-milestone' }),
        'conflict',
      );
      expect((await store.listForReport(reportId)).map((v) => v.value)).toEqual([log]);
    });

    it('closes a trigger with the etag read; a stale etag or a rival update loses', async () => {
      const store = await makeStore();
      const reportId = uniqueId('report');
      const log = aTriggerLog();
      const saved = await store.create(reportId, log);
      const closedBy = (id: string) => ({
        ...log,
        closedAt: '2026-06-01T10:00:00Z',
        closedByConversationId: id,
      });
      const winner = await expectOneWinner(
        store.update(reportId, closedBy('teams'), saved.etag),
        store.update(reportId, closedBy('outlook'), saved.etag),
      );
      await expectPortError(store.update(reportId, log, saved.etag), 'conflict');
      expect(await store.listForReport(reportId)).toEqual([winner]);
      await expectPortError(store.update(uniqueId('report'), log, winner.etag), 'not-found');
    });

    it('erases every trigger of one report, and only theirs', async () => {
      const store = await makeStore();
      const reportId = uniqueId('report');
      const other = uniqueId('report');
      await store.create(reportId, aTriggerLog());
      await store.create(reportId, aTriggerLog());
      const kept = await store.create(other, aTriggerLog());
      await store.removeAll(reportId);
      expect(await store.listForReport(reportId)).toEqual([]);
      expect(await store.listForReport(other)).toEqual([kept]);
    });

    if (options.bulk) {
      it('lists and erases more triggers than fit on one page', { timeout: 180_000 }, async () => {
        const store = await makeStore();
        const reportId = uniqueId('report');
        for (let i = 0; i < 203; i += 1) await store.create(reportId, aTriggerLog());
        expect(await store.listForReport(reportId)).toHaveLength(203);
        await store.removeAll(reportId);
        expect(await store.listForReport(reportId)).toEqual([]);
      });
    }
  });
}
