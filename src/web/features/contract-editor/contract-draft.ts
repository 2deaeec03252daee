import {
  commitmentKindById,
  COMMITMENT_STATUSES,
  type Commitment,
  type CommitmentKind,
  type CommitmentStatus,
  type ContractChangeReason,
  type ContractVersion,
  type Party,
  type Temporal,
} from '../../../domain';
import type { NewContractVersion } from '../../../adapters/career-api/career-api-client';

/**
 * The editor's working copy of a contract. Every item carries a local `key` (stable for React and
 * for re-applying a draft onto a newer version); `id` is the server's once the item was agreed.
 */
export interface DraftCommitment {
  key: string;
  id?: string;
  party: Party;
  kind: CommitmentKind;
  action: string;
  /** '' until a date is picked. */
  due: string;
  status: CommitmentStatus;
  /** Only meaningful when dropping: why, in the manager's words. */
  droppedReason: string;
  /** Only meaningful on a wording the promise lint flags: why it is in the manager's own gift. */
  inGiftReason: string;
}

export interface DraftReview {
  key: string;
  id?: string;
  /** 'YYYY-MM', '' until picked. */
  month: string;
  aspect: string;
}

export interface ContractDraft {
  reportId: string;
  /** The version this draft was started from; null when the report has no contract yet. */
  base: ContractVersion | null;
  /** The ETag of `base` as the server sent it; null for a first contract. */
  baseEtag: string | null;
  commitments: DraftCommitment[];
  reviews: DraftReview[];
  openQuestion: string;
  reason: ContractChangeReason;
  note: string;
}

/** "Nothing agreed yet": the base of a first contract, so diffs and merges have one shape. */
export const EMPTY_VERSION: ContractVersion = {
  version: 0,
  agreedAt: '1970-01-01T00:00:00Z',
  reason: 'initial',
  note: '',
  commitments: [],
  reviews: [],
  openQuestion: '',
};

export function newKey(): string {
  return `new-${globalThis.crypto.randomUUID()}`;
}

/** An agreed commitment as the editor holds it. */
export function draftCommitmentFrom(c: Commitment): DraftCommitment {
  return {
    key: c.id,
    id: c.id,
    party: c.party,
    kind: c.kind,
    action: c.action,
    due: c.due,
    status: c.status,
    droppedReason: c.droppedReason ?? '',
    inGiftReason: c.inGiftReason ?? '',
  };
}

/** A fresh draft from the agreed version (or an empty one for a first contract). */
export function draftFrom(
  reportId: string,
  current: { version: ContractVersion; etag: string } | null,
  reason?: ContractChangeReason,
): ContractDraft {
  const base = current?.version ?? null;
  return {
    reportId,
    base,
    baseEtag: current?.etag ?? null,
    commitments: (base?.commitments ?? []).map(draftCommitmentFrom),
    reviews: (base?.reviews ?? []).map((r) => ({ key: r.id, ...r })),
    openQuestion: base?.openQuestion ?? '',
    reason: base === null ? 'initial' : (reason ?? 'quarterly-update'),
    note: '',
  };
}

/**
 * The draft as a version, for the domain's diff and rules. New items get their local key as id,
 * which is unique and never sent to the server.
 */
export function draftAsVersion(draft: ContractDraft): ContractVersion {
  return {
    version: (draft.base?.version ?? 0) + 1,
    agreedAt: draft.base?.agreedAt ?? EMPTY_VERSION.agreedAt,
    reason: draft.reason,
    note: draft.note,
    commitments: draft.commitments.map((c) => ({
      id: c.id ?? c.key,
      party: c.party,
      kind: c.kind,
      action: c.action,
      due: c.due,
      status: c.status,
      ...(c.status === 'dropped' ? { droppedReason: c.droppedReason } : {}),
      ...(c.inGiftReason.trim() === '' ? {} : { inGiftReason: c.inGiftReason }),
    })),
    reviews: draft.reviews.map((r) => ({ id: r.id ?? r.key, month: r.month, aspect: r.aspect })),
    openQuestion: draft.openQuestion,
  };
}

