import { describe, expect, it } from 'vitest';
import {
  detectConflating,
  detectDeferring,
  detectFailures,
  detectGoesNowhere,
  detectOrganisationsNeeds,
  detectPromises,
} from '../../../src/domain/failures';
import type { FailureDetector, FailureInput } from '../../../src/domain/failures';
import { failureById } from '../../../src/domain/playbook/failures';
import { renderProse } from '../../../src/domain/playbook/prose';
import type { ReportHistory } from '../../../src/domain';
import {
  aBookedFull,
  aCommitment,
  aContract,
  aConversation,
  aManagerCommitment,
  anEvent,
  aReportHistory,
  aVersion,
  at,
  ZONE,
} from '../builders';

const input = (
  history: ReportHistory,
  now: string,
  extra: Partial<FailureInput> = {},
): FailureInput => ({ history, now: at(now), zone: ZONE, ...extra });

const evidenceOf = (detector: FailureDetector, history: ReportHistory, now: string, extra = {}) =>
  detector(input(history, now, extra))?.evidence;

describe('deferring', () => {
  const heldInMarch = () => aReportHistory().withHeldFull('2026-03-03', { id: 'q1' });

  it('fires when nothing is booked and 75 days have passed since the last one', () => {
    const history = heldInMarch().build();
    expect(evidenceOf(detectDeferring, history, '2026-05-16T12:00:00Z')).toBeUndefined();
    expect(evidenceOf(detectDeferring, history, '2026-05-17T12:00:00Z')).toEqual([
      'The last career conversation with Alex Rivera was on Tue, 3 Mar 2026, 75 days ago',
      'No career conversation is booked',
    ]);
  });

  it('is satisfied by a booked conversation still to come', () => {
    const history = heldInMarch().withBookedFull('2026-06-02', { id: 'q2' }).build();
    expect(detectDeferring(input(history, '2026-05-20T12:00:00Z'))).toBeUndefined();
  });

  it('does not count a booking whose slot passed without being held', () => {
    const history = heldInMarch().withBookedFull('2026-05-19', { id: 'q2' }).build();
    expect(evidenceOf(detectDeferring, history, '2026-05-20T12:00:00Z')).toContain(
      'No career conversation is booked',
    );
  });

  it('says "never held" when the start of the relationship is unknown', () => {
    expect(evidenceOf(detectDeferring, aReportHistory().build(), '2026-05-20T12:00:00Z')).toEqual([
      'No career conversation with Alex Rivera has been held yet',
      'None is booked',
    ]);
  });

  it('gives a new relationship 14 days', () => {
    const history = aReportHistory().build();
    const started = { relationshipStartedOn: '2026-05-06' };
    expect(evidenceOf(detectDeferring, history, '2026-05-19T12:00:00Z', started)).toBeUndefined();
    expect(evidenceOf(detectDeferring, history, '2026-05-20T12:00:00Z', started)).toEqual([
      'No career conversation with Alex Rivera in the 14 days since you started managing them (Wed, 6 May 2026)',
      'None is booked',
    ]);
  });

  it('fires when the booked conversation has been moved twice', () => {
    const once = heldInMarch().withBookedFull('2026-06-02', { rescheduleCount: 1 }).build();
    expect(detectDeferring(input(once, '2026-05-20T12:00:00Z'))).toBeUndefined();
    const twice = heldInMarch().withBookedFull('2026-06-02', { rescheduleCount: 2 }).build();
    expect(evidenceOf(detectDeferring, twice, '2026-05-20T12:00:00Z')).toEqual([
      'The career conversation now booked for Tue 2 Jun, 11:00 has been moved 2 times',
    ]);
  });

  it('fires on three moves across the last two quarters, ignoring older ones', () => {
    const recent = heldInMarch()
      .withHeldFull('2025-12-09', { rescheduleCount: 2 })
      .withBookedFull('2026-06-02', { rescheduleCount: 1 })
      .build();
    expect(evidenceOf(detectDeferring, recent, '2026-05-20T12:00:00Z')).toEqual([
      'Career conversations have been moved 3 times in the last six months',
    ]);
    const old = heldInMarch()
      .withHeldFull('2025-09-01', { rescheduleCount: 2 })
      .withBookedFull('2026-06-02', { rescheduleCount: 1 })
      .build();
    expect(detectDeferring(input(old, '2026-05-20T12:00:00Z'))).toBeUndefined();
  });
});

