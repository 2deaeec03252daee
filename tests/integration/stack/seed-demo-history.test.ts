import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  currentVersion,
  lintPromiseLanguage,
  summarizeTeam,
  Temporal,
  todayIn,
  type ReportHistory,
} from '../../../src/domain';
import {
  resolveDemoOrg,
  startLocalTenant,
  type DemoOrg,
  type DemoPerson,
  type LocalTenant,
} from '../../../src/local-tenant';
import { SHAREPOINT_SLICE } from '../../../src/local-tenant/graph/sharepoint/state';
import {
  connectCareerSite,
  planDemoHistory,
  seedDemoHistory,
  type CareerSite,
  type SeedDemoHistoryResult,
} from '../../../scripts/stack/seed-demo-history';

let tenant: LocalTenant;
let site: CareerSite;
let org: DemoOrg;
let now: Temporal.Instant;
let first: SeedDemoHistoryResult;

const DAY_MS = 86_400_000;

function person(key: string): DemoPerson {
  const found = org.people.find((p) => p.key === key);
  if (!found) throw new Error(`no demo person ${key}`);
  return found;
}

const reportsOf = (managerKey: string): DemoPerson[] =>
  org.people.filter((p) => p.managerKey === managerKey);

/** A report's history as the overview reads it, straight from the stores. */
async function readHistory(report: DemoPerson): Promise<ReportHistory> {
  const [contract, conversations, triggers, profile] = await Promise.all([
    site.stores.contracts.get(report.id),
    site.stores.conversations.listForReport(report.id),
    site.stores.triggers.listForReport(report.id),
    site.stores.profiles.get(report.id),
  ]);
  return {
    report: {
      id: report.id,
      displayName: report.displayName,
      mail: report.mail,
      timeZone: report.timeZone,
    },
    managerId: report.managerId ?? '',
    ...(profile?.value.direction ? { direction: profile.value.direction } : {}),
    transitions: profile?.value.transitions ?? [],
    triggers: triggers.map((t) => t.value),
    conversations: conversations.map((c) => c.value),
    ...(contract ? { contract: contract.value } : {}),
  };
}

const storedLists = (): string => JSON.stringify(tenant.state.state.features[SHAREPOINT_SLICE]);

beforeAll(async () => {
  tenant = await startLocalTenant({ port: 0 });
  now = Temporal.Instant.fromEpochMilliseconds(tenant.clock.epochMs());
  org = resolveDemoOrg(new Date(now.epochMilliseconds));
  first = await seedDemoHistory({ tenant, now });
  console.info(`demo history: ${JSON.stringify(first.counts)} in ${String(first.elapsedMs)} ms`);
  site = await connectCareerSite(tenant, { provision: false });
});

afterAll(async () => {
  await tenant.close();
});

