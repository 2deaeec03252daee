import type { Commitment, Party, ReviewItem } from '../model/contract';
import { DEVELOPMENT_CONTRACT } from '../playbook/development-contract';
import type { ContractSection } from '../playbook/types';
import type { Temporal } from '../time/temporal';
import { isValidIsoDate, toDate } from '../time/values';
import { formatDate, formatMonth } from './format-message-time';

export type CommitmentState = 'done' | 'not-done' | 'overdue';

/** "[Specific action or learning or behaviour] by [date]". */
export function commitmentLine(commitment: Commitment): string {
  return `${commitment.action} by ${formatDate(commitment.due)}`;
}

/**
 * A promise the manager agreed as in their own gift, as the report reads it: the manager's
 * statement, attributed to them, never the product's judgement. Undefined when there is none.
 */
export function inGiftLine(commitment: Commitment, managerName: string): string | undefined {
  const reason = commitment.inGiftReason?.trim() ?? '';
  return reason === '' ? undefined : `${managerName} says this is in their own gift: ${reason}`;
}

/** "In [month], we will check in on [specific aspect of progress]". */
export function reviewLine(review: ReviewItem): string {
  return `In ${formatMonth(review.month)}, we will check in on ${review.aspect}`;
}

/** Due today is not overdue yet, as in the contract's health. Dropped ones have no state. */
export function commitmentState(
  commitment: Commitment,
  today: Temporal.PlainDate,
): CommitmentState | undefined {
  if (commitment.status === 'dropped') return undefined;
  if (commitment.status === 'done') return 'done';
  return isValidIsoDate(commitment.due) && toDate(commitment.due).until(today).days > 0
    ? 'overdue'
    : 'not-done';
}

export const STATE_LABEL: Record<CommitmentState, string> = {
  done: 'done',
  'not-done': 'not done yet',
  overdue: 'overdue',
};

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One party's standing commitments (not dropped), soonest due first; stable otherwise. */
export function standingCommitments(
  commitments: readonly Commitment[],
  party: Party,
): Commitment[] {
  return commitments
    .filter((c) => c.party === party && c.status !== 'dropped')
    .sort((a, b) => compareText(a.due, b.due));
}

export function sortedReviews(reviews: readonly ReviewItem[]): ReviewItem[] {
  return [...reviews].sort((a, b) => compareText(a.month, b.month));
}

/** The playbook's own heading for a contract section, without its trailing colon. */
export function contractSectionTitle(id: ContractSection['id']): string {
  const section = DEVELOPMENT_CONTRACT.sections.find((s) => s.id === id);
  return (section?.title ?? id).replace(/:$/, '');
}
