import { describe, expect, it } from 'vitest';
import type { MemoryPerson } from '../../../src/adapters/memory/memory-directory';
import { MemoryDirectory } from '../../../src/adapters/memory/memory-directory';
import {
  createHarness,
  firstContractBody,
  HR_ADMIN,
  MANAGER,
  OTHER_MANAGER,
  PEOPLE,
  REPORT,
  REPORT_2,
} from './harness';

describe('team overview', () => {
  it('answers everything for the live team in one call', async () => {
    const h = createHarness();
    await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
      body: firstContractBody(),
    });
    await h.call(MANAGER, 'POST', `/api/people/${REPORT_2}/triggers`, {
      body: { trigger: 'approached-by-another-organisation' },
    });
    const team = await h.call(MANAGER, 'GET', '/api/team?tz=Europe/London');
    expect(team.status, team.text).toBe(200);
    const reports = team.json.reports as {
      person: { id: string };
      activeSignals: { triggers: unknown[] };
    }[];
    expect(reports.map((r) => r.person.id).sort()).toEqual([REPORT, REPORT_2].sort());
    const yuki = reports.find((r) => r.person.id === REPORT_2);
    expect(yuki?.activeSignals.triggers).toHaveLength(1);
    expect((team.json.counts as { withContract: number }).withContract).toBe(1);
    expect(team.json.truncated).toBe(0);
    // Each report sees in their trail that the manager looked.
    const trail = await h.call(REPORT, 'GET', '/api/me/audit');
    const about = trail.json.aboutYou as { action: string; actorId: string }[];
    expect(about).toContainEqual(
      expect.objectContaining({ action: 'team.overview', actorId: MANAGER }),
    );
  });

  it('drops someone who moved to another manager at once', async () => {
    const h = createHarness();
    await h.call(MANAGER, 'GET', '/api/team');
    h.directory.setManager(REPORT_2, OTHER_MANAGER);
    const team = await h.call(MANAGER, 'GET', '/api/team');
    expect((team.json.reports as { person: { id: string } }[]).map((r) => r.person.id)).toEqual([
      REPORT,
    ]);
  });

  it('shows at most 50 reports and says how many were left out', async () => {
    const many: MemoryPerson[] = [
      ...PEOPLE,
      ...Array.from({ length: 53 }, (_, i) => ({
        id: `big-${String(i)}`,
        displayName: `Person ${String(i).padStart(2, '0')}`,
        mail: `p${String(i)}@contoso.example`,
        managerId: OTHER_MANAGER,
      })),
    ];
    const h = createHarness({ directory: new MemoryDirectory(many, OTHER_MANAGER) });
    const team = await h.call(OTHER_MANAGER, 'GET', '/api/team');
    expect(team.status).toBe(200);
    expect((team.json.reports as unknown[]).length).toBe(50);
    expect(team.json.truncated).toBe(54 - 50);
  });

  it('rejects a bad time zone with the field named', async () => {
    const h = createHarness();
    const bad = await h.call(MANAGER, 'GET', '/api/team?tz=Mars/Olympus');
    expect(bad.status).toBe(400);
    expect(bad.json.errors).toContainEqual(expect.objectContaining({ path: 'query.tz' }));
  });
});

