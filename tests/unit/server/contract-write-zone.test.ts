import { describe, expect, it } from 'vitest';
import { createHarness, firstContractBody, MANAGER, REPORT } from './harness';

const contractPath = `/api/people/${REPORT}/contract`;

/**
 * A change to the contract answers with its health "today" in the caller's zone (`?tz=`). A zone
 * that is not one is a 400 before anything is saved, never after: the caller who is told their
 * request failed must find nothing changed.
 */
describe('a contract change with a time zone that is not one', () => {
  it('is refused with 400 naming query.tz, and the contract is not changed', async () => {
    const h = createHarness();
    const created = await h.call(MANAGER, 'POST', `${contractPath}/versions`, {
      body: firstContractBody(),
    });
    expect(created.status, created.text).toBe(201);
    const etag = created.headers.get('etag') ?? '';
    const refused = await h.call(
      MANAGER,
      'POST',
      `${contractPath}/commitments?tz=${encodeURIComponent('Not/AZone')}`,
      {
        ifMatch: etag,
        body: {
          party: 'manager',
          kind: 'introduction',
          action: 'Introduce Noah to the platform lead',
          due: '2026-09-30',
          reason: 'goals-changed',
          note: 'Agreed in the follow-up',
        },
      },
    );
    expect(refused.status, refused.text).toBe(400);
    expect(refused.text).toContain('query.tz');
    const after = await h.call(MANAGER, 'GET', contractPath);
    expect(after.json.versionCount).toBe(created.json.versionCount);
    expect(after.headers.get('etag')).toBe(etag);
  });
});