describe('conflating', () => {
  const booked = (minutes: number, overrides: Parameters<typeof anEvent>[2] = {}) =>
    aReportHistory()
      .withConversation(
        aBookedFull('2026-06-02', { event: anEvent('2026-06-02', minutes, overrides) }),
      )
      .build();
  const now = '2026-05-20T12:00:00Z';

  it('stays quiet for a dedicated, long enough, properly named session', () => {
    expect(detectConflating(input(booked(60), now))).toBeUndefined();
    expect(detectConflating(input(booked(45), now))).toBeUndefined();
  });

  it('fires on a session inside a 1:1', () => {
    expect(evidenceOf(detectConflating, booked(60, { insideOneOnOne: true }), now)).toEqual([
      'The career conversation on Tue 2 Jun, 11:00–12:00 sits inside or right next to your 1:1 with Alex Rivera',
    ]);
  });

  it('fires on a session under 45 minutes', () => {
    expect(evidenceOf(detectConflating, booked(30), now)).toEqual([
      'The career conversation on Tue 2 Jun, 11:00–11:30 is booked for 30 minutes, under the 45-minute minimum',
    ]);
  });

  it.each([
    'Alex / Sam 1:1',
    'Weekly 1-1 + career',
    'Q2 check-in',
    'Mid-year performance review',
    'Annual appraisal',
    'One-on-one',
  ])('fires on a title that reads as another meeting: %s', (title) => {
    expect(evidenceOf(detectConflating, booked(60, { title }), now)).toEqual([
      `The career conversation on Tue 2 Jun, 11:00–12:00 is titled “${title}”, which reads as a 1:1 or review`,
    ]);
  });

  it.each([
    'Career conversation',
    'Career conversation: where do you want to go?',
    'Alex – career',
  ])('accepts a career title: %s', (title) => {
    expect(detectConflating(input(booked(60, { title }), now))).toBeUndefined();
  });

  it('looks at the last held conversation when none is booked', () => {
    const history = aReportHistory()
      .withHeldFull('2026-03-03', {
        event: anEvent('2026-03-03', 15, { title: 'Performance review' }),
      })
      .build();
    expect(evidenceOf(detectConflating, history, now)).toHaveLength(2);
  });
});

describe("organisation's needs", () => {
  const now = '2026-03-05T12:00:00Z';

  it('fires when closing the gap started before their aspiration was written down', () => {
    const history = aReportHistory()
      .withHeldFull('2026-03-03', { aspirationRecorded: false })
      .build();
    expect(evidenceOf(detectOrganisationsNeeds, history, now)).toEqual([
      "In the conversation on Tue, 3 Mar 2026 you moved on to closing the gap before Alex Rivera's own aspiration was written down",
    ]);
  });

  it('stays quiet when the aspiration was recorded, or the gap not yet reached', () => {
    expect(
      detectOrganisationsNeeds(input(aReportHistory().withHeldFull('2026-03-03').build(), now)),
    ).toBeUndefined();
    const early = aReportHistory()
      .withHeldFull('2026-03-03', { phasesReached: ['where-now'], aspirationRecorded: false })
      .build();
    expect(detectOrganisationsNeeds(input(early, now))).toBeUndefined();
  });

  it('judges the latest conversation only', () => {
    const history = aReportHistory()
      .withHeldFull('2025-12-02', { aspirationRecorded: false })
      .withHeldFull('2026-03-03')
      .build();
    expect(detectOrganisationsNeeds(input(history, now))).toBeUndefined();
  });

  const teamOnly = [
    aCommitment({ action: 'Cover the on-call rotation while Sam is on leave' }),
    aCommitment({ action: 'Backfill the support desk during the Q3 hiring freeze' }),
    aManagerCommitment(),
  ];

  it("fires when all of the person's commitments serve the team and none their direction", () => {
    const history = aReportHistory()
      .withDirection('Move into product management within two years')
      .withContract(aContract(aVersion({ commitments: teamOnly })))
      .build();
    expect(evidenceOf(detectOrganisationsNeeds, history, now)).toEqual([
      "All 2 of Alex Rivera's commitments are about what the team needs: “Cover the on-call rotation while Sam is on leave”, “Backfill the support desk during the Q3 hiring freeze”",
      'None of them connects to the direction Alex Rivera described: “Move into product management within two years”',
    ]);
  });

  it('says so when there is no direction at all', () => {
    const history = aReportHistory()
      .withContract(aContract(aVersion({ commitments: teamOnly })))
      .build();
    expect(evidenceOf(detectOrganisationsNeeds, history, now)?.[1]).toBe(
      "Alex Rivera's own direction is not written down",
    );
  });

  it('stays quiet when a team-need commitment also serves their direction, or one is about them', () => {
    const related = aReportHistory()
      .withDirection('Move into product management')
      .withContract(
        aContract(
          aVersion({
            commitments: [
              aCommitment({ action: 'Cover the product owner role during the launch' }),
              aManagerCommitment(),
            ],
          }),
        ),
      )
      .build();
    expect(detectOrganisationsNeeds(input(related, now))).toBeUndefined();
    const mixed = aReportHistory()
      .withDirection('Move into product management')
      .withContract(
        aContract(
          aVersion({
            commitments: [
              ...teamOnly,
              aCommitment({ action: 'Shadow a product manager for a sprint' }),
            ],
          }),
        ),
      )
      .build();
    expect(detectOrganisationsNeeds(input(mixed, now))).toBeUndefined();
  });
});

