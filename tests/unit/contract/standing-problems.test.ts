import { describe, expect, it } from 'vitest';
import { findStandingProblems } from '../../../src/domain/contract';
import { Temporal } from '../../../src/domain';
import { aCommitment, aManagerCommitment, aReview, aVersion } from '../builders';

const today = Temporal.PlainDate.from('2026-07-04');

describe('findStandingProblems', () => {
  it('lists overdue commitments, a side with nothing open and a past review, each with its decisions', () => {
    const version = aVersion({
      commitments: [
        aCommitment({ id: 'late', due: '2026-06-30' }),
        aManagerCommitment({ id: 'mine', due: '2026-05-15', status: 'done' }),
      ],
      reviews: [
        aReview({ id: 'june', month: '2026-06' }),
        aReview({ id: 'july', month: '2026-07' }),
      ],
    });
    expect(
      findStandingProblems(version, today).map((p) => [
        p.kind,
        'commitment' in p ? p.commitment.id : 'review' in p ? p.review.id : p.party,
        p.decisions,
      ]),
    ).toEqual([
      ['commitment-overdue', 'late', ['re-date', 'drop']],
      ['no-open-commitment', 'manager', ['add']],
      ['review-month-passed', 'june', ['re-date', 'remove']],
    ]);
  });

  it('offers the manager "done" for their own overdue commitment, and finds nothing in a sound contract', () => {
    const late = aVersion({
      commitments: [aCommitment(), aManagerCommitment({ id: 'mine', due: '2026-07-03' })],
      reviews: [],
    });
    expect(findStandingProblems(late, today)[0]?.decisions).toEqual(['done', 're-date', 'drop']);
    // Due today is not overdue yet.
    const sound = aVersion({
      commitments: [aCommitment({ due: '2026-07-04' }), aManagerCommitment()],
      reviews: [aReview({ month: '2026-07' })],
    });
    expect(findStandingProblems(sound, today)).toEqual([]);
  });
});
