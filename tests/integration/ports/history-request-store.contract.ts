import { describe, expect, it } from 'vitest';
import type { HistoryRequest, HistoryRequestStore } from '../../../src/app/ports';
import { expectOneWinner, expectPortError, uniqueId } from './store-fixtures';

function aRequest(overrides: Partial<HistoryRequest> = {}): HistoryRequest {
  return {
    id: uniqueId('request'),
    reportId: uniqueId('report'),
    managerId: uniqueId('manager'),
    askedAt: '2026-12-01T10:00:00Z',
    state: 'pending',
    ...overrides,
  };
}

/** The HistoryRequestStore contract: every implementation must pass it. */
export function describeHistoryRequestStore(
  name: string,
  makeStore: () => Promise<HistoryRequestStore>,
): void {
  describe(`HistoryRequestStore: ${name}`, () => {
    it('round-trips requests, oldest first, for that report only', async () => {
      const store = await makeStore();
      const first = aRequest();
      const second = aRequest({ reportId: first.reportId, askedAt: '2026-12-02T10:00:00Z' });
      const a = await store.create(first);
      const b = await store.create(second);
      expect([a.value, b.value]).toEqual([first, second]);
      expect(await store.listForReport(first.reportId)).toEqual([a, b]);
      expect(await store.listForReport(uniqueId('report'))).toEqual([]);
    });

    it('keeps one request per report and manager, even when two are made at once', async () => {
      const store = await makeStore();
      const request = aRequest();
      const again = () => ({ ...request, id: uniqueId('request') });
      const winner = await expectOneWinner(store.create(again()), store.create(again()));
      await expectPortError(store.create(again()), 'conflict');
      expect(await store.listForReport(request.reportId)).toEqual([winner]);
    });

    it('records the answer with the etag read; a stale etag or an unknown request is refused', async () => {
      const store = await makeStore();
      const asked = await store.create(aRequest());
      const shared = {
        ...asked.value,
        state: 'shared' as const,
        answeredAt: '2026-12-03T10:00:00Z',
      };
      const winner = await expectOneWinner(
        store.update(shared, asked.etag),
        store.update({ ...shared, state: 'declined' }, asked.etag),
      );
      await expectPortError(store.update(shared, asked.etag), 'conflict');
      expect(await store.listForReport(asked.value.reportId)).toEqual([winner]);
      await expectPortError(store.update(aRequest(), winner.etag), 'not-found');
    });

    it('erases every request of one report, and only theirs', async () => {
      const store = await makeStore();
      const mine = aRequest();
      await store.create(mine);
      await store.create(aRequest({ reportId: mine.reportId }));
      const other = await store.create(aRequest());
      await store.removeAll(mine.reportId);
      expect(await store.listForReport(mine.reportId)).toEqual([]);
      expect(await store.listForReport(other.value.reportId)).toEqual([other]);
    });
  });
}
