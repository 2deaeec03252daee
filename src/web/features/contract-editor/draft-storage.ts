import { z } from '../../../app/zod';
import { CommitmentKind, Party } from '../../../app/api-schemas/common';
import { CommitmentStatus, ContractVersion } from '../../../app/api-schemas/contract';
import type { ContractDraft } from './contract-draft';
import { drafts, type KeyValueStorage } from '../../shared/drafts/owned-drafts';

/**
 * The unsaved draft, kept in this browser per report among the signed-in manager's own drafts
 * (`owned-drafts.ts`), so a reload, a closed tab or a dropped Teams session loses nothing typed.
 * It is the manager's own working copy: it never leaves the device until saved as an agreed
 * version, and no other account signing in on this browser ever sees it.
 */
export const CONTRACT_DRAFT_PREFIX = 'contract.';
const KEY_PREFIX = CONTRACT_DRAFT_PREFIX;

const Stored = z.object({
  savedAt: z.string(),
  draft: z.object({
    reportId: z.string(),
    base: z.nullable(ContractVersion),
    baseEtag: z.nullable(z.string()),
    commitments: z.array(
      z.object({
        key: z.string(),
        id: z.exactOptional(z.string()),
        party: Party,
        kind: CommitmentKind,
        action: z.string(),
        due: z.string(),
        status: CommitmentStatus,
        droppedReason: z.string(),
        // Drafts kept before the field existed have none.
        inGiftReason: z._default(z.string(), ''),
      }),
    ),
    reviews: z.array(
      z.object({
        key: z.string(),
        id: z.exactOptional(z.string()),
        month: z.string(),
        aspect: z.string(),
      }),
    ),
    openQuestion: z.string(),
    reason: ContractVersion.shape.reason,
    note: z.string(),
  }),
});

export interface StoredDraft {
  savedAt: string;
  draft: ContractDraft;
}

const keyFor = (reportId: string) => `${KEY_PREFIX}${reportId}`;

/** Undefined where storage is blocked (a locked-down iframe): the draft lives in memory only. */
const storage = (): KeyValueStorage | undefined => drafts.storage;

export function loadDraft(reportId: string): StoredDraft | undefined {
  const raw = storage()?.getItem(keyFor(reportId));
  if (raw === null || raw === undefined) return undefined;
  try {
    const parsed = Stored.safeParse(JSON.parse(raw));
    if (!parsed.success || parsed.data.draft.reportId !== reportId) return undefined;
    return parsed.data;
  } catch {
    return undefined;
  }
}

/** Whether this browser lets the app keep a draft at all (blocked storage, some private modes). */
export function canKeepDrafts(): boolean {
  const probe = `${KEY_PREFIX}probe`;
  try {
    const store = storage();
    if (store === undefined) return false;
    store.setItem(probe, '1');
    store.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** Best effort: a full quota must not break editing; the draft still lives in memory. */
export function saveDraft(draft: ContractDraft, savedAt: string): void {
  try {
    storage()?.setItem(keyFor(draft.reportId), JSON.stringify({ savedAt, draft }));
  } catch {
    // kept in memory only; canKeepDrafts() already warned where storage is blocked
  }
}

export function clearDraft(reportId: string): void {
  try {
    storage()?.removeItem(keyFor(reportId));
  } catch {
    // nothing kept, nothing to clear
  }
}
