import { describe, expect, it } from 'vitest';
import { UNKNOWN_START, type ManagerHistory } from '../../../src/app/ports';
import { uniqueId } from './store-fixtures';

/** The ManagerHistory contract: every implementation must pass it. */
export function describeManagerHistory(
  name: string,
  makeHistory: () => Promise<ManagerHistory>,
): void {
  describe(`ManagerHistory: ${name}`, () => {
    it('opens, keeps and closes stints as the observed manager changes', async () => {
      const history = await makeHistory();
      const reportId = uniqueId('report');
      const [ada, bo, cy] = [uniqueId('ada'), uniqueId('bo'), uniqueId('cy')];
      expect(await history.stints(reportId)).toEqual([]);
      const first = [{ managerId: ada, since: UNKNOWN_START }];
      expect(await history.observe(reportId, ada, UNKNOWN_START)).toEqual(first);
      expect(await history.observe(reportId, ada, '2026-03-01T09:00:00Z')).toEqual(first);
      const handedOver = [
        { managerId: ada, since: UNKNOWN_START, until: '2026-04-01T09:00:00Z' },
        { managerId: bo, since: '2026-04-01T09:00:00Z' },
      ];
      expect(await history.observe(reportId, bo, '2026-04-01T09:00:00Z')).toEqual(handedOver);
      const [adaStint] = handedOver;
      const nobody = [
        adaStint,
        { managerId: bo, since: handedOver[1]?.since, until: '2026-05-01T09:00:00Z' },
      ];
      expect(await history.observe(reportId, undefined, '2026-05-01T09:00:00Z')).toEqual(nobody);
      expect(await history.observe(reportId, undefined, '2026-05-02T09:00:00Z')).toEqual(nobody);
      expect(await history.observe(reportId, cy, '2026-06-01T09:00:00Z')).toEqual([
        ...nobody,
        { managerId: cy, since: '2026-06-01T09:00:00Z' },
      ]);
      expect(await history.stints(reportId)).toHaveLength(3);
      expect(await history.stints(uniqueId('report'))).toEqual([]);
    });

    it('erases one report’s stints, and only theirs', async () => {
      const history = await makeHistory();
      const [mine, other] = [uniqueId('report'), uniqueId('report')];
      await history.observe(mine, 'ada', UNKNOWN_START);
      await history.observe(mine, 'bo', '2026-04-01T09:00:00Z');
      const kept = await history.observe(other, 'ada', UNKNOWN_START);
      await history.removeAll(mine);
      expect(await history.stints(mine)).toEqual([]);
      expect(await history.stints(other)).toEqual(kept);
    });
  });
}
