import { describe, expect, it } from 'vitest';
import type { ConsentRecord, ConsentStore } from '../../../src/app/ports';
import { expectOneWinner, expectPortError, uniqueId } from './store-fixtures';

function aConsent(overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    id: uniqueId('consent'),
    reportId: uniqueId('report'),
    managerId: uniqueId('manager'),
    grantedAt: '2026-05-20T10:00:00Z',
    ...overrides,
  };
}

/** The ConsentStore contract: every implementation must pass it. */
export function describeConsentStore(name: string, makeStore: () => Promise<ConsentStore>): void {
  describe(`ConsentStore: ${name}`, () => {
    it('round-trips grants, oldest first, for that report only', async () => {
      const store = await makeStore();
      const first = aConsent();
      const second = aConsent({ reportId: first.reportId, grantedAt: '2026-05-21T10:00:00Z' });
      const a = await store.create(first);
      const b = await store.create(second);
      expect([a.value, b.value]).toEqual([first, second]);
      expect(await store.listForReport(first.reportId)).toEqual([a, b]);
      expect(await store.listForReport(uniqueId('report'))).toEqual([]);
    });

    it('refuses a second unrevoked grant to the same manager, even at the same time', async () => {
      const store = await makeStore();
      const consent = aConsent();
      const again = () => ({ ...consent, id: uniqueId('consent') });
      const winner = await expectOneWinner(store.create(again()), store.create(again()));
      await expectPortError(store.create(again()), 'conflict');
      await expectPortError(store.create({ ...winner.value, managerId: 'x' }), 'conflict');
      expect(await store.listForReport(consent.reportId)).toEqual([winner]);
    });

    it('revokes with the etag read, keeps the revoked grant, then allows a new one', async () => {
      const store = await makeStore();
      const granted = await store.create(aConsent());
      const revoked = { ...granted.value, revokedAt: '2026-06-01T10:00:00Z' };
      const winner = await expectOneWinner(
        store.update(revoked, granted.etag),
        store.update({ ...revoked, revokedAt: '2026-06-02T10:00:00Z' }, granted.etag),
      );
      await expectPortError(store.update(granted.value, granted.etag), 'conflict');
      const renewed = await store.create({
        ...granted.value,
        id: uniqueId('consent'),
        grantedAt: '2026-07-01T10:00:00Z',
      });
      expect(await store.listForReport(granted.value.reportId)).toEqual([winner, renewed]);
      await expectPortError(store.update(aConsent(), winner.etag), 'not-found');
    });

    it('erases every grant of one report, and only theirs', async () => {
      const store = await makeStore();
      const mine = aConsent();
      await store.create(mine);
      await store.create({ ...aConsent(), reportId: mine.reportId });
      const kept = await store.create(aConsent());
      await store.removeAll(mine.reportId);
      expect(await store.listForReport(mine.reportId)).toEqual([]);
      expect(await store.listForReport(kept.value.reportId)).toEqual([kept]);
    });
  });
}
