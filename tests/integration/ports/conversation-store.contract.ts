import { describe, expect, it } from 'vitest';
import type { ConversationStore } from '../../../src/app/ports';
import type { ConversationRecord } from '../../../src/domain';
import {
  aBareConversation,
  aFullConversation,
  expectOneWinner,
  expectPortError,
  uniqueId,
} from './store-fixtures';

export interface ConversationSuiteOptions {
  /** Tests that write hundreds of items (paging); only worth it against a real list service. */
  bulk?: boolean;
}

/** The ConversationStore contract: every implementation must pass it. */
export function describeConversationStore(
  name: string,
  makeStore: () => Promise<ConversationStore>,
  options: ConversationSuiteOptions = {},
): void {
  describe(`ConversationStore: ${name}`, () => {
    it('round-trips every field, and invents none', async () => {
      const store = await makeStore();
      const full = aFullConversation();
      const bare = aBareConversation({ reportId: full.reportId });
      const savedFull = await store.create(full);
      const savedBare = await store.create(bare);
      expect(savedFull.value).toEqual(full);
      expect(savedBare.value).toEqual(bare);
      expect(await store.get(full.id)).toEqual(savedFull);
      expect(await store.get(bare.id)).toEqual(savedBare);
      expect(await store.listForReport(full.reportId)).toEqual([savedFull, savedBare]);
      expect(await store.get(uniqueId('missing'))).toBeUndefined();
    });

    it('refuses to create a record twice', async () => {
      const store = await makeStore();
      const record = aBareConversation();
      await store.create(record);
      await expectPortError(store.create({ ...record, sharedNotes: 'overwrite?' }), 'conflict');
      expect((await store.get(record.id))?.value).toEqual(record);
    });

    it('updates with the etag read, and clears what was removed', async () => {
      const store = await makeStore();
      const record = aFullConversation();
      const saved = await store.create(record);
      const changed: ConversationRecord = {
        ...record,
        kind: 'full',
        state: 'cancelled',
        sharedNotes: '',
      };
      delete changed.event;
      delete changed.prompt;
      delete changed.trigger;
      const updated = await store.update(changed, saved.etag);
      expect(updated.value).toEqual(changed);
      expect(updated.etag).not.toBe(saved.etag);
      expect(await store.get(record.id)).toEqual(updated);
    });

    it('refuses a stale etag and keeps the first update', async () => {
      const store = await makeStore();
      const record = aBareConversation();
      const saved = await store.create(record);
      const first = { ...record, sharedNotes: 'first' };
      await store.update(first, saved.etag);
      await expectPortError(
        store.update({ ...record, sharedNotes: 'second' }, saved.etag),
        'conflict',
      );
      expect((await store.get(record.id))?.value).toEqual(first);
    });

    it('of two concurrent updates, exactly one wins and nothing is lost', async () => {
      const store = await makeStore();
      const record = aBareConversation();
      const saved = await store.create(record);
      const winner = await expectOneWinner(
        store.update({ ...record, sharedNotes: 'typed in Teams' }, saved.etag),
        store.update({ ...record, sharedNotes: 'typed in Outlook' }, saved.etag),
      );
      expect(await store.get(record.id)).toEqual(winner);
    });

    it('does not update a record that is gone or belongs to someone else', async () => {
      const store = await makeStore();
      const record = aBareConversation();
      const saved = await store.create(record);
      await expectPortError(
        store.update({ ...record, reportId: uniqueId('report') }, saved.etag),
        'not-found',
      );
      await expectPortError(store.update(aBareConversation(), saved.etag), 'not-found');
    });

    it('erases every record of one report, and only theirs', async () => {
      const store = await makeStore();
      const a = aFullConversation();
      const b = aBareConversation({ reportId: a.reportId });
      const kept = aBareConversation();
      await store.create(a);
      await store.create(b);
      const savedKept = await store.create(kept);
      await store.removeAll(a.reportId);
      expect(await store.listForReport(a.reportId)).toEqual([]);
      expect(await store.get(a.id)).toBeUndefined();
      expect(await store.listForReport(kept.reportId)).toEqual([savedKept]);
      await store.create(a);
      await store.removeAll(a.reportId);
    });

    if (options.bulk) {
      it('lists and erases more records than fit on one page', { timeout: 180_000 }, async () => {
        const store = await makeStore();
        const reportId = uniqueId('report');
        const created = [];
        for (let i = 0; i < 205; i += 1) {
          created.push(
            await store.create(aBareConversation({ reportId, sharedNotes: `note ${i}` })),
          );
        }
        const listed = await store.listForReport(reportId);
        expect(listed).toHaveLength(205);
        expect(listed).toEqual(created);
        await store.removeAll(reportId);
        expect(await store.listForReport(reportId)).toEqual([]);
      });
    }
  });
}
