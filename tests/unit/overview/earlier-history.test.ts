import { describe, expect, it } from 'vitest';
import { planCadence } from '../../../src/domain/cadence';
import { describeEarlierHistory, summarizeTeam } from '../../../src/domain/overview';
import type { ReportHistory } from '../../../src/domain';
import {
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

const NOW = at('2026-12-07T09:00:00Z');
const TODAY = NOW.toZonedDateTimeISO(ZONE).toPlainDate();

const withheldContract = aContract(
  aVersion({
    agreedAt: '2026-04-03T10:00:00Z',
    commitments: [
      aCommitment({ action: 'Build the export feature end to end', due: '2026-07-07' }),
      aCommitment({ action: 'Complete the types course', due: '2026-05-07' }),
      aManagerCommitment({ action: 'Set up a pairing week', due: '2026-06-07' }),
      aCommitment({ action: 'Not due yet', due: '2027-01-10' }),
    ],
  }),
);
const withheldConversations = [
  aConversation({ kind: 'full', state: 'held', heldAt: '2026-04-03T10:00:00Z' }),
  aConversation({ kind: 'review', state: 'held', heldAt: '2026-05-03T10:00:00Z' }),
];

describe('describeEarlierHistory: the cadence facts of withheld records', () => {
  it('keeps the days of the last conversations and per side how many are overdue since when', () => {
    const facts = describeEarlierHistory(
      { conversations: withheldConversations, contract: withheldContract },
      ZONE,
      TODAY,
    );
    expect(facts).toEqual({
      lastHeldOn: '2026-05-03',
      lastFullHeldOn: '2026-04-03',
      overdue: {
        manager: { count: 1, oldestDue: '2026-06-07' },
        report: { count: 2, oldestDue: '2026-05-07' },
      },
    });
    expect(JSON.stringify(facts)).not.toMatch(/export|types course|pairing/);
  });

  it('says nothing it does not know: no conversation, no contract', () => {
    expect(describeEarlierHistory({ conversations: [] }, ZONE, TODAY)).toEqual({
      overdue: { manager: { count: 0 }, report: { count: 0 } },
    });
  });
});

describe('a hand-over in the plan and the status', () => {
  const handedOver = (): ReportHistory => ({
    ...aReportHistory().build(),
    earlier: describeEarlierHistory(
      { conversations: withheldConversations, contract: withheldContract },
      ZONE,
      TODAY,
    ),
  });

  it('runs the quarter from the last full conversation before the manager, not from "never"', () => {
    const plan = planCadence(handedOver(), NOW, ZONE);
    expect(plan.next.reason).toEqual({
      code: 'quarterly',
      lastHeld: '2026-04-03',
      beforeYou: true,
    });
    expect(plan.next.overdueSince).toBe('2026-07-03');
    expect(plan.next.message).toBe(
      'Last full conversation, before you, was 8 months ago: overdue by 5 months',
    );
  });

  it('is overdue for withheld overdue commitments, counted and never named', () => {
    const [report] = summarizeTeam({
      managerId: MANAGER_ID,
      histories: [handedOver()],
      now: NOW,
      zone: ZONE,
    }).reports;
    expect(report?.status.code).toBe('overdue');
    expect(report?.status.reasons).toEqual([
      'Last full conversation, before you, was 8 months ago: overdue by 5 months',
      'An earlier manager’s commitment is overdue by 6 months',
      '2 of their commitments from before you are overdue, the oldest by 7 months',
    ]);
    expect(report?.earlierHistory?.overdue.report.count).toBe(2);
  });
});
