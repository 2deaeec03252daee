import type { Commitment, Party, ReviewItem } from '../model/contract';
import { DEVELOPMENT_CONTRACT } from '../playbook/development-contract';
import type { ContractSection } from '../playbook/types';
import type { Temporal } from '../time/temporal';
import { isValidIsoDate, toDate } from '../time/values';
import { messageWording } from './address-person';

export type CommitmentState = 'done' | 'not-done' | 'overdue';

/** "[Specific action or learning or behaviour] by [date]". */
export function commitmentLine(commitment: Commitment): string {
  // "Have coffee with Sipho." reads as a finished sentence: the date joins it, not a second one.
  const action = commitment.action.trim().replace(/[\s.!;,]+$/u, '');
  return `${action} by ${messageWording().longDate(commitment.due)}`;
}

/**
 * Words that start an aspect the way a sentence starts: mid-sentence they are lower-case ("check
 * in on what Leila learned"). Anything else (a name, an acronym) keeps its capital.
 */
const SENTENCE_STARTERS =
  /^(?:What|How|Whether|Why|When|Where|Which|Who|The|A|An|Any|Her|His|Their|Our|My|Your|Progress|Feedback)\b/u;

function midSentence(text: string): string {
  const trimmed = text.trim();
  return SENTENCE_STARTERS.test(trimmed)
    ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1)
    : trimmed;
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
  return `In ${messageWording().month(review.month)}, we will check in on ${midSentence(review.aspect)}`;
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
