import { describe, expect, it } from 'vitest';
import { planCadence } from '../../../src/domain/cadence';
import { detectFailures } from '../../../src/domain/failures';
import { summarizeTeam } from '../../../src/domain/overview';
import type { TeamOverview } from '../../../src/domain/overview';
import type { ReportHistory } from '../../../src/domain';
import { TRANSITION_POINTS, TRIGGERS } from '../../../src/domain';
import {
  aBookedFull,
  aCommitment,
  aContract,
  aConversation,
  aHeldFull,
  aManagerCommitment,
  aReportHistory,
  aVersion,
  at,
  MANAGER_ID,
  ZONE,
} from '../builders';

const NOW = at('2026-06-01T09:00:00Z');

const summarize = (...histories: ReportHistory[]): TeamOverview =>
  summarizeTeam({ managerId: MANAGER_ID, histories, now: NOW, zone: ZONE });

const only = (overview: TeamOverview) => {
  const [report] = overview.reports;
  if (!report) throw new Error('expected one report');
  return report;
};

describe('summarizeTeam: one report', () => {
  it('shows the direction in their own words, the last held and the next booked conversation', () => {
    const history = aReportHistory()
      .withDirection('Lead the platform team’s move to event sourcing', '2026-03-03T10:30:00Z')
      .withHeldFull('2026-01-10')
      .withConversation(
        aConversation({ kind: 'review', state: 'held', heldAt: '2026-05-12T10:00:00Z' }),
      )
      .withConversation(aConversation({ kind: 'informal', state: 'cancelled' }))
      .withBookedFull('2026-05-20') // already over: not next
      .withBookedFull('2026-07-14')
      .withBookedFull('2026-06-20', { kind: 'review' })
      .build();

    const report = only(summarize(history));

    expect(report.person).toEqual(history.report);
    expect(report.direction).toEqual({
      text: 'Lead the platform team’s move to event sourcing',
      recordedAt: '2026-03-03T10:30:00Z',
    });
    expect(report.lastConversation).toEqual({ kind: 'review', at: '2026-05-12T10:00:00Z' });
    expect(report.nextConversation).toEqual({ kind: 'review', start: '2026-06-20T10:00:00Z' });
  });

  it('leaves out what is not there: no direction, no conversation, no booking', () => {
    const report = only(summarize(aReportHistory().withDirection('   ').build()));
    expect(report.direction).toBeUndefined();
    expect(report.lastConversation).toBeUndefined();
    expect(report.nextConversation).toBeUndefined();
    expect(report.contractHealth.state).toBe('none');
  });

  it('counts a booking as next until it is over', () => {
    const history = aReportHistory().withBookedFull('2026-06-01T08:30:00Z').build();
    expect(only(summarize(history)).nextConversation).toEqual({
      kind: 'full',
      start: '2026-06-01T08:30:00Z',
    });
  });

  it('takes the cadence and the failures from their own rules', () => {
    const history = aReportHistory().withHeldFull('2026-01-10').withContract(aContract()).build();
    const report = only(summarize(history));
    const plan = planCadence(history, NOW, ZONE);

    expect(report.cadence).toEqual({
      status: plan.status,
      kind: plan.next.kind,
      dueBy: plan.next.dueBy,
      overdueSince: plan.next.overdueSince,
      message: plan.next.message,
      reason: plan.next.reason,
    });
    expect(report.cadence.status).toBe('overdue');
    expect(report.failures).toEqual(detectFailures(history, NOW, ZONE));
  });

  it("puts the manager's overdue commitments first in the contract health", () => {
    const theirs = aCommitment({ id: 'theirs', due: '2026-04-01' });
    const mine = aManagerCommitment({ id: 'mine', due: '2026-05-01' });
    const dueToday = aManagerCommitment({ id: 'today', due: '2026-06-01' });
    const history = aReportHistory()
      .withContract(aContract(aVersion({ commitments: [theirs, mine, dueToday] })))
      .build();

    const health = only(summarize(history)).contractHealth;

    expect(health.state).toBe('overdue');
    expect(health.overdue.manager.map((c) => c.id)).toEqual(['mine']);
    expect(health.overdue.report.map((c) => c.id)).toEqual(['theirs']);
    expect(health.overdueManagerFirst.map((c) => c.id)).toEqual(['mine', 'theirs']);
  });
});

