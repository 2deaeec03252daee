import { describe, expect, it } from 'vitest';
import type { AuditEntry, AuditLog } from '../../../src/app/ports';
import { uniqueId } from './store-fixtures';

function anEntry(subjectId: string, at: string, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    at,
    actorId: uniqueId('manager'),
    subjectId,
    action: 'contract.read-current',
    outcome: 'allowed',
    basis: 'current-manager',
    ...overrides,
  } as AuditEntry;
}

const stored = (entry: AuditEntry) => ({ ...entry, id: expect.any(String) as unknown });

/** The AuditLog contract: every implementation must pass it. */
export function describeAuditLog(name: string, makeLog: () => Promise<AuditLog>): void {
  describe(`AuditLog: ${name}`, () => {
    it('round-trips every outcome for the subject, newest first, each with its own id', async () => {
      const log = await makeLog();
      const subjectId = uniqueId('report');
      const allowed = anEntry(subjectId, '2026-05-20T10:00:00Z', {
        recordId: uniqueId('contract'),
      });
      const failed = anEntry(subjectId, '2026-05-21T10:00:00Z', {
        action: 'commitment.mark-done',
        outcome: 'failed',
        basis: 'current-manager-with-consent',
      });
      const denied = {
        at: '2026-05-22T10:00:00Z',
        actorId: uniqueId('peer'),
        subjectId,
        action: 'conversation.read',
        outcome: 'denied',
        reason: 'history-needs-consent',
      } as const;
      await log.append(allowed);
      await log.append(failed);
      await log.append(denied);
      await log.append(anEntry(uniqueId('report'), '2026-05-23T10:00:00Z'));
      const found = await log.listForSubject(subjectId);
      expect(found).toEqual([denied, failed, allowed].map(stored));
      expect(new Set(found.map((e) => e.id)).size).toBe(3);
      expect(await log.listForSubject(uniqueId('report'))).toEqual([]);
    });

    it('lists what one person did, across subjects, newest first', async () => {
      const log = await makeLog();
      const actorId = uniqueId('manager');
      const first = anEntry(uniqueId('report'), '2026-06-01T09:00:00Z', { actorId });
      const second = anEntry(uniqueId('report'), '2026-06-02T09:00:00Z', { actorId });
      await log.append(first);
      await log.append(anEntry(first.subjectId, '2026-06-03T09:00:00Z'));
      await log.append(second);
      expect(await log.listByActor(actorId)).toEqual([second, first].map(stored));
    });

    it('erases every entry about one person, and only those', async () => {
      const log = await makeLog();
      const [erased, kept] = [uniqueId('report'), uniqueId('report')];
      // More than one $batch of deletions (at most 20 steps each).
      const about = Array.from({ length: 23 }, (_, i) =>
        anEntry(erased, `2026-08-01T08:${String(i).padStart(2, '0')}:00Z`),
      );
      for (const entry of about) await log.append(entry);
      // What the erased person did to someone else belongs to that person's trail.
      const byThem = anEntry(kept, '2026-08-02T08:00:00Z', { actorId: erased });
      const aboutKept = anEntry(kept, '2026-08-02T09:00:00Z');
      await log.append(byThem);
      await log.append(aboutKept);
      expect(await log.listForSubject(erased)).toHaveLength(23);

      await log.eraseSubject(erased);
      expect(await log.listForSubject(erased)).toEqual([]);
      expect(await log.listForSubject(kept)).toEqual([aboutKept, byThem].map(stored));
      expect(await log.listByActor(erased)).toEqual([stored(byThem)]);
      // Erasing again, or someone with no entries, is not an error.
      await log.eraseSubject(erased);
      await log.eraseSubject(uniqueId('report'));
      const after = anEntry(erased, '2026-08-03T08:00:00Z', {
        action: 'erase.person',
        basis: 'hr-admin-operation',
      });
      await log.append(after);
      expect(await log.listForSubject(erased)).toEqual([stored(after)]);
    });

    it('pages after an entry: the rest of its second, then older ones, down to the oldest', async () => {
      const log = await makeLog();
      const subjectId = uniqueId('report');
      // Three entries share a second, so a page can end in the middle of it.
      const days = ['2026-09-01', '2026-09-02', '2026-09-02', '2026-09-02', '2026-09-03'];
      for (const [i, day] of days.entries()) {
        await log.append(
          anEntry(subjectId, `${day}T08:00:00Z`, { recordId: `record-${String(i)}` }),
        );
      }
      const seen: string[] = [];
      let page = await log.listForSubject(subjectId, { limit: 2 });
      while (page.length > 0) {
        seen.push(...page.map((e) => e.recordId ?? ''));
        // A store that ignores `after` repeats its first page: stop rather than loop.
        expect(seen.length).toBeLessThanOrEqual(days.length);
        const last = page.at(-1);
        if (last?.id === undefined) throw new Error('an entry without its id');
        page = await log.listForSubject(subjectId, {
          limit: 2,
          after: { at: last.at, id: last.id },
        });
      }
      expect(seen).toEqual(['record-4', 'record-3', 'record-2', 'record-1', 'record-0']);
    });

    it('keeps to the limit, newest first, later appends first within the same second', async () => {
      const log = await makeLog();
      const subjectId = uniqueId('report');
      const entries = ['2026-07-01', '2026-07-02', '2026-07-03', '2026-07-03'].map((day, i) =>
        anEntry(subjectId, `${day}T08:00:00Z`, { recordId: `record-${String(i)}` }),
      );
      for (const entry of entries) await log.append(entry);
      const newest = await log.listForSubject(subjectId, { limit: 3 });
      expect(newest.map((e) => e.recordId)).toEqual(['record-3', 'record-2', 'record-1']);
      expect(await log.listForSubject(subjectId, { limit: 1 })).toHaveLength(1);
    });
  });
}
