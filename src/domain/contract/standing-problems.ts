import {
  PARTIES,
  type Commitment,
  type ContractVersion,
  type Party,
  type ReviewItem,
} from '../model/contract';
import { Temporal } from '../time/temporal';
import { isValidIsoDate, toDate } from '../time/values';

/** What the manager can decide about a standing problem, next time they change the contract. */
export const STANDING_DECISIONS = ['done', 're-date', 'drop', 'add', 'remove'] as const;
export type StandingDecision = (typeof STANDING_DECISIONS)[number];

/**
 * Something wrong with the agreed contract as it stands today, not with a change to it: a date
 * that has passed, a side with nothing open, a review month gone by. Each is shown with the
 * decisions that settle it, and none of them blocks a change to something else.
 */
export type StandingProblem =
  | {
      kind: 'commitment-overdue';
      commitment: Commitment;
      decisions: StandingDecision[];
    }
  | { kind: 'no-open-commitment'; party: Party; decisions: StandingDecision[] }
  | { kind: 'review-month-passed'; review: ReviewItem; decisions: StandingDecision[] };

/**
 * The standing problems of a version on `today` (the manager's date). Whether a commitment is
 * done is its owner's to say, so the manager is offered "done" for their own commitments only.
 */
export function findStandingProblems(
  version: ContractVersion,
  today: Temporal.PlainDate,
): StandingProblem[] {
  const overdue = version.commitments
    .filter(
      (c) =>
        c.status === 'open' &&
        isValidIsoDate(c.due) &&
        Temporal.PlainDate.compare(toDate(c.due), today) < 0,
    )
    .toSorted((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
    .map((commitment): StandingProblem => ({
      kind: 'commitment-overdue',
      commitment,
      decisions: commitment.party === 'manager' ? ['done', 're-date', 'drop'] : ['re-date', 'drop'],
    }));
  const sides = PARTIES.filter(
    (party) => !version.commitments.some((c) => c.party === party && c.status === 'open'),
  ).map((party): StandingProblem => ({ kind: 'no-open-commitment', party, decisions: ['add'] }));
  const thisMonth = today.toPlainYearMonth().toString();
  const reviews = version.reviews
    .filter((r) => r.month < thisMonth)
    .map((review): StandingProblem => ({
      kind: 'review-month-passed',
      review,
      decisions: ['re-date', 'remove'],
    }));
  return [...overdue, ...sides, ...reviews];
}
