import { describe, expect, it } from 'vitest';
import { detectFailures } from '../../../src/domain/failures';
import { summarizeTeam } from '../../../src/domain/overview';
import type { ReportOverview } from '../../../src/domain/overview';
import type { ReportHistory } from '../../../src/domain';
import {
  aBookedFull,
  aCommitment,
  aContract,
  aConversation,
  aManagerCommitment,
  aReportHistory,
  aVersion,
  at,
  MANAGER_ID,
  ZONE,
} from '../builders';

const NOW = at('2026-06-01T09:00:00Z');

function overviewOf(history: ReportHistory): ReportOverview {
  const [report] = summarizeTeam({
    managerId: MANAGER_ID,
    histories: [history],
    now: NOW,
    zone: ZONE,
  }).reports;
  if (!report) throw new Error('expected one report');
  return report;
}

const heldReview = (date: string) =>
  aConversation({ kind: 'review', state: 'held', heldAt: `${date}T10:00:00Z` });

describe('one status per person: nothing contradicts it', () => {
  it('Chidi: an introduction of the manager six weeks overdue is never "on track"', () => {
    // The conversations are on time (full 70 days ago, review 12 days ago), the introduction is not.
    const history = aReportHistory()
      .withReport({ displayName: 'Chidi Okeke' })
      .withHeldFull('2026-03-23')
      .withConversation(heldReview('2026-05-20'))
      .withContract(
        aContract(
          aVersion({
            agreedAt: '2026-03-23T11:00:00Z',
            commitments: [
              aManagerCommitment({
                action: 'Connect Chidi with Grace Achieng, who went from engineering into product',
                due: '2026-04-17',
              }),
              aCommitment({ due: '2026-07-01' }),
            ],
          }),
        ),
      )
      .build();

    const report = overviewOf(history);

    expect(report.cadence.status).toBe('on-track');
    expect(report.status.code).toBe('overdue');
    expect(report.status.needsAttention).toBe(true);
    expect(report.status.reasons[0]).toBe(
      'Your commitment is overdue by 6 weeks: Connect Chidi with Grace Achieng, who went from engineering into product',
    );
  });

  it('Chidi: the report’s own overdue commitment also makes the person overdue, said as theirs', () => {
    const history = aReportHistory()
      .withHeldFull('2026-05-01')
      .withContract(
        aContract(
          aVersion({
            agreedAt: '2026-05-01T11:00:00Z',
            commitments: [aCommitment({ action: 'Write the proposal', due: '2026-05-25' })],
          }),
        ),
      )
      .build();
    const report = overviewOf(history);
    expect(report.status.code).toBe('overdue');
    expect(report.status.reasons).toContain(
      'Their commitment is overdue by 7 days: Write the proposal',
    );
  });

  it('Liam: a stalled promotion covered by a booked conversation is "booked", never "on track"', () => {
    const history = aReportHistory()
      .withReport({ displayName: "Liam O'Connor" })
      .withHeldFull('2026-04-20')
      .withTrigger({
        id: 't1',
        trigger: 'promotion-not-progressed',
        loggedAt: '2026-05-23T09:00:00Z',
      })
      .withBookedFull('2026-06-05')
      .build();

    const report = overviewOf(history);

    expect(report.status.code).toBe('booked');
    expect(report.status.needsAttention).toBe(false);
    expect(report.status.reasons[0]).toMatch(/^Promotion stalled: .*booked for/);
  });

  it('Liam: a stalled promotion with nothing booked is overdue once its week has passed', () => {
    const history = aReportHistory()
      .withHeldFull('2026-04-20')
      .withTrigger({
        id: 't1',
        trigger: 'promotion-not-progressed',
        loggedAt: '2026-05-20T09:00:00Z',
      })
      .build();
    const report = overviewOf(history);
    expect(report.status.code).toBe('overdue');
    expect(report.status.needsAttention).toBe(true);
  });

  it('Isabella: a booked ad hoc conversation is named as such, not as "no conversation booked"', () => {
    const history = aReportHistory()
      .withReport({ displayName: 'Isabella Rossi' })
      .withHeldFull('2026-03-13')
      .withTrigger({ id: 't1', trigger: 'drop-in-engagement', loggedAt: '2026-05-22T09:00:00Z' })
      .withConversation(aBookedFull('2026-06-03', { kind: 'ad-hoc' }))
      .build();

    const report = overviewOf(history);
    const evidence = detectFailures(history, NOW, ZONE).flatMap((f) => f.evidence);

    expect(report.nextConversation?.kind).toBe('ad-hoc');
    expect(evidence).not.toContain('No career conversation is booked');
    expect(evidence).toContain(
      'No quarterly career conversation is booked: the ad hoc one on Wed 3 Jun does not replace it',
    );
    // The quarter runs out in 11 days and the ad hoc one does not count for it: due soon.
    expect(report.status.code).toBe('due-soon');
    expect(report.status.reasons.some((r) => r.includes('ad hoc conversation booked'))).toBe(true);
  });

  it('on track only when nothing is due soon, overdue or open', () => {
    const history = aReportHistory()
      .withHeldFull('2026-05-01')
      .withContract(
        aContract(aVersion({ agreedAt: '2026-05-20T11:00:00Z', commitments: [aCommitment()] })),
      )
      .build();
    const report = overviewOf(history);
    expect(report.status.code).toBe('on-track');
    expect(report.status.needsAttention).toBe(false);
  });

  it('the team counts and the most-urgent order follow the one status', () => {
    const overdueByCommitment = aReportHistory()
      .withReport({ id: 'a', displayName: 'Aaron' })
      .withHeldFull('2026-05-01')
      .withContract(
        aContract(
          aVersion({
            agreedAt: '2026-05-01T11:00:00Z',
            commitments: [aManagerCommitment({ due: '2026-05-10' })],
          }),
        ),
      )
      .build();
    const onTrack = aReportHistory()
      .withReport({ id: 'b', displayName: 'Zara' })
      .withHeldFull('2026-05-01')
      .build();
    const team = summarizeTeam({
      managerId: MANAGER_ID,
      histories: [onTrack, overdueByCommitment],
      now: NOW,
      zone: ZONE,
    });
    expect(team.counts.overdue).toBe(1);
    expect(team.reports.map((r) => r.person.displayName)).toEqual(['Aaron', 'Zara']);
  });
});
