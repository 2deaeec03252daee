import { describe, expect, it } from 'vitest';
import {
  createHarness,
  firstContractBody,
  HEAD,
  HR_ADMIN,
  MANAGER,
  OTHER_MANAGER,
  OTHER_REPORT,
  REPORT,
  REPORT_2,
} from './harness';

const contractPath = `/api/people/${REPORT}/contract`;
const PROMISE = 'I will make sure you get promoted';
const REASON = 'I chair the promotion panel for this level and decide it';

interface CommitmentReply {
  id: string;
  party: string;
  action: string;
  inGiftReason?: string;
}

const commitmentsOf = (json: Record<string, unknown>) =>
  (json.current as { commitments: CommitmentReply[] }).commitments;

async function withContract() {
  const h = createHarness();
  const created = await h.call(MANAGER, 'POST', `${contractPath}/versions`, {
    body: firstContractBody(),
  });
  expect(created.status, created.text).toBe(201);
  return { h, etag: created.headers.get('etag') ?? '' };
}

const promiseCommitment = (extra: Record<string, unknown> = {}) => ({
  party: 'manager',
  kind: 'other-manager',
  action: PROMISE,
  due: '2026-05-29',
  ...extra,
});

describe('agreeing a version with a promise the lint flags', () => {
  it('answers 422 naming the commitment when no in-gift reason is given, and saves nothing', async () => {
    const h = createHarness();
    const body = firstContractBody();
    body.terms.commitments.push(promiseCommitment());
    const refused = await h.call(MANAGER, 'POST', `${contractPath}/versions`, { body });
    expect(refused.status).toBe(422);
    expect(refused.json.detail).toContain(`“${PROMISE}”`);
    expect(refused.json.errors).toEqual([
      expect.objectContaining({
        path: 'body.terms.commitments.2.action',
        code: 'unresolved-promise',
      }),
    ]);
    expect((await h.call(MANAGER, 'GET', contractPath)).status).toBe(404);
  });

  it('agrees it with a reason (201), stores the reason and returns it to both people', async () => {
    const h = createHarness();
    const body = firstContractBody();
    body.terms.commitments.push(promiseCommitment({ inGiftReason: `  ${REASON}  ` }));
    const agreed = await h.call(MANAGER, 'POST', `${contractPath}/versions`, { body });
    expect(agreed.status, agreed.text).toBe(201);
    for (const who of [MANAGER, REPORT]) {
      const read = await h.call(who, 'GET', contractPath);
      expect(commitmentsOf(read.json).find((c) => c.action === PROMISE)?.inGiftReason).toBe(REASON);
      const version = await h.call(who, 'GET', `${contractPath}/versions/1`);
      expect(
        commitmentsOf({ current: version.json }).find((c) => c.action === PROMISE),
      ).toMatchObject({ inGiftReason: REASON });
    }
  });

  it('shows the reason to the manager and that report only: never another report, manager or HR', async () => {
    const h = createHarness();
    const body = firstContractBody();
    body.terms.commitments.push(promiseCommitment({ inGiftReason: REASON }));
    expect((await h.call(MANAGER, 'POST', `${contractPath}/versions`, { body })).status).toBe(201);
    for (const who of [REPORT_2, OTHER_REPORT, OTHER_MANAGER, HR_ADMIN, HEAD]) {
      for (const path of [contractPath, `${contractPath}/versions/1`]) {
        const read = await h.call(who, 'GET', path);
        expect([403, 404], `${who} ${path}`).toContain(read.status);
        expect(read.text).not.toContain(REASON);
      }
    }
  });

  it('refuses and accepts a promise added as a single commitment the same way', async () => {
    const { h, etag } = await withContract();
    const change = {
      reason: 'monthly-review',
      note: 'Added at the review',
      timeZone: 'Europe/London',
    };
    const refused = await h.call(MANAGER, 'POST', `${contractPath}/commitments`, {
      ifMatch: etag,
      body: { ...promiseCommitment(), ...change },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toEqual([
      expect.objectContaining({
        code: 'unresolved-promise',
        path: 'contract.commitments.2.action',
      }),
    ]);
    const added = await h.call(MANAGER, 'POST', `${contractPath}/commitments`, {
      ifMatch: etag,
      body: { ...promiseCommitment({ inGiftReason: REASON }), ...change },
    });
    expect(added.status, added.text).toBe(201);
    // A later version carries the agreed promise and its reason over without asking again.
    const later = await h.call(MANAGER, 'POST', `${contractPath}/commitments`, {
      ifMatch: added.headers.get('etag') ?? '',
      body: {
        party: 'report',
        kind: 'learning',
        action: 'Finish the system design course and share three lessons',
        due: '2026-06-15',
        ...change,
      },
    });
    expect(later.status, later.text).toBe(201);
    expect(commitmentsOf(later.json).find((c) => c.action === PROMISE)?.inGiftReason).toBe(REASON);
  });
});

describe('adding a commitment to a contract with standing problems', () => {
  it('accepts a new, well-dated commitment when an agreed one and a review month have passed', async () => {
    const { h, etag } = await withContract();
    // 4 July: both agreed commitments (15 May, 30 June) and the June review have passed.
    h.clock.advance({ hours: 24 * 80 });
    const added = await h.call(MANAGER, 'POST', `${contractPath}/commitments`, {
      ifMatch: etag,
      body: {
        party: 'report',
        kind: 'learning',
        action: 'Finish the system design course and share three lessons',
        due: '2026-08-31',
        reason: 'monthly-review',
        note: 'Added the course',
        timeZone: 'Europe/London',
      },
    });
    expect(added.status, added.text).toBe(201);
    expect(commitmentsOf(added.json)).toHaveLength(3);
    // The standing problems come back with the decisions that settle them.
    const [proposal, intro] = commitmentsOf(added.json);
    expect(added.json.standing).toEqual([
      {
        kind: 'commitment-overdue',
        commitmentId: intro?.id,
        decisions: ['done', 're-date', 'drop'],
      },
      { kind: 'commitment-overdue', commitmentId: proposal?.id, decisions: ['re-date', 'drop'] },
      {
        kind: 'review-month-passed',
        reviewId: expect.any(String) as string,
        decisions: ['re-date', 'remove'],
      },
    ]);
  });

  it('still refuses a past date on the commitment being added', async () => {
    const { h, etag } = await withContract();
    h.clock.advance({ hours: 24 * 80 });
    const refused = await h.call(MANAGER, 'POST', `${contractPath}/commitments`, {
      ifMatch: etag,
      body: {
        party: 'report',
        kind: 'learning',
        action: 'Finish the system design course and share three lessons',
        due: '2026-07-01',
        reason: 'monthly-review',
        note: 'Added the course',
        timeZone: 'Europe/London',
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toEqual([
      expect.objectContaining({ code: 'due-date-in-past', path: 'contract.commitments.2.due' }),
    ]);
  });
});
