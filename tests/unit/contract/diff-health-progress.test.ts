import { describe, expect, it } from 'vitest';
import {
  assessContractHealth,
  currentVersion,
  diffContractVersions,
  markCommitmentDone,
} from '../../../src/domain/contract';
import { Temporal } from '../../../src/domain';
import { aCommitment, aContract, aManagerCommitment, aReview, aVersion, at } from '../builders';

const day = (iso: string) => Temporal.PlainDate.from(iso);

describe('diffContractVersions', () => {
  it('lists every kind of change, commitments first', () => {
    const kept = aCommitment({ id: 'kept' });
    const redated = aCommitment({ id: 'redated', due: '2026-04-01' });
    const reworded = aCommitment({ id: 'reworded', action: 'Write the proposal' });
    const finished = aManagerCommitment({ id: 'finished' });
    const abandoned = aManagerCommitment({ id: 'abandoned' });
    const same = aReview({ id: 'r-same' });
    const moved = aReview({ id: 'r-moved', month: '2026-06' });
    const a = aVersion({
      commitments: [
        kept,
        redated,
        reworded,
        finished,
        abandoned,
        aManagerCommitment({ id: 'vanished' }),
      ],
      reviews: [same, moved, aReview({ id: 'r-gone' })],
      openQuestion: 'Is platform realistic?',
    });
    const b = aVersion({
      version: 2,
      commitments: [
        kept,
        { ...redated, due: '2026-05-01' },
        { ...reworded, action: 'Write and present the proposal' },
        { ...finished, status: 'done', completedAt: '2026-04-01T09:00:00Z' },
        { ...abandoned, status: 'dropped', droppedReason: 'Priya moved on' },
        aCommitment({ id: 'fresh' }),
      ],
      reviews: [same, { ...moved, month: '2026-07' }, aReview({ id: 'r-new' })],
      openQuestion: 'Is staff engineer realistic?',
    });
    expect(
      diffContractVersions(a, b).map((c) => [
        c.type,
        'commitment' in c ? c.commitment.id : 'review' in c ? c.review.id : '',
      ]),
    ).toEqual([
      ['due-changed', 'redated'],
      ['action-changed', 'reworded'],
      ['commitment-completed', 'finished'],
      ['commitment-dropped', 'abandoned'],
      ['commitment-added', 'fresh'],
      ['commitment-removed', 'vanished'],
      ['review-changed', 'r-moved'],
      ['review-added', 'r-new'],
      ['review-removed', 'r-gone'],
      ['open-question-changed', ''],
    ]);
    expect(diffContractVersions(a, b)).toContainEqual(
      expect.objectContaining({ type: 'due-changed', from: '2026-04-01', to: '2026-05-01' }),
    );
    expect(diffContractVersions(a, b)).toContainEqual(
      expect.objectContaining({ type: 'commitment-dropped', reason: 'Priya moved on' }),
    );
  });

  it('finds nothing between a version and itself', () => {
    const v = aVersion();
    expect(diffContractVersions(v, v)).toEqual([]);
  });

  it('notices a reopened commitment', () => {
    const done = aCommitment({ id: 'x', status: 'done' });
    const a = aVersion({ commitments: [done] });
    const b = { ...a, version: 2, commitments: [{ ...done, status: 'open' as const }] };
    expect(diffContractVersions(a, b)).toEqual([
      expect.objectContaining({ type: 'commitment-reopened' }),
    ]);
  });
});

