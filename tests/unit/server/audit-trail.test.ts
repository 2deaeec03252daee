import { describe, expect, it } from 'vitest';
import {
  createHarness,
  firstContractBody,
  HR_ADMIN,
  MANAGER,
  REPORT,
  REPORT_2,
  type Harness,
} from './harness';

const contractPath = `/api/people/${REPORT}/contract`;

interface TrailEntry {
  id: string;
  at: string;
  actorId: string;
  action: string;
  outcome: string;
}

interface TrailPage {
  aboutYou: TrailEntry[];
  byYou: TrailEntry[];
  hasMore: boolean;
  nextCursor?: string;
}

async function trailPage(h: Harness, as: string, query = ''): Promise<TrailPage> {
  const reply = await h.call(as, 'GET', `/api/me/audit${query}`);
  expect(reply.status, reply.text).toBe(200);
  return reply.json as unknown as TrailPage;
}

/** Every page of the person's trail, following the cursor until the API says there is no more. */
async function wholeTrail(h: Harness, as: string, limit: number) {
  const aboutYou: TrailEntry[] = [];
  const byYou: TrailEntry[] = [];
  let query = `?limit=${String(limit)}`;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = await trailPage(h, as, query);
    aboutYou.push(...page.aboutYou);
    byYou.push(...page.byYou);
    if (!page.hasMore) return { aboutYou, byYou, pages: pages + 1 };
    expect(page.nextCursor).toEqual(expect.any(String));
    query = `?limit=${String(limit)}&cursor=${encodeURIComponent(page.nextCursor ?? '')}`;
  }
  throw new Error('the trail never ended');
}

describe('the audit trail cannot be flooded', () => {
  it('keeps a real read visible after 120 refused reads by someone else, counted once in the security log', async () => {
    const h = createHarness();
    await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
      body: firstContractBody(),
    });
    h.clock.advance({ minutes: 5 });
    const read = await h.call(MANAGER, 'GET', contractPath);
    expect(read.status).toBe(200);
    h.clock.advance({ minutes: 5 });
    for (let i = 0; i < 120; i += 1) {
      const refused = await h.call(REPORT_2, 'GET', contractPath);
      expect(refused.status).toBe(403);
    }

    const trail = await trailPage(h, REPORT);
    expect(trail.aboutYou).toContainEqual(
      expect.objectContaining({
        actorId: MANAGER,
        action: 'contract.read-current',
        outcome: 'allowed',
      }),
    );
    expect(trail.aboutYou.filter((e) => e.actorId === REPORT_2)).toEqual([]);

    const log = await h.call(HR_ADMIN, 'GET', '/api/hr/refusals?since=2026-04-15T00:00:00Z');
    expect(log.status, log.text).toBe(200);
    expect(log.json.items).toEqual([
      {
        hour: '2026-04-15T09:00:00Z',
        actorId: REPORT_2,
        subjectId: REPORT,
        action: 'contract.read-current',
        reason: 'not-your-report',
        count: 120,
        lastAt: '2026-04-15T09:10:00Z',
      },
    ]);
    // Ids and codes only: nothing of the contract reaches the security log.
    expect(log.text).not.toContain('billing');
  });

  it('shows the security log to HR admins only', async () => {
    const h = createHarness();
    await h.call(REPORT_2, 'GET', contractPath);
    const byManager = await h.call(MANAGER, 'GET', '/api/hr/refusals');
    expect(byManager.status).toBe(403);
    const bad = await h.call(HR_ADMIN, 'GET', '/api/hr/refusals?since=yesterday');
    expect(bad.status).toBe(400);
    // By default the last 24 hours: the manager's refused look is counted too.
    const log = await h.call(HR_ADMIN, 'GET', '/api/hr/refusals');
    const items = log.json.items as { actorId: string; count: number }[];
    expect(items.map((i) => [i.actorId, i.count]).sort()).toEqual(
      [
        [MANAGER, 1],
        [REPORT_2, 1],
      ].sort(),
    );
  });
});

describe('paging through the audit trail', () => {
  it('pages through every real read, the oldest included, and says when there is no more', async () => {
    const h = createHarness();
    await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
      body: firstContractBody(),
    });
    // A day apart: the same read on the same day is one entry, counted.
    for (let i = 0; i < 130; i += 1) {
      h.clock.advance({ hours: 24 });
      expect((await h.call(MANAGER, 'GET', contractPath)).status).toBe(200);
    }
    const first = await trailPage(h, REPORT);
    expect(first.aboutYou).toHaveLength(100);
    expect(first.hasMore).toBe(true);

    const { aboutYou, pages } = await wholeTrail(h, REPORT, 40);
    expect(pages).toBe(4);
    const reads = aboutYou.filter((e) => e.action === 'contract.read-current');
    expect(reads).toHaveLength(130);
    expect(new Set(aboutYou.map((e) => e.id)).size).toBe(aboutYou.length);
    // Newest first across pages; the oldest read is the last one.
    expect(reads.at(-1)?.at).toBe('2026-04-16T09:00:00Z');
    expect(reads[0]?.at).toBe('2026-08-23T09:00:00Z');
    // The manager pages through what they did, on the same cursor.
    const { byYou } = await wholeTrail(h, MANAGER, 50);
    expect(byYou.filter((e) => e.action === 'contract.read-current')).toHaveLength(130);
  });

  it('rejects a cursor it did not write', async () => {
    const h = createHarness();
    const bad = await h.call(REPORT, 'GET', '/api/me/audit?cursor=not-a-cursor');
    expect(bad.status).toBe(400);
    const tooMany = await h.call(REPORT, 'GET', '/api/me/audit?limit=1000');
    expect(tooMany.status).toBe(400);
  });
});

describe('reads summarised per reader and day', () => {
  it('stores 10 reads of a report in a day by their manager as one entry, shown to the report with its count', async () => {
    const h = createHarness();
    await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
      body: firstContractBody(),
    });
    for (let i = 0; i < 10; i += 1) {
      h.clock.advance({ minutes: 30 });
      const read = await h.call(MANAGER, 'GET', contractPath);
      expect(read.status).toBe(200);
    }

    const reads = h.audit
      .all()
      .filter((e) => e.actorId === MANAGER && e.action === 'contract.read-current');
    expect(reads).toEqual([
      expect.objectContaining({
        subjectId: REPORT,
        count: 10,
        firstAt: '2026-04-15T09:30:00Z',
        at: '2026-04-15T14:00:00Z',
      }),
    ]);
    const trail = await trailPage(h, REPORT);
    expect(trail.aboutYou).toContainEqual(
      expect.objectContaining({
        actorId: MANAGER,
        action: 'contract.read-current',
        count: 10,
        firstAt: '2026-04-15T09:30:00Z',
        at: '2026-04-15T14:00:00Z',
      }),
    );

    // The next day is a new entry; the write that made the contract stayed one entry of its own.
    h.clock.advance({ hours: 20 });
    await h.call(MANAGER, 'GET', contractPath);
    const next = await trailPage(h, REPORT);
    expect(
      next.aboutYou.filter((e) => e.action === 'contract.read-current').map((e) => e.at),
    ).toEqual(['2026-04-16T10:00:00Z', '2026-04-15T14:00:00Z']);
    expect(next.aboutYou.filter((e) => e.action === 'contract.create-version')).toHaveLength(1);
  });
});
