import { useCallback, useState } from 'react';
import { drafts } from '../../shared/drafts/owned-drafts';

export const SUMMARY_INTRO_DRAFT_PREFIX = 'summary-intro.';
const keyFor = (conversationId: string): string => `${SUMMARY_INTRO_DRAFT_PREFIX}${conversationId}`;

function read(key: string): string | undefined {
  try {
    return drafts.storage?.getItem(key) ?? undefined;
  } catch {
    return undefined; // storage blocked (private mode, policy): the draft lives in memory only
  }
}

function write(key: string, value: string | undefined): void {
  try {
    if (value === undefined) drafts.storage?.removeItem(key);
    else drafts.storage?.setItem(key, value);
  } catch {
    // As above, or signed out: nothing more to do than keep it in memory.
  }
}

/**
 * The manager's own opening for the summary, kept in this browser (as the signed-in manager's
 * own draft) until it is sent, so a reload
 * or a closed tab never loses what they typed. Undefined means "the playbook's opening".
 */
export function useIntroDraft(
  conversationId: string,
): [string | undefined, (value: string) => void, () => void] {
  const key = keyFor(conversationId);
  const [draft, setDraft] = useState<{ key: string; value: string | undefined }>(() => ({
    key,
    value: read(key),
  }));
  // Another conversation (the route changed): start from what was kept for that one.
  const value = draft.key === key ? draft.value : read(key);
  const change = useCallback(
    (next: string) => {
      write(key, next);
      setDraft({ key, value: next });
    },
    [key],
  );
  const clear = useCallback(() => {
    write(key, undefined);
    setDraft({ key, value: undefined });
  }, [key]);
  return [value, change, clear];
}
