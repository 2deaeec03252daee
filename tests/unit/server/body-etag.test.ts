import { describe, expect, it } from 'vitest';
import { createHarness, firstContractBody, MANAGER, REPORT } from './harness';

/**
 * The app sends back the `etag` it read in a body (list items have no header of their own), so
 * that field must be the very ETag `If-Match` accepts, for every kind of record.
 */
describe('the etag in a body is the one If-Match takes', () => {
  it('for a conversation read from the list, and for the current contract', async () => {
    const h = createHarness();
    await h.call(MANAGER, 'POST', `/api/people/${REPORT}/conversations`, {
      body: { kind: 'full' },
    });
    const list = await h.call(MANAGER, 'GET', `/api/people/${REPORT}/conversations`);
    const [item] = list.json.items as { id: string; etag: string }[];
    const patched = await h.call(MANAGER, 'PATCH', `/api/conversations/${item?.id ?? ''}`, {
      body: { sharedNotes: 'from the list' },
      ifMatch: item?.etag ?? '',
    });
    expect(patched.status).toBe(200);
    expect(patched.json.etag).toBe(patched.headers.get('etag'));

    const created = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
      body: firstContractBody(),
    });
    expect(created.json.etag).toBe(created.headers.get('etag'));
    const mine = (
      created.json.current as { commitments: { id: string; party: string }[] }
    ).commitments.find((c) => c.party === 'manager');
    const done = await h.call(
      MANAGER,
      'POST',
      `/api/people/${REPORT}/contract/commitments/${mine?.id ?? ''}/done`,
      { ifMatch: String(created.json.etag) },
    );
    expect(done.status).toBe(200);
  });
});
