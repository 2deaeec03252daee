import { describe, expect, it } from 'vitest';
import { cadenceFactsFor, lastQuarterWindow } from '../../../src/domain/aggregates';
import { Temporal } from '../../../src/domain';
import {
  REPORT_ID,
  ZONE,
  aCommitment,
  aContract,
  aConversation,
  aManagerCommitment,
  aReportHistory,
  aVersion,
  at,
} from '../builders';

const NOW = at('2026-05-04T09:30:00Z');

describe('cadenceFactsFor', () => {
  it('counts a full conversation held in the last three calendar months', () => {
    const recent = aReportHistory().withHeldFull('2026-02-10').build();
    const old = aReportHistory().withHeldFull('2026-02-03').build();
    expect(cadenceFactsFor(recent, NOW, ZONE)).toMatchObject({
      personId: REPORT_ID,
      hadFullConversationLastQuarter: true,
    });
    expect(cadenceFactsFor(old, NOW, ZONE).hadFullConversationLastQuarter).toBe(false);
  });

  it('does not count a booked, review or informal conversation as a full one held', () => {
    const history = aReportHistory()
      .withBookedFull('2026-04-01')
      .withConversation(
        aConversation({ kind: 'review', state: 'held', heldAt: '2026-04-02T10:00:00Z' }),
      )
      .build();
    expect(cadenceFactsFor(history, NOW, ZONE).hadFullConversationLastQuarter).toBe(false);
  });

  it('asks for dated commitments from both parties in the current contract version', () => {
    const both = aReportHistory().withContract(aContract()).build();
    const reportOnly = aReportHistory()
      .withContract(aContract(aVersion({ commitments: [aCommitment()] })))
      .build();
    expect(cadenceFactsFor(both, NOW, ZONE).contractHasDatedCommitmentsFromBoth).toBe(true);
    expect(cadenceFactsFor(reportOnly, NOW, ZONE).contractHasDatedCommitmentsFromBoth).toBe(false);
    expect(
      cadenceFactsFor(aReportHistory().build(), NOW, ZONE).contractHasDatedCommitmentsFromBoth,
    ).toBe(false);
  });

  it('counts manager commitments that fell due this quarter, and those done by their date', () => {
    const onTime = aManagerCommitment({
      due: '2026-03-10',
      status: 'done',
      completedAt: '2026-03-10T21:00:00Z',
    });
    const late = aManagerCommitment({
      due: '2026-03-10',
      status: 'done',
      completedAt: '2026-03-12T09:00:00Z',
    });
    const missed = aManagerCommitment({ due: '2026-04-20' });
    const dropped = aManagerCommitment({
      due: '2026-04-01',
      status: 'dropped',
      droppedReason: 'x',
    });
    const notYetDue = aManagerCommitment({ due: '2026-05-04' });
    const beforeQuarter = aManagerCommitment({ due: '2026-01-15' });
    const reports = aCommitment({ due: '2026-03-10' });
    const commitments = [onTime, late, missed, dropped, notYetDue, beforeQuarter, reports];
    const history = aReportHistory()
      .withContract(aContract(aVersion({ commitments })))
      .build();
    expect(cadenceFactsFor(history, NOW, ZONE)).toMatchObject({
      managerCommitmentsDue: 3,
      managerCommitmentsOnTime: 1,
    });
  });

  it('counts a commitment carried across versions once, as it stands in the latest', () => {
    const open = aManagerCommitment({ id: 'intro', due: '2026-03-10' });
    const done = { ...open, status: 'done' as const, completedAt: '2026-03-09T10:00:00Z' };
    const history = aReportHistory()
      .withContract(
        aContract(
          aVersion({ commitments: [aCommitment(), open] }),
          aVersion({ version: 2, commitments: [aCommitment(), done], reason: 'monthly-review' }),
        ),
      )
      .build();
    expect(cadenceFactsFor(history, NOW, ZONE)).toMatchObject({
      managerCommitmentsDue: 1,
      managerCommitmentsOnTime: 1,
    });
  });
});

describe('lastQuarterWindow', () => {
  it('runs from the same day three months back to today, in the viewer’s zone', () => {
    const lateUtc = Temporal.Instant.from('2026-05-31T13:00:00Z');
    const auckland = lastQuarterWindow(lateUtc, 'Pacific/Auckland');
    expect([auckland.from.toString(), auckland.to.toString()]).toEqual([
      '2026-03-01',
      '2026-06-01',
    ]);
    expect(auckland.start.toString()).toBe('2026-02-28T11:00:00Z');
    const london = lastQuarterWindow(lateUtc, 'Europe/London');
    expect(london.from.toString()).toBe('2026-02-28');
  });
});
