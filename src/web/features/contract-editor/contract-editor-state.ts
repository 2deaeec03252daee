import type { ContractChangeReason, ContractVersion, RevisionReason } from '../../../domain';
import {
  draftFrom,
  type ContractDraft,
  type DraftCommitment,
  type DraftReview,
} from './contract-draft';
import { rebaseDraft, type Overlap } from './rebase-draft';

/** A version as the career API last sent it, with the tag a save must quote. */
export type AgreedVersion = { version: ContractVersion; etag: string } | null;

/** What the contract editor remembers between renders; the draft is also kept in the browser. */
export interface ContractEditorState {
  draft: ContractDraft;
  /** When the draft was kept in this browser, while the editor shows the draft it opened on. */
  restoredAt: string | undefined;
  /** The fields edited since the editor opened or last saved: only they show their problems. */
  touched: ReadonlySet<string>;
  /** A save was tried: every problem shows. */
  attempted: boolean;
  /** The commitment a quick start just added, to put the cursor in. */
  justAdded: string | undefined;
  /** Where a re-applied draft and the newer version changed the same thing. */
  overlaps: Overlap[];
  /** What just happened to the draft, for the live region. */
  status: string;
  /** The confirmation of the last save, shown by the save button. */
  confirmation: string;
}

export type ContractEditorAction =
  | { type: 'change-commitment'; commitment: DraftCommitment }
  | { type: 'add-commitment'; commitment: DraftCommitment }
  | { type: 'remove-commitment'; key: string }
  | { type: 'set-commitment-status'; key: string; status: 'done' | 'dropped' }
  | { type: 'change-review'; review: DraftReview }
  | { type: 'add-review'; review: DraftReview }
  | { type: 'remove-review'; key: string }
  | { type: 'set-open-question'; openQuestion: string }
  | { type: 'set-reason'; reason: ContractChangeReason }
  | { type: 'set-note'; note: string }
  /** Someone saved meanwhile and nothing was typed here: the editor follows the latest version. */
  | { type: 'follow-latest'; agreed: AgreedVersion }
  | { type: 'discard-restored'; agreed: AgreedVersion }
  | { type: 'save-attempted' }
  | { type: 'saved'; agreed: AgreedVersion; confirmation: string }
  /** The draft's changes re-applied onto the version someone else saved meanwhile. */
  | { type: 'reapply'; latest: NonNullable<AgreedVersion> };

/** The editor as it opens: on the draft kept in this browser, else on the agreed version. */
export function initialContractEditorState(
  reportId: string,
  agreed: AgreedVersion,
  reason: RevisionReason | undefined,
  stored: { draft: ContractDraft; savedAt: string } | undefined,
): ContractEditorState {
  const fresh = {
    touched: new Set<string>(),
    attempted: false,
    justAdded: undefined,
    overlaps: [],
    status: '',
    confirmation: '',
  };
  if (stored !== undefined) {
    // Sent here for a reason (a review, a change of role): a kept revision takes it on.
    const draft =
      reason !== undefined && stored.draft.base !== null
        ? { ...stored.draft, reason }
        : stored.draft;
    return { ...fresh, draft, restoredAt: stored.savedAt };
  }
  return { ...fresh, draft: draftFrom(reportId, agreed, reason), restoredAt: undefined };
}

/** An edit of the draft: the last save's confirmation no longer describes what is on screen. */
function edit(
  state: ContractEditorState,
  change: Partial<ContractDraft>,
  touchedKey?: string,
): ContractEditorState {
  return {
    ...state,
    draft: { ...state.draft, ...change },
    confirmation: '',
    ...(touchedKey === undefined ? {} : { touched: new Set(state.touched).add(touchedKey) }),
  };
}

/** The editor back on an agreed version, as if just opened there; `confirmation` says why. */
function startAfresh(
  state: ContractEditorState,
  agreed: AgreedVersion,
  confirmation = '',
): ContractEditorState {
  const { reportId, reason } = state.draft;
  return {
    draft: draftFrom(reportId, agreed, reason),
    restoredAt: undefined,
    justAdded: state.justAdded,
    touched: new Set(),
    attempted: false,
    overlaps: [],
    status: '',
    confirmation,
  };
}

export function contractEditorReducer(
  state: ContractEditorState,
  action: ContractEditorAction,
): ContractEditorState {
  const { commitments, reviews } = state.draft;
  switch (action.type) {
    case 'change-commitment': {
      const next = action.commitment;
      const changed = commitments.map((c) => (c.key === next.key ? next : c));
      return edit(state, { commitments: changed }, next.key);
    }
    case 'add-commitment':
      return {
        ...edit(state, { commitments: [...commitments, action.commitment] }),
        justAdded: action.commitment.key,
      };
    case 'remove-commitment':
      return edit(state, { commitments: commitments.filter((c) => c.key !== action.key) });
    case 'set-commitment-status': {
      const { key, status } = action;
      const changed = commitments.map((c) => (c.key === key ? { ...c, status } : c));
      return edit(state, { commitments: changed }, key);
    }
    case 'change-review': {
      const next = action.review;
      return edit(
        state,
        { reviews: reviews.map((r) => (r.key === next.key ? next : r)) },
        next.key,
      );
    }
    case 'add-review':
      return edit(state, { reviews: [...reviews, action.review] });
    case 'remove-review':
      return edit(state, { reviews: reviews.filter((r) => r.key !== action.key) });
    case 'set-open-question':
      return edit(state, { openQuestion: action.openQuestion });
    case 'set-reason':
      return edit(state, { reason: action.reason });
    case 'set-note':
      return edit(state, { note: action.note }, 'note');
    case 'follow-latest': {
      const draft = draftFrom(state.draft.reportId, action.agreed, state.draft.reason);
      return { ...state, draft, restoredAt: undefined };
    }
    case 'discard-restored':
      // What was tried or touched belonged to the discarded draft, not to the agreed version.
      return startAfresh(state, action.agreed);
    case 'save-attempted':
      return { ...state, attempted: true, status: '', confirmation: '' };
    case 'saved':
      return startAfresh(state, action.agreed, action.confirmation);
    case 'reapply': {
      const rebased = rebaseDraft(state.draft, action.latest);
      return {
        ...state,
        draft: rebased.draft,
        restoredAt: undefined,
        overlaps: rebased.overlaps,
        status: `Your changes are re-applied onto version ${String(action.latest.version.version)}. Check them, then save.`,
      };
    }
  }
}
