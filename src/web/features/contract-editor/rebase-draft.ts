import type { ContractVersion, ReviewItem } from '../../../domain';
import {
  draftCommitmentFrom,
  draftFrom,
  EMPTY_VERSION,
  type ContractDraft,
  type DraftCommitment,
  type DraftReview,
} from './contract-draft';

/** A field both sides changed differently: the draft's value was kept, theirs is shown. */
export interface Overlap {
  what: string;
  field: string;
  theirs: string;
  yours: string;
}

export interface Rebased {
  draft: ContractDraft;
  overlaps: Overlap[];
}

type CommitmentField = 'kind' | 'action' | 'due' | 'status' | 'droppedReason' | 'inGiftReason';
const COMMITMENT_FIELDS: readonly CommitmentField[] = [
  'kind',
  'action',
  'due',
  'status',
  'droppedReason',
  'inGiftReason',
];

const fromAgreed = draftCommitmentFrom;

const reviewFromAgreed = (r: ReviewItem): DraftReview => ({ key: r.id, ...r });

/**
 * Three-way merge of one value: what the draft changed wins (it is what the manager is doing
 * now), what only they changed is taken, and a value both changed differently is reported.
 */
function pick<T>(base: T, theirs: T, yours: T, onOverlap: () => void): T {
  if (yours === base) return theirs;
  if (theirs !== base && theirs !== yours) onOverlap();
  return yours;
}

/**
 * Re-applies the draft's own changes (base → draft) onto the version saved meanwhile (latest),
 * so neither side's work is lost: their new items and edits stay, the draft's new items are
 * added after them, and where both edited the same field the draft's value is kept and listed.
 */
export function rebaseDraft(
  draft: ContractDraft,
  latest: { version: ContractVersion; etag: string },
): Rebased {
  const base = draft.base ?? EMPTY_VERSION;
  const overlaps: Overlap[] = [];
  // A first contract re-applied onto one saved meanwhile becomes an update of it.
  const next = draftFrom(
    draft.reportId,
    latest,
    draft.reason === 'initial' ? undefined : draft.reason,
  );

  const baseCommitments = new Map(base.commitments.map((c) => [c.id, fromAgreed(c)]));
  const mineById = new Map(
    draft.commitments.flatMap((c) => (c.id === undefined ? [] : [[c.id, c] as const])),
  );
  const commitments = latest.version.commitments.map((agreed) => {
    const theirs = fromAgreed(agreed);
    const mine = mineById.get(agreed.id);
    const before = baseCommitments.get(agreed.id);
    if (mine === undefined || before === undefined) return theirs;
    const merged: DraftCommitment = { ...theirs };
    for (const field of COMMITMENT_FIELDS) {
      const value = pick(before[field], theirs[field], mine[field], () =>
        overlaps.push({
          what: mine.action,
          field,
          theirs: theirs[field],
          yours: mine[field],
        }),
      );
      Object.assign(merged, { [field]: value });
    }
    return merged;
  });
  const latestIds = new Set(latest.version.commitments.map((c) => c.id));
  // New in the draft, or (never expected: versions keep every commitment) gone from theirs.
  const added = draft.commitments.filter((c) => c.id === undefined || !latestIds.has(c.id));

  const baseReviews = new Map(base.reviews.map((r) => [r.id, r]));
  const mineReviews = new Map(
    draft.reviews.flatMap((r) => (r.id === undefined ? [] : [[r.id, r] as const])),
  );
  const reviews: DraftReview[] = [];
  for (const agreed of latest.version.reviews) {
    const before = baseReviews.get(agreed.id);
    const mine = mineReviews.get(agreed.id);
    if (before === undefined) {
      reviews.push(reviewFromAgreed(agreed)); // theirs, new
    } else if (mine === undefined) {
      // The draft removed it; keep it only if they changed it meanwhile.
      if (agreed.month !== before.month || agreed.aspect !== before.aspect) {
        overlaps.push({ what: agreed.aspect, field: 'removed', theirs: agreed.aspect, yours: '' });
        reviews.push(reviewFromAgreed(agreed));
      }
    } else {
      const note = (field: string, theirs: string, yours: string) => () =>
        overlaps.push({ what: mine.aspect, field, theirs, yours });
      reviews.push({
        ...mine,
        month: pick(
          before.month,
          agreed.month,
          mine.month,
          note('month', agreed.month, mine.month),
        ),
        aspect: pick(
          before.aspect,
          agreed.aspect,
          mine.aspect,
          note('aspect', agreed.aspect, mine.aspect),
        ),
      });
    }
  }
  const latestReviewIds = new Set(latest.version.reviews.map((r) => r.id));
  for (const mine of draft.reviews) {
    const before = mine.id === undefined ? undefined : baseReviews.get(mine.id);
    const changedByMe =
      before !== undefined && (before.month !== mine.month || before.aspect !== mine.aspect);
    // New in the draft, or removed by them while the draft changed it: keep the draft's.
    if (mine.id === undefined || (!latestReviewIds.has(mine.id) && changedByMe)) {
      reviews.push(mine);
    }
  }

  const openQuestion = pick(
    base.openQuestion,
    latest.version.openQuestion,
    draft.openQuestion,
    () =>
      overlaps.push({
        what: 'The open question',
        field: 'openQuestion',
        theirs: latest.version.openQuestion,
        yours: draft.openQuestion,
      }),
  );

  return {
    draft: {
      ...next,
      commitments: [...commitments, ...added],
      reviews,
      openQuestion,
      note: draft.note,
    },
    overlaps,
  };
}
