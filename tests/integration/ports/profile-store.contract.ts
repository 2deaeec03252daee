import { describe, expect, it } from 'vitest';
import type { ProfileStore, ReportProfile } from '../../../src/app/ports';
import { expectOneWinner, expectPortError, TRICKY_TEXT, uniqueId } from './store-fixtures';

function aProfile(overrides: Partial<ReportProfile> = {}): ReportProfile {
  return {
    reportId: uniqueId('report'),
    managerId: uniqueId('manager'),
    direction: {
      text: `Lead a platform team within three years ${TRICKY_TEXT}`,
      recordedAt: '2026-06-01T14:00:00Z',
    },
    // In the playbook's order, which is the order the store hands back.
    transitions: [
      { transition: 'promotion-decision', since: '2026-04-01' },
      { transition: 'returning-from-leave', since: '2026-05-15' },
    ],
    ...overrides,
  };
}

/** The ProfileStore contract: every implementation must pass it. */
export function describeProfileStore(name: string, makeStore: () => Promise<ProfileStore>): void {
  describe(`ProfileStore: ${name}`, () => {
    it('round-trips every field', async () => {
      const store = await makeStore();
      const profile = aProfile();
      const saved = await store.put(profile, undefined);
      expect(saved.value).toEqual(profile);
      expect(await store.get(profile.reportId)).toEqual(saved);
      const bare = aProfile({ transitions: [] });
      delete bare.direction;
      expect((await store.put(bare, undefined)).value).toEqual(bare);
      expect(await store.get(uniqueId('report'))).toBeUndefined();
    });

    it('hands transitions back in the playbook order and refuses duplicates', async () => {
      const store = await makeStore();
      const profile = aProfile();
      const reversed = { ...profile, transitions: [...profile.transitions].reverse() };
      expect((await store.put(reversed, undefined)).value).toEqual(profile);
      const twice = aProfile({
        transitions: [
          { transition: 'expressed-uncertainty', since: '2026-01-01' },
          { transition: 'expressed-uncertainty', since: '2026-02-01' },
        ],
      });
      await expectPortError(store.put(twice, undefined), 'invalid');
    });

    it('creates once, then replaces only with the etag read', async () => {
      const store = await makeStore();
      const profile = aProfile();
      const saved = await store.put(profile, undefined);
      await expectPortError(store.put(profile, undefined), 'conflict');
      const moved = {
        ...profile,
        transitions: [{ transition: 'expressed-uncertainty' as const, since: '2026-06-02' }],
      };
      const updated = await store.put(moved, saved.etag);
      expect(updated.value).toEqual(moved);
      await expectPortError(store.put(profile, saved.etag), 'conflict');
      expect(await store.get(profile.reportId)).toEqual(updated);
      await expectPortError(store.put(aProfile(), saved.etag), 'not-found');
    });

    it('of two concurrent writes, exactly one wins', async () => {
      const store = await makeStore();
      const profile = aProfile();
      const saved = await store.put(profile, undefined);
      const withText = (text: string) => ({
        ...profile,
        direction: { text, recordedAt: '2026-06-03T09:00:00Z' },
      });
      const winner = await expectOneWinner(
        store.put(withText('From the Teams tab'), saved.etag),
        store.put(withText('From Outlook'), saved.etag),
      );
      expect(await store.get(profile.reportId)).toEqual(winner);
      const fresh = aProfile();
      await expectOneWinner(store.put(fresh, undefined), store.put(fresh, undefined));
    });

    it('erases the profile of one report, and only theirs', async () => {
      const store = await makeStore();
      const profile = aProfile();
      const kept = await store.put(aProfile(), undefined);
      await store.put(profile, undefined);
      await store.removeAll(profile.reportId);
      expect(await store.get(profile.reportId)).toBeUndefined();
      expect(await store.get(kept.value.reportId)).toEqual(kept);
      await store.put(profile, undefined);
    });
  });
}
