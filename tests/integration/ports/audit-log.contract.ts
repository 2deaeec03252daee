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

/** Everything the log holds about the person, oldest entries last. */
const about = (log: AuditLog, subjectId: string) => log.listForSubject(subjectId);

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

    describe('reads summarised per reader, person, read and day', () => {
      it('stores two reads by the same reader of the same person on the same day as one entry counted twice', async () => {
        const log = await makeLog();
        const subjectId = uniqueId('report');
        const read = anEntry(subjectId, '2026-10-01T09:00:00Z');
        expect(await log.recordReads([read])).toEqual([]);
        expect(await log.recordReads([{ ...read, at: '2026-10-01T15:30:00Z' }])).toEqual([]);
        expect(await about(log, subjectId)).toEqual([
          stored({
            ...read,
            at: '2026-10-01T15:30:00Z',
            firstAt: '2026-10-01T09:00:00Z',
            count: 2,
          }),
        ]);
        // Several reads in one call, a summary among them, and one earlier than the first.
        await log.recordReads([
          { ...read, at: '2026-10-01T08:00:00Z' },
          { ...read, at: '2026-10-01T12:00:00Z', count: 3 },
        ]);
        expect(await about(log, subjectId)).toEqual([
          stored({
            ...read,
            at: '2026-10-01T15:30:00Z',
            firstAt: '2026-10-01T08:00:00Z',
            count: 6,
          }),
        ]);
      });

      it('keeps a different day, reader, person, action or record apart', async () => {
        const log = await makeLog();
        const subjectId = uniqueId('report');
        const read = anEntry(subjectId, '2026-10-02T09:00:00Z');
        const otherPerson = anEntry(uniqueId('report'), read.at, { actorId: read.actorId });
        const apart = [
          { ...read, at: '2026-10-03T09:00:00Z' },
          { ...read, actorId: uniqueId('manager') },
          { ...read, action: 'profile.read' },
          { ...read, recordId: uniqueId('contract') },
        ] as AuditEntry[];
        await log.recordReads([read, otherPerson, ...apart]);
        await log.recordReads([read, otherPerson, ...apart]);
        const found = await about(log, subjectId);
        expect(found).toHaveLength(5);
        expect(found.map((e) => e.count)).toEqual([2, 2, 2, 2, 2]);
        expect(await about(log, otherPerson.subjectId)).toEqual([
          stored({ ...otherPerson, firstAt: otherPerson.at, count: 2 }),
        ]);
      });

      it('loses no count when several callers record the same reads at once', async () => {
        const log = await makeLog();
        const subjectId = uniqueId('report');
        const read = anEntry(subjectId, '2026-10-04T09:00:00Z');
        const other = anEntry(subjectId, '2026-10-04T09:00:00Z', { action: 'profile.read' });
        const callers = (from: number) =>
          Array.from({ length: 4 }, (_, i) =>
            log.recordReads([
              { ...read, at: `2026-10-04T${String(from + i).padStart(2, '0')}:00:00Z` },
              other,
            ]),
          );
        // First nobody has the day's items (they race to create them), then all update them.
        expect(await Promise.all(callers(9))).toEqual([[], [], [], []]);
        expect(await Promise.all(callers(13))).toEqual([[], [], [], []]);
        const found = await about(log, subjectId);
        expect(found.map((e) => [e.action, e.count, e.firstAt, e.at])).toEqual([
          ['contract.read-current', 8, '2026-10-04T09:00:00Z', '2026-10-04T16:00:00Z'],
          ['profile.read', 8, '2026-10-04T09:00:00Z', '2026-10-04T09:00:00Z'],
        ]);
      });

      it('erases summarised reads with the rest of the person’s entries', async () => {
        const log = await makeLog();
        const [erased, kept] = [uniqueId('report'), uniqueId('report')];
        await log.recordReads([anEntry(erased, '2026-10-05T09:00:00Z')]);
        await log.recordReads([anEntry(erased, '2026-10-05T10:00:00Z')]);
        await log.recordReads([anEntry(kept, '2026-10-05T09:00:00Z')]);
        await log.eraseSubject(erased);
        expect(await about(log, erased)).toEqual([]);
        expect(await about(log, kept)).toHaveLength(1);
      });

      it('stores refusals and changes one entry each, never summarised', async () => {
        const log = await makeLog();
        const subjectId = uniqueId('report');
        const refused = {
          at: '2026-10-06T09:00:00Z',
          actorId: uniqueId('peer'),
          subjectId,
          action: 'contract.read-current',
          outcome: 'denied',
          reason: 'not-your-report',
        } as const;
        const change = anEntry(subjectId, '2026-10-06T10:00:00Z', {
          action: 'commitment.update',
          recordId: uniqueId('commitment'),
        });
        const again: AuditEntry[] = [
          { ...refused, at: '2026-10-06T11:00:00Z' },
          { ...change, at: '2026-10-06T12:00:00Z' },
        ];
        await log.recordReads([refused, change]);
        await log.recordReads(again);
        const found = await about(log, subjectId);
        expect(found).toEqual([...again].reverse().concat(change, refused).map(stored));
      });
    });
  });
}
