import { describe, expect, it } from 'vitest';
import {
  createHarness,
  firstContractBody,
  MANAGER,
  OTHER_MANAGER,
  REPORT,
  HR_ADMIN,
} from './harness';

const contractPath = `/api/people/${REPORT}/contract`;

async function withContract() {
  const h = createHarness();
  const created = await h.call(MANAGER, 'POST', `${contractPath}/versions`, {
    body: firstContractBody(),
  });
  expect(created.status, created.text).toBe(201);
  return { h, created, etag: created.headers.get('etag') ?? '' };
}

describe('development contract endpoints', () => {
  it('creates the first version and reads it back with its ETag and health', async () => {
    const { h, etag } = await withContract();
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const read = await h.call(REPORT, 'GET', contractPath);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe(etag);
    expect(read.json.versionCount).toBe(1);
    const current = read.json.current as { commitments: { party: string }[]; reason: string };
    expect(current.reason).toBe('initial');
    expect(current.commitments.map((c) => c.party).sort()).toEqual(['manager', 'report']);
    expect((read.json.health as { state: string }).state).toBe('on-track');
  });

  it('refuses a second first version without If-Match (428) and a stale one (412)', async () => {
    const { h, etag } = await withContract();
    const revision = firstContractBody({ reason: 'correction', note: 'Fix the wording' });
    const missing = await h.call(MANAGER, 'POST', `${contractPath}/versions`, { body: revision });
    expect(missing.status).toBe(428);
    const current = await h.call(MANAGER, 'GET', contractPath);
    const kept = current.json.current as { commitments: { id: string }[] };
    const terms = {
      ...revision.terms,
      commitments: revision.terms.commitments.map((c, i) => ({
        ...c,
        id: kept.commitments[i]?.id,
      })),
    };
    const ok = await h.call(MANAGER, 'POST', `${contractPath}/versions`, {
      body: { ...revision, terms },
      ifMatch: etag,
    });
    expect(ok.status, ok.text).toBe(201);
    expect(ok.json.versionCount).toBe(2);
    const stale = await h.call(MANAGER, 'POST', `${contractPath}/versions`, {
      body: { ...revision, terms },
      ifMatch: etag,
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers 422 with the field path when the playbook rules refuse the terms', async () => {
    const h = createHarness();
    const body = firstContractBody();
    body.terms.commitments = body.terms.commitments.filter((c) => c.party === 'report');
    const refused = await h.call(MANAGER, 'POST', `${contractPath}/versions`, { body });
    expect(refused.status).toBe(422);
    const errors = refused.json.errors as { path: string; code: string }[];
    expect(errors.some((e) => e.code === 'no-manager-commitment')).toBe(true);
    expect(errors.every((e) => e.path.startsWith('body'))).toBe(true);

    const past = firstContractBody();
    past.terms.commitments[0] = { ...past.terms.commitments[0], due: '2026-01-01' } as never;
    const late = await h.call(MANAGER, 'POST', `${contractPath}/versions`, { body: past });
    expect(late.status).toBe(422);
    expect(late.json.errors).toContainEqual(
      expect.objectContaining({ path: 'body.terms.commitments.0.due', code: 'due-date-in-past' }),
    );
  });

  it('lets only the owning party mark a commitment done, without a new version', async () => {
    const { h, created } = await withContract();
    const current = created.json.current as { commitments: { id: string; party: string }[] };
    const mine = current.commitments.find((c) => c.party === 'report')?.id ?? '';
    const theirs = current.commitments.find((c) => c.party === 'manager')?.id ?? '';
    let etag = created.headers.get('etag') ?? '';
    const wrong = await h.call(REPORT, 'POST', `${contractPath}/commitments/${theirs}/done`, {
      ifMatch: etag,
    });
    expect(wrong.status).toBe(403);
    const done = await h.call(REPORT, 'POST', `${contractPath}/commitments/${mine}/done`, {
      ifMatch: etag,
    });
    expect(done.status, done.text).toBe(200);
    expect(done.json.versionCount).toBe(1);
    etag = done.headers.get('etag') ?? '';
    const managerDone = await h.call(
      MANAGER,
      'POST',
      `${contractPath}/commitments/${theirs}/done`,
      {
        ifMatch: etag,
      },
    );
    expect(managerDone.status).toBe(200);
    const statuses = (managerDone.json.current as { commitments: { status: string }[] })
      .commitments;
    expect(statuses.map((c) => c.status)).toEqual(['done', 'done']);
  });

  it('refuses a new version that changes the status of the other party’s commitment (403)', async () => {
    const { h, created, etag } = await withContract();
    type Agreed = {
      commitments: {
        id: string;
        party: string;
        kind: string;
        action: string;
        due: string;
        status: string;
      }[];
      reviews: { id: string; month: string; aspect: string }[];
      openQuestion: string;
    };
    const current = created.json.current as Agreed;
    // Each side keeps something open, so only the status change can be what is refused.
    const fresh = [
      {
        party: 'report',
        kind: 'action',
        action: 'Pair with the platform lead on one incident review',
        due: '2026-07-15',
      },
      {
        party: 'manager',
        kind: 'lead-opportunity',
        action: 'Put Liam forward to run the next platform design review',
        due: '2026-07-01',
      },
    ];
    const revise = (done: 'report' | 'manager') => ({
      terms: {
        reviews: current.reviews,
        openQuestion: current.openQuestion,
        commitments: [
          ...current.commitments.map(({ id, party, kind, action, due, status }) => ({
            id,
            party,
            kind,
            action,
            due,
            status: party === done ? 'done' : status,
          })),
          ...fresh,
        ],
      },
      reason: 'correction',
      note: 'Progress since we agreed it',
      timeZone: 'Europe/London',
    });
    const refused = await h.call(MANAGER, 'POST', `${contractPath}/versions`, {
      body: revise('report'),
      ifMatch: etag,
    });
    expect(refused.status, refused.text).toBe(403);
    expect(refused.json.detail).toMatch(/Only the person who made this commitment/);
    const unchanged = await h.call(REPORT, 'GET', contractPath);
    expect(unchanged.json.versionCount).toBe(1);
    expect(
      (unchanged.json.current as Agreed).commitments.find((c) => c.party === 'report')?.status,
    ).toBe('open');
    // Refusals are counted in the security log, not in the report's trail.
    expect(await h.security.listRefusals({ since: '2026-04-15T00:00:00Z' })).toContainEqual(
      expect.objectContaining({
        action: 'commitment.mark-done',
        reason: 'not-the-owner',
      }),
    );

    const own = await h.call(MANAGER, 'POST', `${contractPath}/versions`, {
      body: revise('manager'),
      ifMatch: etag,
    });
    expect(own.status, own.text).toBe(201);
  });

  it('starts every new commitment open, whatever status the new version sends', async () => {
    const h = createHarness();
    const body = firstContractBody();
    body.terms.commitments[0] = { ...body.terms.commitments[0], status: 'done' } as never;
    const refused = await h.call(MANAGER, 'POST', `${contractPath}/versions`, { body });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.json.errors).toContainEqual(
      expect.objectContaining({
        path: 'body.terms.commitments.0.status',
        code: 'new-commitment-not-open',
      }),
    );
    expect(await h.contracts.get(REPORT)).toBeUndefined();
  });

  it('adds a commitment as a new version and lists every version', async () => {
    const { h, etag } = await withContract();
    const added = await h.call(MANAGER, 'POST', `${contractPath}/commitments`, {
      body: {
        party: 'manager',
        kind: 'skill-feedback',
        action: 'Give Liam specific feedback on his design review facilitation',
        due: '2026-05-30',
        reason: 'monthly-review',
        note: 'Added feedback after the April review',
      },
      ifMatch: etag,
    });
    expect(added.status, added.text).toBe(201);
    const versions = await h.call(REPORT, 'GET', `${contractPath}/versions`);
    expect(versions.status).toBe(200);
    const list = versions.json.versions as { version: number; commitments: number }[];
    expect(list.map((v) => [v.version, v.commitments])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    const v1 = await h.call(REPORT, 'GET', `${contractPath}/versions/1`);
    expect(v1.status).toBe(200);
    expect((v1.json.commitments as unknown[]).length).toBe(2);
    const v9 = await h.call(REPORT, 'GET', `${contractPath}/versions/9`);
    expect(v9.status).toBe(404);
  });

  it('refuses people with no relationship, HR admins included, and counts the refusal', async () => {
    const { h } = await withContract();
    for (const who of [OTHER_MANAGER, HR_ADMIN]) {
      const refused = await h.call(who, 'GET', contractPath);
      expect(refused.status).toBe(403);
      expect(JSON.stringify(refused.json)).not.toContain('billing');
    }
    const refusals = await h.security.listRefusals({ since: '2026-04-15T00:00:00Z' });
    expect(refusals.map((r) => [r.actorId, r.count]).sort()).toEqual(
      [
        [HR_ADMIN, 1],
        [OTHER_MANAGER, 1],
      ].sort(),
    );
    expect(h.audit.all().filter((e) => e.outcome === 'denied')).toEqual([]);
  });

  it('records where the manager scheduled their own commitment (progress only)', async () => {
    const { h, created, etag } = await withContract();
    const current = created.json.current as { commitments: { id: string; party: string }[] };
    const theirs = current.commitments.find((c) => c.party === 'manager')?.id ?? '';
    const scheduled = await h.call(MANAGER, 'PATCH', `${contractPath}/commitments/${theirs}`, {
      body: { scheduled: { via: 'calendar', ref: 'event-1', at: '2026-04-15T09:00:00Z' } },
      ifMatch: etag,
    });
    expect(scheduled.status, scheduled.text).toBe(200);
    expect(scheduled.json.versionCount).toBe(1);
    const edited = await h.call(MANAGER, 'PATCH', `${contractPath}/commitments/${theirs}`, {
      body: { due: '2026-05-29', reason: 'correction', note: 'Moved a day earlier' },
      ifMatch: scheduled.headers.get('etag') ?? '',
    });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.json.versionCount).toBe(2);
  });
});