describe('summarizeTeam: active signals', () => {
  const history = aReportHistory()
    .withTrigger({
      id: 't-late',
      trigger: 'promotion-not-progressed',
      loggedAt: '2026-05-20T09:00:00Z',
    })
    .withTrigger({
      id: 't-early',
      trigger: 'approached-by-another-organisation',
      loggedAt: '2026-05-18T09:00:00Z',
    })
    .withTrigger({
      id: 't-closed',
      trigger: 'drop-in-engagement',
      loggedAt: '2026-04-01T09:00:00Z',
      closedAt: '2026-04-10T09:00:00Z',
    })
    .withTransition({ transition: 'returning-from-leave', since: '2026-05-01' })
    .build();

  it('lists open triggers, oldest first, with the playbook label, and the transition flags', () => {
    const signals = only(summarize(history)).activeSignals;
    expect(signals.triggers).toEqual([
      {
        logId: 't-early',
        trigger: 'approached-by-another-organisation',
        label: TRIGGERS['approached-by-another-organisation'].label,
        loggedAt: '2026-05-18T09:00:00Z',
      },
      {
        logId: 't-late',
        trigger: 'promotion-not-progressed',
        label: TRIGGERS['promotion-not-progressed'].label,
        loggedAt: '2026-05-20T09:00:00Z',
      },
    ]);
    expect(signals.transitions).toEqual([
      {
        transition: 'returning-from-leave',
        label: TRANSITION_POINTS['returning-from-leave'].label,
        since: '2026-05-01',
      },
    ]);
  });

  it('carries nothing about leaving beyond the trigger category', () => {
    const signals = only(summarize(history)).activeSignals;
    expect(Object.keys(signals).sort()).toEqual(['transitions', 'triggers']);
    for (const trigger of signals.triggers) {
      expect(Object.keys(trigger).sort()).toEqual(['label', 'logId', 'loggedAt', 'trigger']);
    }
    // ("Returning from leave" is a transition, not a leaving signal.)
    expect(JSON.stringify(signals)).not.toMatch(/leaving|flight|risk|retention|intention/i);
  });
});