describe('promises', () => {
  const now = '2026-03-05T12:00:00Z';
  const withCommitments = (...commitments: ReturnType<typeof aCommitment>[]) =>
    aReportHistory()
      .withContract(aContract(aVersion({ commitments })))
      .build();

  it("fires on a promise in the manager's open commitment", () => {
    const history = withCommitments(
      aCommitment(),
      aManagerCommitment({ action: 'I will get you promoted to senior by June' }),
    );
    expect(evidenceOf(detectPromises, history, now)).toEqual([
      'Your commitment “I will get you promoted to senior by June” promises what is not yours to give: “I will get you promoted”',
    ]);
  });

  it("does not read the person's own goal as a promise, or a promise already kept", () => {
    expect(
      detectPromises(
        input(
          withCommitments(
            aCommitment({ action: 'Get promoted to senior engineer' }),
            aManagerCommitment(),
          ),
          now,
        ),
      ),
    ).toBeUndefined();
    const kept = aManagerCommitment({
      action: 'I will get you promoted to senior by June',
      status: 'done',
    });
    expect(detectPromises(input(withCommitments(aCommitment(), kept), now))).toBeUndefined();
  });

  it('fires on a promise in the open question', () => {
    const history = aReportHistory()
      .withContract(
        aContract(aVersion({ openQuestion: "You'll have the tech lead role by the summer" })),
      )
      .build();
    expect(evidenceOf(detectPromises, history, now)).toEqual([
      "The open question “You'll have the tech lead role by the summer” reads as a promise: “You'll have the tech lead role”",
    ]);
  });

  it('needs a contract', () => {
    expect(detectPromises(input(aReportHistory().build(), now))).toBeUndefined();
  });
});

