import { flushAutosaves } from '../shared/autosave/autosave-engine';
import { AUTOSAVE_DRAFT_PREFIX } from '../shared/autosave/draft-store';
import type { DraftSession } from '../shared/drafts/owned-drafts';
import { CONTRACT_DRAFT_PREFIX } from '../features/contract-editor/draft-storage';
import { SUMMARY_INTRO_DRAFT_PREFIX } from '../features/close-follow-through/use-intro-draft';

/** What is still unsaved, in words a manager recognises, one line per kind. */
export function describeUnsaved(keys: readonly string[]): string[] {
  const kinds = new Set<string>();
  for (const key of keys) {
    const autosaved = key.startsWith(AUTOSAVE_DRAFT_PREFIX)
      ? key.slice(AUTOSAVE_DRAFT_PREFIX.length)
      : undefined;
    if (autosaved?.startsWith('prep-')) kinds.add('Private preparation notes');
    else if (autosaved?.startsWith('shared-notes-')) kinds.add('Shared conversation notes');
    else if (autosaved?.startsWith('invitation.')) kinds.add('The invitation wording');
    else if (autosaved?.startsWith('reflection-prompt.'))
      kinds.add('The reflection prompt wording');
    else if (key.startsWith(CONTRACT_DRAFT_PREFIX)) kinds.add('A development contract draft');
    else if (key.startsWith(SUMMARY_INTRO_DRAFT_PREFIX)) kinds.add('The summary’s opening');
    else kinds.add('Other text you typed');
  }
  return [...kinds];
}

export type SignOutOutcome = { kind: 'signed-out' } | { kind: 'unsaved'; items: string[] };

/**
 * Signing out never leaves typed text behind for the next person on this browser: every autosave
 * sends what it holds first; whatever still is not saved (a failed save, a conflict, a contract
 * draft not agreed yet) is named, and the person decides: try again, discard, or stay.
 */
export async function signOutSafely(
  drafts: DraftSession,
  signOut: () => Promise<void>,
  options: { discard?: boolean; flush?: () => Promise<void> } = {},
): Promise<SignOutOutcome> {
  if (options.discard === true) {
    drafts.discardAll();
  } else {
    await (options.flush ?? flushAutosaves)();
    const left = drafts.keys();
    if (left.length > 0) return { kind: 'unsaved', items: describeUnsaved(left) };
  }
  // Nothing of this account's is kept from here on, even if the page lives a moment longer.
  drafts.begin(undefined);
  await signOut();
  return { kind: 'signed-out' };
}