describe('summarizeTeam: the team', () => {
  const person = (id: string, displayName: string) => ({
    id,
    displayName,
    mail: `${id}@contoso.example`,
  });

  it("lists every overdue commitment of the manager's across the team, oldest due first", () => {
    const a = aReportHistory()
      .withReport(person('a', 'Ana'))
      .withContract(
        aContract(
          aVersion({
            commitments: [
              aManagerCommitment({ id: 'a-may', due: '2026-05-10' }),
              aManagerCommitment({ id: 'a-done', due: '2026-01-01', status: 'done' }),
              aCommitment({ id: 'a-theirs', due: '2026-01-01' }),
            ],
          }),
        ),
      )
      .build();
    const b = aReportHistory()
      .withReport(person('b', 'Ben'))
      .withContract(
        aContract(
          aVersion({
            commitments: [
              aManagerCommitment({ id: 'b-march', due: '2026-03-01' }),
              aManagerCommitment({ id: 'b-dropped', due: '2026-02-01', status: 'dropped' }),
              aManagerCommitment({ id: 'b-future', due: '2026-07-01' }),
            ],
          }),
        ),
      )
      .build();

    const overview = summarize(a, b);

    expect(overview.managerOverdue.map((o) => [o.report.id, o.commitment.id])).toEqual([
      ['b', 'b-march'],
      ['a', 'a-may'],
    ]);
    expect(overview.counts.managerOverdueCommitments).toBe(2);
  });

  it('counts reports, overdue, due soon, with a contract and without a conversation yet', () => {
    const overdue = aReportHistory()
      .withReport(person('o', 'Olu'))
      .withHeldFull('2026-01-10')
      .build();
    const dueSoon = aReportHistory()
      .withReport(person('d', 'Dee'))
      .withHeldFull('2026-03-10')
      .build();
    const onTrack = aReportHistory()
      .withReport(person('t', 'Tom'))
      .withHeldFull('2026-05-25')
      .withContract(aContract(aVersion({ agreedAt: '2026-05-25T11:00:00Z' })))
      .build();
    const fresh = aReportHistory().withReport(person('f', 'Fay')).build();

    const overview = summarize(overdue, dueSoon, onTrack, fresh);

    expect(overview.reports.map((r) => [r.person.id, r.cadence.status])).toEqual([
      ['o', 'overdue'],
      ['d', 'due-soon'],
      // no conversation yet: the first one is due today
      ['f', 'due-soon'],
      ['t', 'on-track'],
    ]);
    expect(overview.counts).toEqual({
      reports: 4,
      overdue: 1,
      dueSoon: 2,
      withContract: 1,
      withoutConversation: 1,
      managerOverdueCommitments: 0,
    });
    expect(overview.isNewManager).toBe(false);
    expect(overview.emptyState).toBeUndefined();
  });

  it('leaves out histories of reports who belong to another manager', () => {
    const mine = aReportHistory().withReport(person('mine', 'Mia')).build();
    const theirs = { ...aReportHistory().withReport(person('x', 'Xi')).build(), managerId: 'm-2' };
    const overview = summarize(mine, theirs);
    expect(overview.reports.map((r) => r.person.id)).toEqual(['mine']);
    expect(overview.counts.reports).toBe(1);
  });
});

describe('summarizeTeam: a new manager', () => {
  it('says so when there are no reports at all', () => {
    const overview = summarize();
    expect(overview.isNewManager).toBe(true);
    expect(overview.emptyState).toBe('no-reports');
    expect(overview.reports).toEqual([]);
    expect(overview.managerOverdue).toEqual([]);
    expect(overview.goodLooksLike).toHaveLength(7);
  });

  it('says so while no conversation has been held with anyone, even with one booked', () => {
    const overview = summarize(
      aReportHistory().withBookedFull('2026-06-10').build(),
      aReportHistory()
        .withReport({ id: 'r-2', displayName: 'Bo', mail: 'bo@contoso.example' })
        .build(),
    );
    expect(overview.isNewManager).toBe(true);
    expect(overview.emptyState).toBe('no-conversations-yet');
    expect(overview.counts.withoutConversation).toBe(2);
  });

  it('is no longer new once one conversation has been held', () => {
    const overview = summarize(
      aReportHistory().withConversation(aHeldFull('2026-05-01')).build(),
      aReportHistory().withConversation(aBookedFull('2026-06-10')).build(),
    );
    expect(overview.isNewManager).toBe(false);
    expect(overview.emptyState).toBeUndefined();
  });
});

describe('summarizeTeam: scale', () => {
  it('summarises fifty reports, each with a year of history', () => {
    const histories = Array.from({ length: 50 }, (_, i) => {
      const builder = aReportHistory()
        .withReport({ id: `r-${i}`, displayName: `Report ${i}`, mail: `r${i}@contoso.example` })
        .withDirection('Staff engineer in payments');
      for (const month of ['2025-06', '2025-09', '2025-12', '2026-03']) {
        builder.withHeldFull(`${month}-10`);
      }
      return builder.withContract(aContract()).build();
    });
    const overview = summarize(...histories);
    expect(overview.counts.reports).toBe(50);
    expect(new Set(overview.reports.map((r) => r.person.id)).size).toBe(50);
  });
});
