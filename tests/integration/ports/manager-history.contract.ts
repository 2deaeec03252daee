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

    it('records one stint however many requests observe the same change at once', async () => {
      const history = await makeHistory();
      const reportId = uniqueId('report');
      const [ada, bo] = [uniqueId('ada'), uniqueId('bo')];
      const racers = 6;
      const first = await Promise.all(
        Array.from({ length: racers }, () => history.observe(reportId, ada, UNKNOWN_START)),
      );
      const opened = [{ managerId: ada, since: UNKNOWN_START }];
      expect(await history.stints(reportId)).toEqual(opened);
      for (const seen of first) expect(seen).toEqual(opened);

      // The handover seen by several requests, each a moment apart.
      const times = Array.from({ length: racers }, (_, i) => `2026-04-01T09:00:0${String(i)}Z`);
      const handed = await Promise.all(times.map((at) => history.observe(reportId, bo, at)));
      const stints = await history.stints(reportId);
      expect(stints).toHaveLength(2);
      const [adaStint, boStint] = stints;
      expect(adaStint).toMatchObject({ managerId: ada, since: UNKNOWN_START });
      expect(times).toContain(adaStint?.until);
      expect(boStint?.managerId).toBe(bo);
      expect(times).toContain(boStint?.since);
      expect(boStint?.until).toBeUndefined();
      for (const seen of handed) expect(seen).toEqual(stints);
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
