import { describe, expect, it } from 'vitest';
import { createHarness, firstContractBody, MANAGER, REPORT } from './harness';

describe('ETag conflicts through the API', () => {
  it('two PATCHes with the same If-Match: one 200, one 412, nothing overwritten', async () => {
    const h = createHarness();
    const created = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/conversations`, {
      body: { kind: 'full' },
    });
    const path = `/api/conversations/${String(created.json.id)}`;
    const etag = created.headers.get('etag') ?? '';
    const [a, b] = await Promise.all([
      h.call(MANAGER, 'PATCH', path, { body: { sharedNotes: 'from tab A' }, ifMatch: etag }),
      h.call(MANAGER, 'PATCH', path, { body: { sharedNotes: 'from tab B' }, ifMatch: etag }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const winner = a.status === 200 ? 'from tab A' : 'from tab B';
    const stored = await h.call(MANAGER, 'GET', path);
    expect(stored.json.sharedNotes).toBe(winner);
    const loser = a.status === 412 ? a : b;
    expect(loser.headers.get('content-type')).toContain('application/problem+json');
    expect(loser.json.type).toBe('urn:career-api:problem:precondition-failed');
  });

  it('two marks with the same contract ETag: one 200, one 412', async () => {
    const h = createHarness();
    const created = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
      body: firstContractBody(),
    });
    const etag = created.headers.get('etag') ?? '';
    const commitments = (created.json.current as { commitments: { id: string; party: string }[] })
      .commitments;
    const reportOwn = commitments.find((c) => c.party === 'report')?.id ?? '';
    const managerOwn = commitments.find((c) => c.party === 'manager')?.id ?? '';
    const base = `/api/people/${REPORT}/contract/commitments`;
    const [a, b] = await Promise.all([
      h.call(REPORT, 'POST', `${base}/${reportOwn}/done`, { ifMatch: etag }),
      h.call(MANAGER, 'POST', `${base}/${managerOwn}/done`, { ifMatch: etag }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
  });

  it('refuses a write without If-Match (428) and with a made-up one (412)', async () => {
    const h = createHarness();
    const created = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/conversations`, {
      body: { kind: 'full' },
    });
    const path = `/api/conversations/${String(created.json.id)}`;
    const none = await h.call(MANAGER, 'PATCH', path, { body: { sharedNotes: 'x' } });
    expect(none.status).toBe(428);
    const star = await h.call(MANAGER, 'PATCH', path, { body: { sharedNotes: 'x' }, ifMatch: '*' });
    expect(star.status).toBe(428);
    const madeUp = await h.call(MANAGER, 'PATCH', path, {
      body: { sharedNotes: 'x' },
      ifMatch: 'W/"abc"',
    });
    expect(madeUp.status).toBe(412);
  });
});