describe('export, audit and erasure', () => {
  it('exports everything about the caller and shows who accessed it', async () => {
    const h = createHarness();
    await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
      body: firstContractBody(),
    });
    await h.call(MANAGER, 'GET', `/api/people/${REPORT}/contract`);
    const exported = await h.call(REPORT, 'GET', '/api/me/export');
    expect(exported.status, exported.text).toBe(200);
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    expect((exported.json.person as { id: string }).id).toBe(REPORT);
    expect((exported.json.contract as { versions: unknown[] }).versions).toHaveLength(1);
    const about = (exported.json.audit as { aboutYou: { actorId: string; action: string }[] })
      .aboutYou;
    expect(about).toContainEqual(
      expect.objectContaining({ actorId: MANAGER, action: 'contract.read-current' }),
    );
  });

  it('lets an HR admin erase every version, and no one else', async () => {
    const h = createHarness();
    await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
      body: firstContractBody(),
    });
    const byManager = await h.call(MANAGER, 'DELETE', `/api/people/${REPORT}?confirm=${REPORT}`);
    expect(byManager.status).toBe(403);
    const unconfirmed = await h.call(HR_ADMIN, 'DELETE', `/api/people/${REPORT}?confirm=someone`);
    expect(unconfirmed.status).toBe(400);
    const erased = await h.call(HR_ADMIN, 'DELETE', `/api/people/${REPORT}?confirm=${REPORT}`);
    expect(erased.status).toBe(200);
    expect(await h.contracts.get(REPORT)).toBeUndefined();
    const after = await h.call(REPORT, 'GET', `/api/people/${REPORT}/contract`);
    expect(after.status).toBe(404);
    expect(h.audit.all()).toContainEqual(
      expect.objectContaining({ action: 'erase.person', actorId: HR_ADMIN, outcome: 'allowed' }),
    );
  });

  it('answers an erasure with a receipt of what remains outside the lists, where, and how to purge it', async () => {
    const h = createHarness();
    const contract = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
      body: firstContractBody(),
    });
    const mine =
      (contract.json.current as { commitments: { id: string; party: string }[] }).commitments.find(
        (c) => c.party === 'manager',
      )?.id ?? '';
    await h.call(MANAGER, 'PATCH', `/api/people/${REPORT}/contract/commitments/${mine}`, {
      body: { scheduled: { via: 'todo', ref: 'task-7', at: '2026-04-15T09:00:00Z' } },
      ifMatch: contract.headers.get('etag') ?? '',
    });
    const booked = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/conversations`, {
      body: {
        kind: 'full',
        event: {
          eventId: 'ev-42',
          seriesId: 'series-9',
          title: 'Career conversation',
          start: '2026-04-20T09:00:00Z',
          end: '2026-04-20T10:00:00Z',
        },
      },
    });
    await h.call(MANAGER, 'PATCH', `/api/conversations/${String(booked.json.id)}`, {
      body: { state: 'held', confirmHeldEarly: true, summarySentAt: '2026-04-20T12:00:00Z' },
      ifMatch: booked.headers.get('etag') ?? '',
    });
    // A new manager takes over: the previous one's preparation note about Liam stays theirs.
    h.clock.advance({ hours: 24 });
    h.directory.setManager(REPORT, OTHER_MANAGER);
    await h.call(OTHER_MANAGER, 'GET', `/api/people/${REPORT}/conversations`);

    const erased = await h.call(HR_ADMIN, 'DELETE', `/api/people/${REPORT}?confirm=${REPORT}`);
    expect(erased.status, erased.text).toBe(200);
    expect(erased.json.personId).toBe(REPORT);
    const remains = erased.json.remains as {
      place: string;
      ownerId?: string;
      refs: string[];
      purge: string;
    }[];
    const at = (place: string, ownerId?: string) =>
      remains.find((r) => r.place === place && r.ownerId === ownerId);
    for (const manager of [MANAGER, OTHER_MANAGER]) {
      expect(at('onedrive-app-folder', manager)?.refs).toEqual([`prep/prep-${REPORT}.json`]);
    }
    expect(at('calendar', MANAGER)?.refs).toEqual(expect.arrayContaining(['ev-42', 'series-9']));
    expect(at('todo', MANAGER)?.refs).toEqual(['task-7']);
    expect(at('mailbox', MANAGER)?.refs).toEqual(
      expect.arrayContaining(['Our development contract', 'A career conversation with']),
    );
    expect(at('mailbox', REPORT)).toBeDefined();
    for (const r of remains) expect(r.purge.length).toBeGreaterThan(20);
    // The memory stores keep nothing once removed: no recycle bin to speak of here.
    expect(remains.some((r) => r.place === 'sharepoint-recycle-bin')).toBe(false);
  });

  it('erases the audit entries about the person, keeping only a content-free erasure record', async () => {
    const h = createHarness();
    await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
      body: firstContractBody(),
    });
    await h.call(MANAGER, 'GET', `/api/people/${REPORT}/contract`);
    await h.call(OTHER_MANAGER, 'GET', `/api/people/${REPORT}/contract`);
    // Liam himself tries to read a colleague's contract: that refusal is counted about Yuki.
    await h.call(REPORT, 'GET', `/api/people/${REPORT_2}/contract`);
    // Liam's manager reads Yuki's contract: that belongs to Yuki's trail.
    await h.call(MANAGER, 'POST', `/api/people/${REPORT_2}/contract/versions`, {
      body: firstContractBody(),
    });
    const aboutReport2 = (await h.audit.listForSubject(REPORT_2)).length;
    expect((await h.audit.listForSubject(REPORT)).length).toBeGreaterThanOrEqual(2);
    const since = '2026-04-15T00:00:00Z';
    expect(await h.security.listRefusals({ since })).toHaveLength(2);

    const erased = await h.call(HR_ADMIN, 'DELETE', `/api/people/${REPORT}?confirm=${REPORT}`);
    expect(erased.status).toBe(200);
    const left = await h.audit.listForSubject(REPORT);
    expect(left).toEqual([
      {
        id: expect.any(String) as unknown,
        at: expect.any(String) as unknown,
        actorId: HR_ADMIN,
        subjectId: REPORT,
        action: 'erase.person',
        outcome: 'allowed',
        basis: 'hr-admin-operation',
      },
    ]);
    // Someone else's trail is theirs: erasing Liam leaves what was done to Yuki's data, and the
    // count of what Liam was refused about her; the refusal about Liam goes with him.
    expect(await h.audit.listForSubject(REPORT_2)).toHaveLength(aboutReport2);
    expect(await h.security.listRefusals({ since })).toEqual([
      expect.objectContaining({ actorId: REPORT, subjectId: REPORT_2, count: 1 }),
    ]);
  });
});

describe('HR', () => {
  it('gives HR aggregates with small groups suppressed, and refuses everyone else', async () => {
    const h = createHarness();
    const refused = await h.call(MANAGER, 'GET', '/api/hr/aggregates');
    expect(refused.status).toBe(403);
    const report = await h.call(HR_ADMIN, 'GET', '/api/hr/aggregates?tz=Europe/London');
    expect(report.status, report.text).toBe(200);
    // Six people under the top, in three departments of at most three: all suppressed.
    const units = report.json.units as { label: string; size: unknown }[];
    expect(units.map((u) => u.label).sort()).toEqual(['Engineering', 'People', 'Platform']);
    expect(units.every((u) => u.size === 'suppressed')).toBe(true);
    expect(report.text).not.toContain(REPORT);
  });

  it('reports setup health to HR admins', async () => {
    const h = createHarness();
    const health = await h.call(HR_ADMIN, 'GET', '/api/hr/setup-health');
    expect(health.status).toBe(200);
    expect(health.json.ok).toBe(true);
    h.contracts.failures.failAlways('forbidden', 'get');
    const broken = await h.call(HR_ADMIN, 'GET', '/api/hr/setup-health');
    expect(broken.json.ok).toBe(false);
    const checks = broken.json.checks as { id: string; ok: boolean; detail: string }[];
    expect(checks.find((c) => c.id === 'contracts')?.detail).toContain('Sites.Selected');
  });
});

describe('overdue commitments', () => {
  it('audits the read: one entry for each report whose commitments were returned', async () => {
    const h = createHarness();
    await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
      body: firstContractBody(),
    });
    // The manager's introduction was due on 15 May.
    h.clock.advance({ hours: 40 * 24 });
    const overdue = await h.call(MANAGER, 'GET', '/api/team/overdue-commitments?tz=Europe/London');
    expect(overdue.status, overdue.text).toBe(200);
    const items = overdue.json.items as { reportId: string }[];
    expect(items.map((i) => i.reportId)).toEqual([REPORT]);

    const about = h.audit.all().filter((e) => e.action === 'commitment.list-overdue');
    expect(about).toEqual([
      expect.objectContaining({
        actorId: MANAGER,
        subjectId: REPORT,
        outcome: 'allowed',
        basis: 'current-manager',
      }),
    ]);
    // Liam sees it in his trail; Yuki, with nothing overdue, has nothing to see.
    const trail = await h.call(REPORT, 'GET', '/api/me/audit');
    expect(trail.json.aboutYou).toContainEqual(
      expect.objectContaining({ actorId: MANAGER, action: 'commitment.list-overdue' }),
    );
    expect(await h.audit.listForSubject(REPORT_2)).toEqual([]);
  });
});