describe('assessContractHealth', () => {
  it("is 'none' without a contract", () => {
    expect(assessContractHealth(undefined, day('2026-03-03'))).toEqual({
      state: 'none',
      overdue: { manager: [], report: [] },
      open: 0,
      done: 0,
      hasDatedCommitmentsFromBoth: false,
    });
  });

  it('separates overdue commitments by party, oldest first, and finds the next due', () => {
    const contract = aContract(
      aVersion({
        commitments: [
          aManagerCommitment({ id: 'm-late', due: '2026-03-01' }),
          aManagerCommitment({ id: 'm-later', due: '2026-02-20' }),
          aCommitment({ id: 'r-late', due: '2026-03-02' }),
          aCommitment({ id: 'r-today', due: '2026-03-03' }),
          aManagerCommitment({ id: 'm-next', due: '2026-03-03' }),
          aCommitment({ id: 'done', due: '2026-01-01', status: 'done' }),
          aCommitment({ id: 'dropped', due: '2026-01-01', status: 'dropped' }),
        ],
      }),
    );
    const health = assessContractHealth(contract, day('2026-03-03'));
    expect(health.state).toBe('overdue');
    expect(health.overdue.manager.map((c) => c.id)).toEqual(['m-later', 'm-late']);
    expect(health.overdue.report.map((c) => c.id)).toEqual(['r-late']);
    // Due today is not overdue; on a tie the manager's own comes first.
    expect(health.nextDue?.id).toBe('m-next');
    expect(health).toMatchObject({ open: 5, done: 1, hasDatedCommitmentsFromBoth: true });
  });

  it("is 'on-track' when nothing open is past due", () => {
    const health = assessContractHealth(aContract(), day('2026-03-03'));
    expect(health.state).toBe('on-track');
    expect(health.nextDue).toBeDefined();
  });

  it('needs a dated, not dropped, commitment from both parties', () => {
    const contract = aContract(
      aVersion({ commitments: [aCommitment(), aManagerCommitment({ status: 'dropped' })] }),
    );
    expect(assessContractHealth(contract, day('2026-03-03')).hasDatedCommitmentsFromBoth).toBe(
      false,
    );
  });

  it('reads only the current version', () => {
    const contract = aContract(
      aVersion({ commitments: [aCommitment({ due: '2026-01-01' }), aManagerCommitment()] }),
      aVersion({ version: 2 }),
    );
    expect(assessContractHealth(contract, day('2026-03-03')).state).toBe('on-track');
  });
});

describe('markCommitmentDone', () => {
  const contract = aContract(
    aVersion({ version: 1 }),
    aVersion({
      version: 2,
      commitments: [
        aCommitment({ id: 'theirs' }),
        aManagerCommitment({ id: 'mine' }),
        aManagerCommitment({ id: 'gone', status: 'dropped', droppedReason: 'Reorg' }),
      ],
    }),
  );
  const now = at('2026-03-05T09:30:00Z');

  it('marks the owner’s commitment done in place, without a new version', () => {
    const result = markCommitmentDone(contract, 'theirs', 'report', now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.versions).toHaveLength(2);
    expect(result.value.versions[0]).toBe(contract.versions[0]);
    expect(currentVersion(result.value).commitments[0]).toMatchObject({
      status: 'done',
      completedAt: '2026-03-05T09:30:00Z',
    });
    expect(currentVersion(contract).commitments[0]?.status).toBe('open');
  });

  it('lets only the owning party mark it', () => {
    const result = markCommitmentDone(contract, 'theirs', 'manager', now);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({ code: 'not-your-commitment', field: 'commitments.0.status' }),
    ]);
    expect(markCommitmentDone(contract, 'mine', 'report', now).ok).toBe(false);
    expect(markCommitmentDone(contract, 'mine', 'manager', now).ok).toBe(true);
  });

  it('refuses unknown and dropped commitments', () => {
    const unknown = markCommitmentDone(contract, 'nope', 'report', now);
    expect(unknown.ok ? '' : unknown.errors[0]?.code).toBe('commitment-not-found');
    const dropped = markCommitmentDone(contract, 'gone', 'manager', now);
    expect(dropped.ok ? '' : dropped.errors[0]?.code).toBe('commitment-dropped');
  });

  it('keeps the first completion time when marked twice', () => {
    const once = markCommitmentDone(contract, 'mine', 'manager', now);
    if (!once.ok) throw new Error('expected ok');
    const twice = markCommitmentDone(once.value, 'mine', 'manager', at('2026-03-09T09:00:00Z'));
    expect(twice.ok && currentVersion(twice.value).commitments[1]?.completedAt).toBe(
      '2026-03-05T09:30:00Z',
    );
  });
});
