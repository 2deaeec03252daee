import { describe, expect, it } from 'vitest';
import type { AgendaItem, AgendaStore } from '../../../src/app/ports';
import { expectPortError, uniqueId } from './store-fixtures';

function anItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: uniqueId('agenda'),
    reportId: uniqueId('report'),
    managerId: uniqueId('manager'),
    text: 'Whether I can shadow the platform on-call rotation',
    addedAt: '2026-05-20T10:00:00Z',
    ...overrides,
  };
}

/** The AgendaStore contract: every implementation must pass it. */
export function describeAgendaStore(name: string, makeStore: () => Promise<AgendaStore>): void {
  describe(`AgendaStore: ${name}`, () => {
    it('round-trips items in the report’s words, oldest first, for that report only', async () => {
      const store = await makeStore();
      const first = anItem({ text: 'Line one\nline two, with “quotes” & <angles>' });
      const second = anItem({ reportId: first.reportId, addedAt: '2026-05-21T10:00:00Z' });
      const a = await store.create(first);
      const b = await store.create(second);
      expect([a.value, b.value]).toEqual([first, second]);
      expect((await store.listForReport(first.reportId)).map((i) => i.value)).toEqual([
        first,
        second,
      ]);
      expect(await store.listForReport(uniqueId('report'))).toEqual([]);
    });

    it('removes one item of that report only, and says when there is none', async () => {
      const store = await makeStore();
      const mine = await store.create(anItem());
      const theirs = await store.create(anItem());
      await expectPortError(store.remove(theirs.value.reportId, mine.value.id), 'not-found');
      await store.remove(mine.value.reportId, mine.value.id);
      expect(await store.listForReport(mine.value.reportId)).toEqual([]);
      expect(await store.listForReport(theirs.value.reportId)).toHaveLength(1);
      await expectPortError(store.remove(mine.value.reportId, mine.value.id), 'not-found');
    });

    it('erases every item of the person and nobody else’s', async () => {
      const store = await makeStore();
      const item = anItem();
      await store.create(item);
      await store.create(anItem({ reportId: item.reportId }));
      const other = await store.create(anItem());
      await store.removeAll(item.reportId);
      expect(await store.listForReport(item.reportId)).toEqual([]);
      expect(await store.listForReport(other.value.reportId)).toHaveLength(1);
    });
  });
}
