import type { Commitment, ContractVersion, ReviewItem } from '../model/contract';
import type { IsoDate } from '../time/values';

/** One difference between two versions, for the "what changed, and why" history view. */
export type ContractChange =
  | { type: 'commitment-added'; commitment: Commitment }
  | { type: 'commitment-removed'; commitment: Commitment }
  | { type: 'commitment-dropped'; commitment: Commitment; reason?: string }
  | { type: 'commitment-completed'; commitment: Commitment }
  | { type: 'commitment-reopened'; commitment: Commitment }
  | { type: 'due-changed'; commitment: Commitment; from: IsoDate; to: IsoDate }
  | { type: 'action-changed'; commitment: Commitment; from: string; to: string }
  | { type: 'review-added'; review: ReviewItem }
  | { type: 'review-removed'; review: ReviewItem }
  | { type: 'review-changed'; review: ReviewItem; from: ReviewItem }
  | { type: 'open-question-changed'; from: string; to: string };

/**
 * What changed from `a` to `b`, commitments first (in `b`'s order, then those only in `a`), then
 * reviews, then the open question. The why is `b.reason` and `b.note`.
 */
export function diffContractVersions(a: ContractVersion, b: ContractVersion): ContractChange[] {
  return [
    ...diffCommitments(a.commitments, b.commitments),
    ...diffReviews(a.reviews, b.reviews),
    ...(a.openQuestion === b.openQuestion
      ? []
      : [{ type: 'open-question-changed' as const, from: a.openQuestion, to: b.openQuestion }]),
  ];
}

function diffCommitments(before: Commitment[], after: Commitment[]): ContractChange[] {
  const beforeById = new Map(before.map((c) => [c.id, c]));
  const afterIds = new Set(after.map((c) => c.id));
  const changes: ContractChange[] = [];
  for (const commitment of after) {
    const old = beforeById.get(commitment.id);
    if (old === undefined) {
      changes.push({ type: 'commitment-added', commitment });
      continue;
    }
    if (old.action !== commitment.action) {
      changes.push({ type: 'action-changed', commitment, from: old.action, to: commitment.action });
    }
    if (old.due !== commitment.due) {
      changes.push({ type: 'due-changed', commitment, from: old.due, to: commitment.due });
    }
    if (old.status !== commitment.status) changes.push(statusChange(commitment));
  }
  for (const commitment of before) {
    if (!afterIds.has(commitment.id)) changes.push({ type: 'commitment-removed', commitment });
  }
  return changes;
}

function statusChange(commitment: Commitment): ContractChange {
  switch (commitment.status) {
    case 'done':
      return { type: 'commitment-completed', commitment };
    case 'dropped':
      return commitment.droppedReason === undefined
        ? { type: 'commitment-dropped', commitment }
        : { type: 'commitment-dropped', commitment, reason: commitment.droppedReason };
    case 'open':
      return { type: 'commitment-reopened', commitment };
  }
}

function diffReviews(before: ReviewItem[], after: ReviewItem[]): ContractChange[] {
  const beforeById = new Map(before.map((r) => [r.id, r]));
  const afterIds = new Set(after.map((r) => r.id));
  const changes: ContractChange[] = [];
  for (const review of after) {
    const old = beforeById.get(review.id);
    if (old === undefined) changes.push({ type: 'review-added', review });
    else if (old.month !== review.month || old.aspect !== review.aspect) {
      changes.push({ type: 'review-changed', review, from: old });
    }
  }
  for (const review of before) {
    if (!afterIds.has(review.id)) changes.push({ type: 'review-removed', review });
  }
  return changes;
}