/** The POST body: new items without ids (the server assigns them), trimmed text. */
export function versionBody(
  draft: ContractDraft,
  zone: string,
  conversationId: string | undefined,
): NewContractVersion {
  return {
    terms: {
      commitments: draft.commitments.map((c) => ({
        ...(c.id === undefined ? {} : { id: c.id }),
        party: c.party,
        kind: c.kind,
        action: c.action.trim(),
        due: c.due,
        status: c.status,
        ...(c.status === 'dropped' ? { droppedReason: c.droppedReason.trim() } : {}),
        ...(c.inGiftReason.trim() === '' ? {} : { inGiftReason: c.inGiftReason.trim() }),
      })),
      reviews: draft.reviews.map((r) => ({
        ...(r.id === undefined ? {} : { id: r.id }),
        month: r.month,
        aspect: r.aspect.trim(),
      })),
      openQuestion: draft.openQuestion.trim(),
    },
    reason: draft.reason,
    note: draft.note.trim(),
    timeZone: zone,
    ...(conversationId === undefined ? {} : { conversationId }),
  };
}

/** The agreed content only, in one comparable shape (progress fields left out). */
function termsKey(version: ContractVersion): string {
  return JSON.stringify({
    commitments: version.commitments.map((c) => [
      c.id,
      c.party,
      c.kind,
      c.action,
      c.due,
      c.status,
      c.status === 'dropped' ? (c.droppedReason ?? '') : '',
      c.inGiftReason ?? '',
    ]),
    reviews: version.reviews.map((r) => [r.id, r.month, r.aspect]),
    openQuestion: version.openQuestion,
  });
}

/** True when the draft says something its base does not: only then is it worth keeping. */
export function isDirty(draft: ContractDraft): boolean {
  return (
    draft.note.trim() !== '' ||
    termsKey(draftAsVersion(draft)) !== termsKey(draft.base ?? EMPTY_VERSION)
  );
}

// "by [date]", "- booked for [date]", "on <date>": the due date has its own field, and the
// summary mail adds "by <date>" itself, so a date placeholder in the wording would say it twice.
const DATE_PLACEHOLDER =
  /\s*(?:[-–—]\s*)?(?:(?:booked|starting)\s+)?(?:by|on|for|before)\s+(?:the\s+\w+\s+review\s+on\s+)?[[<]date[\]>]/gi;

/** Takes the date placeholder out of a playbook wording; the due field holds the date. */
export function withoutDatePlaceholder(text: string): string {
  return (
    text
      .replace(DATE_PLACEHOLDER, '')
      .replace(/\s+([.;,])/g, '$1')
      // "who has made the move you want, by <date>." loses its date, and its comma with it.
      .replace(/[,;]+([.!?])/g, '$1')
      .trim()
  );
}

const PLACEHOLDER = /\[[^\]\n]+\]|<[^>\n]+>/g;

/** The placeholders still to fill in ("[name]", "<my manager>"), in order. */
export function placeholdersIn(text: string): string[] {
  return text.match(PLACEHOLDER) ?? [];
}

/** Where the first placeholder sits, so the editor can select it for typing over. */
export function firstPlaceholder(text: string): { start: number; end: number } | undefined {
  const match = new RegExp(PLACEHOLDER.source).exec(text);
  return match === null ? undefined : { start: match.index, end: match.index + match[0].length };
}

/**
 * A quick start: the playbook's example wording for the kind, and for the manager's own kinds
 * a due date at the kind's default distance (the introduction's "within two weeks").
 */
export function quickStart(party: Party, kind: CommitmentKind, today: Temporal.PlainDate) {
  const info = commitmentKindById(kind);
  const due = 'defaultDueDays' in info ? today.add({ days: info.defaultDueDays }).toString() : '';
  return {
    key: newKey(),
    party,
    kind,
    action: withoutDatePlaceholder(info.examplePhrasing),
    due,
    status: 'open' as const,
    droppedReason: '',
    inGiftReason: '',
  } satisfies DraftCommitment;
}

/**
 * The statuses the manager may give an agreed commitment in a new version. Their own: any. The
 * report's: whether it is done is the report's to say (the career API refuses anything else), so
 * it stays as agreed, or an open one is dropped with a reason agreed in the conversation.
 */
export function statusChoices(party: Party, agreed: CommitmentStatus): CommitmentStatus[] {
  if (party === 'manager') return [...COMMITMENT_STATUSES];
  return agreed === 'open' ? ['open', 'dropped'] : [agreed];
}