describe('seedDemoHistory', () => {
  it('writes history for every persona with one, through the stores', () => {
    expect(first.written).toBe(true);
    expect(first.counts.reports).toBeGreaterThanOrEqual(20);
    expect(first.counts.contracts).toBe(first.counts.reports);
    expect(first.counts.contractVersions).toBeGreaterThan(first.counts.contracts);
    expect(first.counts.conversations).toBeGreaterThan(80);
  });

  it("gives Priya's reports the situations the demo is about", async () => {
    const noah = await readHistory(person('noah.cohen'));
    const open = noah.triggers.filter((t) => t.closedAt === undefined);
    expect(open.map((t) => t.trigger)).toEqual(['approached-by-another-organisation']);
    const loggedDaysAgo = (now.epochMilliseconds - Date.parse(open[0]?.loggedAt ?? '')) / DAY_MS;
    expect(loggedDaysAgo).toBeGreaterThan(0);
    expect(loggedDaysAgo).toBeLessThan(9);

    const tomas = await readHistory(person('tomas.hernandez'));
    expect(tomas.conversations).toEqual([]);
    expect(tomas.contract).toBeUndefined();

    const liam = await readHistory(person('liam.oconnor'));
    expect(liam.transitions.map((t) => t.transition)).toEqual(['promotion-decision']);
    expect(liam.contract?.versions.length).toBe(3);
    const upcoming = liam.conversations.filter((c) => c.state === 'booked');
    expect(upcoming.map((c) => [c.kind, c.event?.title])).toEqual([
      ['full', 'Career conversation: where do you want to go? (Priya / Liam)'],
    ]);

    const yuki = await readHistory(person('yuki.nakamura'));
    expect(yuki.transitions.map((t) => t.transition)).toEqual(['returning-from-leave']);
    const chidi = await readHistory(person('chidi.okeke'));
    expect(chidi.direction?.text).toMatch(/my own company/);
    const ana = await readHistory(person('ana.sousa'));
    expect(ana.direction?.text).toMatch(/I genuinely don't know/);
  });

  it("records Leila's change of goals as a goals-changed version that drops with a reason", async () => {
    const leila = await readHistory(person('leila.haddad'));
    const versions = leila.contract?.versions ?? [];
    expect(versions.map((v) => v.reason)).toEqual(['initial', 'goals-changed']);
    const changed = versions[1];
    expect(changed?.note).toMatch(/product management/);
    const dropped = changed?.commitments.filter((c) => c.status === 'dropped') ?? [];
    expect(dropped).toHaveLength(1);
    expect(dropped[0]?.droppedReason).toMatch(/product management/);
    expect(leila.direction?.text).toMatch(/^Product management/);
  });

  it('keeps the history of people who moved with the manager it was made with', async () => {
    const priya = person('priya.raman');
    const aisha = person('aisha.bello');
    expect(aisha.managerKey).toBe('mateo.garcia');
    const history = await readHistory(aisha);
    expect(history.contract?.managerId).toBe(priya.id);
    expect(history.conversations.length).toBeGreaterThan(0);
    expect(new Set(history.conversations.map((c) => c.managerId))).toEqual(new Set([priya.id]));
    const profile = await site.stores.profiles.get(aisha.id);
    expect(profile?.value.managerId).toBe(priya.id);

    const lucas = await readHistory(person('lucas.dubois'));
    const held = lucas.conversations.filter((c) => c.state === 'held');
    const latest = Math.max(...held.map((c) => Date.parse(c.heldAt ?? '')));
    expect((now.epochMilliseconds - latest) / DAY_MS).toBeGreaterThan(230);
  });

  it("gives Priya's overview overdue and due-soon reports, her own overdue commitments first", async () => {
    const priya = person('priya.raman');
    const histories = await Promise.all(reportsOf('priya.raman').map(readHistory));
    const overview = summarizeTeam({
      managerId: priya.id,
      histories,
      now,
      zone: priya.timeZone,
    });
    expect(overview.counts.reports).toBe(12);
    expect(overview.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(overview.counts.dueSoon).toBeGreaterThanOrEqual(1);
    expect(overview.counts.withoutConversation).toBe(1);
    expect(overview.counts.managerOverdueCommitments).toBeGreaterThanOrEqual(2);
    expect(overview.isNewManager).toBe(false);

    const noah = overview.reports.find((r) => r.person.id === person('noah.cohen').id);
    expect(noah?.cadence.status).toBe('overdue');
    expect(noah?.cadence.reason.code).toBe('leaving-signal');
    const arjun = overview.reports.find((r) => r.person.id === person('arjun.mehta').id);
    expect(arjun?.cadence).toMatchObject({ status: 'due-soon', kind: 'review' });

    // One status per person that nothing on the row contradicts (issue 16, item 3).
    for (const report of overview.reports) {
      const { manager, report: theirs } = report.contractHealth.overdue;
      if (manager.length + theirs.length > 0) expect(report.status.code).toBe('overdue');
      if (report.status.code === 'on-track') {
        expect(report.activeSignals.triggers).toEqual([]);
      }
    }
    const byKey = (key: string) => overview.reports.find((r) => r.person.id === person(key).id);
    expect(byKey('chidi.okeke')?.status.reasons[0]).toMatch(
      /^Your commitment is overdue by 6 weeks/,
    );
    expect(byKey('liam.oconnor')?.status.code).not.toBe('on-track');
    const isabella = byKey('isabella.rossi');
    expect(isabella?.nextConversation?.kind).toBe('ad-hoc');
    expect(isabella?.failures.flatMap((f) => f.evidence)).not.toContain(
      'No career conversation is booked',
    );

    const today = todayIn(now, priya.timeZone).toString();
    const due = await site.stores.contracts.listOpenCommitmentsDue(
      reportsOf('priya.raman').map((p) => p.id),
      today,
    );
    expect(due.filter((d) => d.commitment.party === 'manager').length).toBe(
      overview.counts.managerOverdueCommitments,
    );
  });

  it('stores nothing about leaving, and no manager commitment reads as a promise', async () => {
    expect(storedLists()).not.toMatch(
      /leave the company|leaving the company|flight risk|resign|quit\b|retention risk/i,
    );
    const reports = org.people.filter((p) => p.managerId !== null);
    const contracts = await Promise.all(reports.map((p) => site.stores.contracts.get(p.id)));
    const promises = contracts.flatMap((stored) =>
      stored
        ? currentVersion(stored.value)
            .commitments.filter((c) => c.party === 'manager' && c.status === 'open')
            .flatMap((c) =>
              lintPromiseLanguage(c.action, {
                party: 'manager',
                context: 'commitment',
                hasDueDate: true,
              }).filter((f) => f.code === 'promise'),
            )
        : [],
    );
    expect(promises).toEqual([]);
  });

  it('writes nothing when the lists already hold contracts', async () => {
    const before = storedLists();
    const again = await seedDemoHistory({ tenant, now });
    expect(again.written).toBe(false);
    expect(again.skipped).toBe('history-exists');
    expect(storedLists()).toBe(before);
  });

  it('plans valid history whatever day of the week it is seeded', () => {
    for (let day = 1; day <= 7; day += 1) {
      const later = now.add({ hours: 24 * day + 5 });
      const plans = planDemoHistory(resolveDemoOrg(new Date(later.epochMilliseconds)), later);
      expect(plans.filter((plan) => plan.contract.length > 0).length).toBe(first.counts.contracts);
    }
  });
});
