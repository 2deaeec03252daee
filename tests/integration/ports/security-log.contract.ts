import { describe, expect, it } from 'vitest';
import type { Refusal, RefusalCount, SecurityLog } from '../../../src/app/ports';
import { uniqueId } from './store-fixtures';

function aRefusal(overrides: Partial<Refusal> = {}): Refusal {
  return {
    at: '2026-05-20T10:15:00Z',
    actorId: uniqueId('peer'),
    subjectId: uniqueId('report'),
    action: 'contract.read-current',
    reason: 'not-your-report',
    ...overrides,
  };
}

async function rowsAbout(log: SecurityLog, subjectId: string, since: string) {
  const rows = await log.listRefusals({ since });
  return rows.filter((row) => row.subjectId === subjectId);
}

/** The SecurityLog contract: every implementation must pass it. */
export function describeSecurityLog(name: string, makeLog: () => Promise<SecurityLog>): void {
  describe(`SecurityLog: ${name}`, () => {
    it('counts refusals in one row per actor, subject, action, reason and hour', async () => {
      const log = await makeLog();
      const first = aRefusal();
      const same = { actorId: first.actorId, subjectId: first.subjectId };
      for (const at of ['2026-05-20T10:15:00Z', '2026-05-20T10:59:59Z', '2026-05-20T10:00:00Z']) {
        await log.recordRefusal(aRefusal({ ...same, at }));
      }
      await log.recordRefusal(aRefusal({ ...same, at: '2026-05-20T11:00:00Z' }));
      await log.recordRefusal(
        aRefusal({ ...same, action: 'conversation.read', reason: 'history-needs-consent' }),
      );
      await log.recordRefusal(aRefusal({ subjectId: first.subjectId }));

      const rows = await rowsAbout(log, first.subjectId, '2026-05-20T00:00:00Z');
      const expected: RefusalCount[] = [
        {
          hour: '2026-05-20T11:00:00Z',
          ...same,
          action: 'contract.read-current',
          reason: 'not-your-report',
          count: 1,
          lastAt: '2026-05-20T11:00:00Z',
        },
        {
          hour: '2026-05-20T10:00:00Z',
          ...same,
          action: 'contract.read-current',
          reason: 'not-your-report',
          count: 3,
          lastAt: '2026-05-20T10:59:59Z',
        },
      ];
      // Newest hour first; rows of one hour in no promised order.
      expect(rows[0]).toEqual(expected[0]);
      expect(rows.slice(1)).toHaveLength(3);
      expect(rows.slice(1)).toContainEqual(expected[1]);
      expect(rows.slice(1)).toContainEqual(
        expect.objectContaining({ action: 'conversation.read', count: 1 }),
      );
      expect(rows.filter((r) => r.actorId !== first.actorId)).toEqual([
        expect.objectContaining({ count: 1, hour: '2026-05-20T10:00:00Z' }),
      ]);
      // Hours before `since`'s hour are left out; `since` counts from the start of its hour.
      const later = await rowsAbout(log, first.subjectId, '2026-05-20T11:30:00Z');
      expect(later).toEqual([expected[0]]);
    });

    it('counts every one of a burst of concurrent refusals', async () => {
      const log = await makeLog();
      const refusal = aRefusal({ at: '2026-06-01T08:00:00Z' });
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          log.recordRefusal({ ...refusal, at: `2026-06-01T08:00:${String(i).padStart(2, '0')}Z` }),
        ),
      );
      await log.recordRefusal(refusal);
      expect(await rowsAbout(log, refusal.subjectId, '2026-06-01T08:00:00Z')).toEqual([
        expect.objectContaining({ count: 31, lastAt: '2026-06-01T08:00:29Z' }),
      ]);
    });

    it('erases the rows about one person, and only those', async () => {
      const log = await makeLog();
      const erased = uniqueId('report');
      const kept = uniqueId('report');
      await log.recordRefusal(aRefusal({ subjectId: erased, at: '2026-07-01T08:00:00Z' }));
      await log.recordRefusal(aRefusal({ subjectId: erased, at: '2026-07-01T09:00:00Z' }));
      // What the erased person was refused about someone else stays with that person.
      await log.recordRefusal(
        aRefusal({ actorId: erased, subjectId: kept, at: '2026-07-01T08:00:00Z' }),
      );
      await log.eraseSubject(erased);
      await log.eraseSubject(uniqueId('report'));
      expect(await rowsAbout(log, erased, '2026-07-01T00:00:00Z')).toEqual([]);
      expect(await rowsAbout(log, kept, '2026-07-01T00:00:00Z')).toEqual([
        expect.objectContaining({ actorId: erased, count: 1 }),
      ]);
    });

    it('keeps to the limit, newest hour first', async () => {
      const log = await makeLog();
      const subjectId = uniqueId('report');
      for (const hour of ['2030-01-01T08', '2030-01-01T09', '2030-01-01T10']) {
        await log.recordRefusal(aRefusal({ subjectId, at: `${hour}:30:00Z` }));
      }
      const rows = await log.listRefusals({ since: '2030-01-01T00:00:00Z', limit: 2 });
      expect(rows.map((r) => r.hour)).toEqual(['2030-01-01T10:00:00Z', '2030-01-01T09:00:00Z']);
    });
  });
}
