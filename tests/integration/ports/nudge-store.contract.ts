import { describe, expect, it } from 'vitest';
import type { NudgeStore } from '../../../src/app/ports';
import type { SentNudge } from '../../../src/domain';
import { uniqueId } from './store-fixtures';

function aSentNudge(overrides: Partial<SentNudge> = {}): SentNudge {
  return {
    recipientId: uniqueId('manager'),
    key: `summaryDue:${uniqueId('conversation')}:4h`,
    day: '2026-12-08',
    kind: 'summaryDue',
    ...overrides,
  };
}

/** The NudgeStore contract: every implementation must pass it. */
export function describeNudgeStore(name: string, makeStore: () => Promise<NudgeStore>): void {
  describe(`NudgeStore: ${name}`, () => {
    it('records a nudge once: a second record of the same occasion is refused (a restart, a race)', async () => {
      const store = await makeStore();
      const sent = aSentNudge();
      expect(await store.recordSent(sent)).toBe(true);
      expect(await store.recordSent({ ...sent, day: '2026-12-09' })).toBe(false);
      const all = await store.sentSince('2026-12-01');
      expect(all.filter((s) => s.recipientId === sent.recipientId)).toEqual([sent]);
    });

    it('reads what was sent from a day on, and forgets one on request', async () => {
      const store = await makeStore();
      const old = aSentNudge({ day: '2026-11-01' });
      const recent = aSentNudge({ recipientId: old.recipientId, day: '2026-12-08' });
      await store.recordSent(old);
      await store.recordSent(recent);
      const mine = async (since: string) =>
        (await store.sentSince(since)).filter((s) => s.recipientId === old.recipientId);
      expect(await mine('2026-12-01')).toEqual([recent]);
      await store.forget(recent.recipientId, recent.key);
      expect(await mine('2026-12-01')).toEqual([]);
      expect(await store.recordSent(recent)).toBe(true);
    });

    it('keeps each person’s switches apart, replaced whole, and erases them', async () => {
      const store = await makeStore();
      const person = uniqueId('person');
      const other = uniqueId('person');
      expect(await store.switchedOff(person)).toEqual([]);
      await store.setSwitchedOff(person, ['reviewDue', 'triggerWaiting']);
      await store.setSwitchedOff(other, ['contractVersion']);
      await store.setSwitchedOff(person, ['summaryDue']);
      expect(await store.switchedOff(person)).toEqual(['summaryDue']);
      await store.recordSent(aSentNudge({ recipientId: person }));
      await store.removeAll(person);
      expect(await store.switchedOff(person)).toEqual([]);
      expect((await store.sentSince('2026-01-01')).some((s) => s.recipientId === person)).toBe(
        false,
      );
      expect(await store.switchedOff(other)).toEqual(['contractVersion']);
    });
  });
}
