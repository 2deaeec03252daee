import { describe, expect, it } from 'vitest';
import type { ContractStore } from '../../../src/app/ports';
import type { DevelopmentContract } from '../../../src/domain';
import {
  aFirstVersion,
  aFullCommitment,
  aNewContract,
  aRevision,
  expectOneWinner,
  expectPortError,
} from './store-fixtures';

export interface ContractSuiteOptions {
  /** Tests that write hundreds of items (paging); only worth it against a real list service. */
  bulk?: boolean;
}

const withVersions = (
  contract: DevelopmentContract,
  ...versions: DevelopmentContract['versions']
) => ({
  ...contract,
  versions: [...contract.versions, ...versions],
});

/** The ContractStore contract: every implementation must pass it. */
export function describeContractStore(
  name: string,
  makeStore: () => Promise<ContractStore>,
  options: ContractSuiteOptions = {},
): void {
  describe(`ContractStore: ${name}`, () => {
    it('has no contract for a report until one is saved', async () => {
      const store = await makeStore();
      expect(await store.get(aNewContract().reportId)).toBeUndefined();
    });

    it('round-trips every field of a new contract', async () => {
      const store = await makeStore();
      const contract = aNewContract();
      const saved = await store.saveVersion(contract, undefined);
      expect(saved.value).toEqual(contract);
      const read = await store.get(contract.reportId);
      expect(read?.value).toEqual(contract);
      expect(read?.etag).toBe(saved.etag);
    });

    it('keeps the manager’s in-gift reason with the commitment it explains, version by version', async () => {
      const store = await makeStore();
      const first = aNewContract();
      const v1 = first.versions[0] ?? aFirstVersion();
      const promise = aFullCommitment({
        party: 'manager',
        kind: 'other-manager',
        action: 'I will make sure you get promoted to senior at the March panel',
        inGiftReason:
          'I chair the promotion panel for this level, and its decision is mine to make.',
      });
      const v2 = { ...aRevision(v1), commitments: [...v1.commitments, promise] };
      const saved = await store.saveVersion(first, undefined);
      await store.saveVersion(withVersions(first, v2), saved.etag);
      const read = await store.get(first.reportId);
      expect(read?.value.versions[1]?.commitments.find((c) => c.id === promise.id)).toEqual(
        promise,
      );
      expect(read?.value.versions[0]?.commitments.some((c) => 'inGiftReason' in c)).toBe(false);
    });

    it('keeps every agreed version, oldest first', async () => {
      const store = await makeStore();
      const first = aNewContract();
      const v1 = first.versions[0] ?? aFirstVersion();
      const v2 = aRevision(v1);
      const v3 = aRevision(v2, { reason: 'goals-changed', agreedAt: '2026-12-01T14:00:00Z' });
      let saved = await store.saveVersion(first, undefined);
      saved = await store.saveVersion(withVersions(first, v2), saved.etag);
      saved = await store.saveVersion(withVersions(first, v2, v3), saved.etag);
      const read = await store.get(first.reportId);
      expect(read?.value.versions.map((v) => v.version)).toEqual([1, 2, 3]);
      expect(read?.value).toEqual(withVersions(first, v2, v3));
      expect(read?.etag).toBe(saved.etag);
    });

    it('refuses a second new contract for the same report', async () => {
      const store = await makeStore();
      const contract = aNewContract();
      await store.saveVersion(contract, undefined);
      await expectPortError(
        store.saveVersion({ ...contract, id: 'another' }, undefined),
        'conflict',
      );
    });

    it('refuses a stale etag and keeps what was saved first', async () => {
      const store = await makeStore();
      const contract = aNewContract();
      const v1 = contract.versions[0] ?? aFirstVersion();
      const saved = await store.saveVersion(contract, undefined);
      const mine = withVersions(contract, aRevision(v1, { note: 'Mine' }));
      const theirs = withVersions(contract, aRevision(v1, { note: 'Theirs' }));
      await store.saveVersion(mine, saved.etag);
      await expectPortError(store.saveVersion(theirs, saved.etag), 'conflict');
      expect((await store.get(contract.reportId))?.value).toEqual(mine);
    });

    it('of two saves against the same version, exactly one wins and nothing is lost', async () => {
      const store = await makeStore();
      const contract = aNewContract();
      const v1 = contract.versions[0] ?? aFirstVersion();
      const saved = await store.saveVersion(contract, undefined);
      const a = withVersions(contract, aRevision(v1, { note: 'From the Teams tab' }));
      const b = withVersions(contract, aRevision(v1, { note: 'From Outlook' }));
      const winner = await expectOneWinner(
        store.saveVersion(a, saved.etag),
        store.saveVersion(b, saved.etag),
      );
      const read = await store.get(contract.reportId);
      expect(read?.value).toEqual(winner.value);
      expect(read?.etag).toBe(winner.etag);
      expect(read?.value.versions).toHaveLength(2);
    });

    it('of two first saves for one report, exactly one wins', async () => {
      const store = await makeStore();
      const a = aNewContract();
      const b = { ...aNewContract({ reportId: a.reportId }), managerId: a.managerId };
      const winner = await expectOneWinner(
        store.saveVersion(a, undefined),
        store.saveVersion(b, undefined),
      );
      expect((await store.get(a.reportId))?.value).toEqual(winner.value);
    });

    it('refuses a version that does not follow the stored one', async () => {
      const store = await makeStore();
      const contract = aNewContract();
      const v1 = contract.versions[0] ?? aFirstVersion();
      const saved = await store.saveVersion(contract, undefined);
      const skipping = withVersions(contract, { ...aRevision(v1), version: 3 });
      await expectPortError(store.saveVersion(skipping, saved.etag), 'invalid');
      await expectPortError(
        store.saveVersion(aNewContract({ versions: [{ ...v1, version: 2 }] }), undefined),
        'invalid',
      );
    });

    it('records progress on a commitment without a new version, and moves the etag on', async () => {
      const store = await makeStore();
      const contract = aNewContract();
      const v1 = contract.versions[0] ?? aFirstVersion();
      const saved = await store.saveVersion(contract, undefined);
      const open = v1.commitments.find((c) => c.status === 'open') ?? aFullCommitment();
      const done = {
        ...open,
        status: 'done' as const,
        completedAt: '2026-07-01T12:00:00Z',
        scheduled: { via: 'calendar' as const, ref: 'event-1', at: '2026-06-20T09:00:00Z' },
      };
      const updated = await store.updateCommitment(contract.reportId, done, saved.etag);
      expect(updated.etag).not.toBe(saved.etag);
      const read = await store.get(contract.reportId);
      expect(read?.etag).toBe(updated.etag);
      expect(read?.value).toEqual(updated.value);
      expect(read?.value.versions).toHaveLength(1);
      expect(read?.value.versions[0]?.commitments.find((c) => c.id === open.id)).toEqual(done);
      // The progress moved the contract on: a save based on the old read must reload first.
      await expectPortError(
        store.saveVersion(withVersions(contract, aRevision(v1)), saved.etag),
        'conflict',
      );
    });

    it('keeps the note given when a commitment was marked done, and reads none as none', async () => {
      const store = await makeStore();
      const contract = aNewContract();
      const v1 = contract.versions[0] ?? aFirstVersion();
      const saved = await store.saveVersion(contract, undefined);
      const open = v1.commitments.find((c) => c.status === 'open') ?? aFullCommitment();
      const note = `Presented it at the guild; next: write it up. ${'é'.repeat(3)} <b>&</b>`;
      const done = {
        ...open,
        status: 'done' as const,
        completedAt: '2026-07-01T12:00:00Z',
        doneNote: note,
      };
      const updated = await store.updateCommitment(contract.reportId, done, saved.etag);
      const read = await store.get(contract.reportId);
      expect(read?.value.versions[0]?.commitments.find((c) => c.id === open.id)).toEqual(done);
      // A later completion without a note clears the earlier one rather than keeping it.
      const { doneNote: _kept, ...withoutNote } = done;
      expect(_kept).toBe(note);
      await store.updateCommitment(contract.reportId, withoutNote, updated.etag);
      const again = await store.get(contract.reportId);
      expect(again?.value.versions[0]?.commitments.find((c) => c.id === open.id)).toEqual(
        withoutNote,
      );
    });

    it('of two progress updates against the same etag, exactly one wins', async () => {
      const store = await makeStore();
      const contract = aNewContract();
      const saved = await store.saveVersion(contract, undefined);
      const [a, b] = (contract.versions[0]?.commitments ?? []).filter((c) => c.status === 'open');
      if (!a || !b) throw new Error('fixture needs two open commitments');
      const winner = await expectOneWinner(
        store.updateCommitment(
          contract.reportId,
          { ...a, status: 'done', completedAt: '2026-07-01T12:00:00Z' },
          saved.etag,
        ),
        store.updateCommitment(
          contract.reportId,
          { ...b, status: 'done', completedAt: '2026-07-02T12:00:00Z' },
          saved.etag,
        ),
      );
      expect((await store.get(contract.reportId))?.value).toEqual(winner.value);
    });

    it('keeps what was agreed: progress cannot change it, and unknown commitments are not found', async () => {
      const store = await makeStore();
      const contract = aNewContract();
      const saved = await store.saveVersion(contract, undefined);
      const first = contract.versions[0]?.commitments[0] ?? aFullCommitment();
      await expectPortError(
        store.updateCommitment(contract.reportId, { ...first, due: '2027-01-01' }, saved.etag),
        'invalid',
      );
      await expectPortError(
        store.updateCommitment(contract.reportId, aFullCommitment(), saved.etag),
        'not-found',
      );
      await expectPortError(
        store.updateCommitment(aNewContract().reportId, first, saved.etag),
        'not-found',
      );
      expect((await store.get(contract.reportId))?.value).toEqual(contract);
    });

    it('lists open commitments due before a date, from current versions only', async () => {
      const store = await makeStore();
      const open = (due: string, extra = {}) => aFullCommitment({ due, ...extra });
      const late = open('2026-01-10');
      const superseded = open('2026-01-12');
      const a = aNewContract({
        versions: [aFirstVersion({ commitments: [late, superseded], reviews: [] })],
      });
      const saved = await store.saveVersion(a, undefined);
      const laterDate = { ...superseded, due: '2026-03-01' };
      await store.saveVersion(
        withVersions(
          a,
          aRevision(a.versions[0] ?? aFirstVersion(), { commitments: [late, laterDate] }),
        ),
        saved.etag,
      );
      const dueToday = open('2026-02-01');
      const b = aNewContract({
        versions: [
          aFirstVersion({
            commitments: [
              open('2026-01-05', { party: 'manager', kind: 'introduction' }),
              open('2026-01-01', { status: 'done', completedAt: '2026-01-01T10:00:00Z' }),
              dueToday,
            ],
          }),
        ],
      });
      await store.saveVersion(b, undefined);
      const other = aNewContract({
        versions: [aFirstVersion({ commitments: [open('2026-01-02')] })],
      });
      await store.saveVersion(other, undefined);

      const due = await store.listOpenCommitmentsDue(
        [a.reportId, b.reportId, 'nobody'],
        '2026-02-01',
      );
      expect(due.map((d) => [d.reportId, d.commitment.due])).toEqual([
        [b.reportId, '2026-01-05'],
        [a.reportId, '2026-01-10'],
      ]);
      expect(due[1]).toEqual({
        reportId: a.reportId,
        contractId: a.id,
        version: 2,
        commitment: late,
      });
      expect(await store.listOpenCommitmentsDue([], '2026-02-01')).toEqual([]);
    });

    it('erases every version and commitment of one report, and only theirs', async () => {
      const store = await makeStore();
      const contract = aNewContract();
      const v1 = contract.versions[0] ?? aFirstVersion();
      const kept = aNewContract();
      const saved = await store.saveVersion(contract, undefined);
      await store.saveVersion(withVersions(contract, aRevision(v1)), saved.etag);
      await store.saveVersion(kept, undefined);

      await store.removeAll(contract.reportId);
      expect(await store.get(contract.reportId)).toBeUndefined();
      expect(await store.listOpenCommitmentsDue([contract.reportId], '2099-01-01')).toEqual([]);
      expect((await store.get(kept.reportId))?.value).toEqual(kept);
      // Nothing is left over to clash with a fresh start.
      const fresh = await store.saveVersion(contract, undefined);
      expect((await store.get(contract.reportId))?.value).toEqual(fresh.value);
      await store.removeAll(contract.reportId);
      await store.removeAll(contract.reportId);
    });

    if (options.bulk) {
      it(
        'reads and erases a contract whose rows span several pages',
        { timeout: 180_000 },
        async () => {
          const store = await makeStore();
          const many = (n: number) =>
            Array.from({ length: n }, (_, i) =>
              aFullCommitment({ action: `Commitment number ${i} of many`, due: '2026-01-01' }),
            );
          let contract = aNewContract({
            versions: [aFirstVersion({ commitments: many(24), reviews: [] })],
          });
          let saved = await store.saveVersion(contract, undefined);
          for (let version = 2; version <= 9; version += 1) {
            const previous = contract.versions.at(-1) ?? aFirstVersion();
            contract = withVersions(
              contract,
              aRevision(previous, { version, commitments: many(24), reviews: [] }),
            );
            saved = await store.saveVersion(contract, saved.etag);
          }
          const read = await store.get(contract.reportId);
          expect(read?.value).toEqual(contract);
          expect(read?.value.versions.flatMap((v) => v.commitments)).toHaveLength(216);
          const due = await store.listOpenCommitmentsDue([contract.reportId], '2026-06-01');
          expect(due).toHaveLength(24);
          expect(due.every((d) => d.version === 9)).toBe(true);
          await store.removeAll(contract.reportId);
          expect(await store.get(contract.reportId)).toBeUndefined();
        },
      );
    }
  });
}
