import { useState } from 'react';
import { z } from '../../../../app/zod';
import { isValidNoteKey, prepNoteKey, type PrivateNotes } from '../../../../app/ports';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';
import { AutosaveEngine, type RemoteDocument } from '../../../shared/autosave/autosave-engine';
import { localDraftStore } from '../../../shared/autosave/draft-store';
import { browserIsOnline, useAutosave } from '../../../shared/autosave/use-autosave';

/**
 * The note as the autosave sees it. It goes to the manager's own OneDrive through Graph with the
 * manager's sign-in, never to the career API; "no note yet" is an empty text with no version.
 */
export function privateNoteDocument(notes: PrivateNotes, key: string): RemoteDocument<string> {
  return {
    async read() {
      const note = await notes.read(key);
      return note ? { value: note.text, etag: note.etag } : { value: '', etag: null };
    },
    async write(text, etag) {
      const note = await notes.write(key, text, etag ?? undefined);
      return { value: note.text, etag: note.etag };
    },
  };
}

export function createPrivateNotesAutosave(notes: PrivateNotes, key: string) {
  return new AutosaveEngine<string>({
    remote: privateNoteDocument(notes, key),
    drafts: localDraftStore(key, z.string()),
    equals: (a, b) => a === b,
    isOnline: browserIsOnline,
  });
}

/**
 * The private preparation notes for one report, autosaved. Mount it under a `key` of the
 * report's id: a new report gets a new autosave.
 */
export function usePrivateNotesAutosave(reportId: string) {
  const { notes } = useMyMicrosoft365();
  const key = prepNoteKey(reportId);
  const valid = isValidNoteKey(key);
  const [engine] = useState(() => (valid ? createPrivateNotesAutosave(notes, key) : undefined));
  const snapshot = useAutosave(engine);
  return { engine, snapshot, valid };
}