describe('goes nowhere', () => {
  it('fires a day after a conversation that ended without a contract', () => {
    const history = aReportHistory().withHeldFull('2026-03-03', { id: 'q1' }).build();
    expect(detectGoesNowhere(input(history, '2026-03-04T09:00:00Z'))).toBeUndefined();
    expect(evidenceOf(detectGoesNowhere, history, '2026-03-04T11:00:00Z')).toEqual([
      'The career conversation on Tue, 3 Mar 2026 ended without a development contract',
    ]);
  });

  it('is satisfied by a contract agreed there with dated commitments from both', () => {
    const history = aReportHistory()
      .withHeldFull('2026-03-03', { id: 'q1' })
      .withContract(aContract(aVersion({ conversationId: 'q1' })))
      .build();
    expect(detectGoesNowhere(input(history, '2026-03-10T12:00:00Z'))).toBeUndefined();
  });

  it('fires on a one-sided contract', () => {
    const history = aReportHistory()
      .withHeldFull('2026-03-03', { id: 'q1' })
      .withContract(aContract(aVersion({ conversationId: 'q1', commitments: [aCommitment()] })))
      .build();
    expect(evidenceOf(detectGoesNowhere, history, '2026-03-10T12:00:00Z')).toEqual([
      'The contract agreed on Tue, 3 Mar 2026 does not have dated commitments from both of you',
    ]);
  });

  it('lets a series run as separate sessions continue to the gap', () => {
    const first = { id: 'q1', phasesReached: ['where-now' as const] };
    const continuing = aReportHistory()
      .withHeldFull('2026-03-03', first)
      .withBookedFull('2026-03-17')
      .build();
    expect(detectGoesNowhere(input(continuing, '2026-03-10T12:00:00Z'))).toBeUndefined();
    const stalled = aReportHistory().withHeldFull('2026-03-03', first).build();
    expect(detectGoesNowhere(input(stalled, '2026-03-10T12:00:00Z'))).toBeDefined();
  });

  it('fires when the next conversation did not start by reviewing the contract', () => {
    const contract = aContract(
      aVersion({ conversationId: 'q1', agreedAt: '2026-03-03T10:55:00Z' }),
      aVersion({ version: 2, conversationId: 'q2', agreedAt: '2026-06-02T10:55:00Z' }),
    );
    const unreviewed = aReportHistory()
      .withHeldFull('2026-03-03', { id: 'q1' })
      .withHeldFull('2026-06-02', { id: 'q2' })
      .withContract(contract)
      .build();
    expect(evidenceOf(detectGoesNowhere, unreviewed, '2026-06-10T12:00:00Z')).toEqual([
      'The career conversation on Tue, 2 Jun 2026 did not start by reviewing the contract agreed on Tue, 3 Mar 2026',
    ]);
    const reviewed = aReportHistory()
      .withHeldFull('2026-03-03', { id: 'q1' })
      .withHeldFull('2026-06-02', {
        id: 'q2',
        previousCommitmentsReviewedAt: '2026-06-02T10:03:00Z',
      })
      .withContract(contract)
      .build();
    expect(detectGoesNowhere(input(reviewed, '2026-06-10T12:00:00Z'))).toBeUndefined();
  });

  it('has nothing to judge before a conversation is held', () => {
    const history = aReportHistory().withConversation(aConversation()).build();
    expect(detectGoesNowhere(input(history, '2026-06-10T12:00:00Z'))).toBeUndefined();
  });
});

describe('detectFailures', () => {
  it('finds nothing in a well-kept history', () => {
    const history = aReportHistory()
      .withDirection('Lead the architecture of the billing platform')
      .withHeldFull('2026-03-03', { id: 'q1' })
      .withBookedFull('2026-06-02', { id: 'q2' })
      .withContract(aContract(aVersion({ conversationId: 'q1' })))
      .build();
    expect(detectFailures(history, at('2026-04-01T12:00:00Z'), ZONE)).toEqual([]);
  });

  it("reports findings in the playbook's order with its “what to do instead”", () => {
    const history = aReportHistory()
      .withHeldFull('2026-01-06', {
        id: 'q1',
        event: anEvent('2026-01-06', 30),
        aspirationRecorded: false,
      })
      .withContract(
        aContract(
          aVersion({
            conversationId: 'q1',
            agreedAt: '2026-01-06T10:50:00Z',
            commitments: [
              aCommitment(),
              aManagerCommitment({ action: 'I will get you promoted to senior by June' }),
            ],
          }),
        ),
      )
      .build();
    const findings = detectFailures(history, at('2026-04-01T12:00:00Z'), ZONE);
    expect(findings.map((f) => f.failure)).toEqual([
      'deferring',
      'conflating',
      'organisations-needs',
      'promises',
    ]);
    for (const finding of findings) {
      expect(finding.instead).toBe(renderProse(failureById(finding.failure).instead));
      expect(finding.evidence.length).toBeGreaterThan(0);
    }
    expect(findings[0]?.instead).toBe(
      'Book it now. Put it in the calendar as a recurring quarterly session. Protect it.',
    );
    expect(findings[3]?.instead).toContain('I can commit to making the introduction.');
  });

  it('passes the start of the relationship to the deferring detector', () => {
    const history = aReportHistory().build();
    const now = at('2026-05-20T12:00:00Z');
    expect(detectFailures(history, now, ZONE, { relationshipStartedOn: '2026-05-15' })).toEqual([]);
    expect(detectFailures(history, now, ZONE).map((f) => f.failure)).toEqual(['deferring']);
  });
});
