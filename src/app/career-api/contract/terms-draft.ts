import type {
  Commitment,
  CommitmentKind,
  CommitmentStatus,
  ContractTerms,
  ContractVersion,
  IsoDate,
  IsoMonth,
  Party,
  ReviewItem,
} from '../../../domain';

/** A commitment as a client sends it: new ones have no id yet. */
export interface CommitmentDraft {
  id?: string;
  party: Party;
  kind: CommitmentKind;
  action: string;
  due: IsoDate;
  status?: CommitmentStatus;
  droppedReason?: string;
  /** Why a flagged promise is in the manager's gift; absent keeps the agreed one if unreworded. */
  inGiftReason?: string;
}

export interface ReviewDraft {
  id?: string;
  month: IsoMonth;
  aspect: string;
}

export interface TermsDraft {
  commitments: CommitmentDraft[];
  reviews: ReviewDraft[];
  openQuestion: string;
}

/**
 * Terms from a draft. A commitment the previous version had keeps what the client does not send
 * (completedAt, where the manager scheduled it), so re-agreeing a contract loses no progress.
 */
export function termsFromDraft(
  draft: TermsDraft,
  previous: ContractVersion | undefined,
  newId: () => string,
): ContractTerms {
  const before = new Map((previous?.commitments ?? []).map((c) => [c.id, c]));
  const commitments = draft.commitments.map((c): Commitment => {
    const id = c.id ?? newId();
    const old = before.get(id);
    const status = c.status ?? old?.status ?? 'open';
    const { inGiftReason: agreedReason, ...kept } = old ?? {};
    // The reason explains the wording it was agreed with; a re-worded commitment needs its own.
    const inGiftReason =
      c.inGiftReason ?? (old !== undefined && old.action === c.action ? agreedReason : undefined);
    return {
      ...kept,
      id,
      party: c.party,
      kind: c.kind,
      action: c.action,
      due: c.due,
      status,
      ...(c.droppedReason === undefined ? {} : { droppedReason: c.droppedReason }),
      ...(inGiftReason === undefined ? {} : { inGiftReason }),
    };
  });
  const reviews = draft.reviews.map((r): ReviewItem => ({
    id: r.id ?? newId(),
    month: r.month,
    aspect: r.aspect,
  }));
  return { commitments, reviews, openQuestion: draft.openQuestion };
}

/** The current version's terms as a draft, to add or change one commitment. */
export function draftFromVersion(version: ContractVersion): TermsDraft {
  return {
    commitments: version.commitments.map((c) => ({
      id: c.id,
      party: c.party,
      kind: c.kind,
      action: c.action,
      due: c.due,
      status: c.status,
      ...(c.droppedReason === undefined ? {} : { droppedReason: c.droppedReason }),
      ...(c.inGiftReason === undefined ? {} : { inGiftReason: c.inGiftReason }),
    })),
    reviews: version.reviews.map((r) => ({ ...r })),
    openQuestion: version.openQuestion,
  };
}
