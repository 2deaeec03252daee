import { useState } from 'react';
import { z } from '../../app/zod';
import { localDraftStore } from './autosave/draft-store';

/**
 * Text the manager is editing before it is sent (an invitation, a prompt), kept on this device
 * as they type, so leaving the screen or reloading loses nothing. `clear()` once it is sent.
 */
export function useTextDraft(key: string, initial: string) {
  const [store] = useState(() => localDraftStore(key, z.string()));
  const [text, setText] = useState(() => store.load()?.value ?? initial);
  const change = (value: string): void => {
    setText(value);
    store.save({ value, baseEtag: null, changedAt: new Date().toISOString() });
  };
  const clear = (): void => {
    store.clear();
    setText(initial);
  };
  return { text, change, clear, edited: text !== initial };
}
