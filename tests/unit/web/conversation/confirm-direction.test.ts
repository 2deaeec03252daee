import { describe, expect, it, vi } from 'vitest';
import type {
  CareerApiClient,
  ProfileRecord,
} from '../../../../src/adapters/career-api/career-api-client';
import {
  confirmDirection,
  proposedDirection,
} from '../../../../src/web/features/conversation/api/confirm-direction';

const base: ProfileRecord = {
  reportId: 'r1',
  managerId: 'm1',
  direction: { text: 'Old words', recordedAt: '2026-01-01T00:00:00Z' },
  transitions: [{ transition: 'promotion-decision', since: '2026-10-01' }],
  etag: '"7"',
};

describe('what phase 2 produced becomes the recorded direction once the manager confirms it', () => {
  it('proposes the "where do you want to go" notes, trimmed, and nothing when they are empty', () => {
    expect(proposedDirection('  Lead the platform migration within two years.\n')).toBe(
      'Lead the platform migration within two years.',
    );
    expect(proposedDirection('   ')).toBeUndefined();
    expect(proposedDirection('x'.repeat(2_500))).toHaveLength(2_000);
  });

  it('stores the confirmed words as the direction, keeping the transitions and the ETag', async () => {
    const saved: ProfileRecord = {
      ...base,
      direction: { text: 'Lead the platform migration.', recordedAt: '2026-12-08T10:00:00Z' },
      etag: '"8"',
    };
    const saveProfile = vi.fn(() => Promise.resolve(saved));
    const api = { saveProfile } as unknown as CareerApiClient;
    const result = await confirmDirection(api, 'r1', 'Lead the platform migration.', base);
    expect(saveProfile).toHaveBeenCalledWith(
      'r1',
      {
        direction: 'Lead the platform migration.',
        transitions: [{ transition: 'promotion-decision', since: '2026-10-01' }],
      },
      '"7"',
    );
    expect(result.direction?.text).toBe('Lead the platform migration.');
  });
});
