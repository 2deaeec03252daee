import { isValidNoteKey, PortError } from '../../app/ports';
import type { PrivateNote, PrivateNotes } from '../../app/ports';
import { EtagSource, FailureSwitch } from './memory-failure-switch';

function conflict(): PortError {
  return new PortError(
    'conflict',
    'This note was changed somewhere else since you opened it. Reload to see the latest version, then make your change again.',
  );
}

/** Private notes in memory, with the app folder's rules: conditional writes, no blind overwrite. */
export class MemoryPrivateNotes implements PrivateNotes {
  readonly failures = new FailureSwitch<'read' | 'write'>();
  private readonly notes = new Map<string, PrivateNote>();
  private readonly etags = new EtagSource('note');

  read(key: string): Promise<PrivateNote | undefined> {
    return this.failures.run('read', () => {
      if (!isValidNoteKey(key)) throw invalidKey();
      const note = this.notes.get(key);
      return note && { ...note };
    });
  }

  write(key: string, text: string, etag?: string): Promise<PrivateNote> {
    return this.failures.run('write', () => {
      if (!isValidNoteKey(key)) throw invalidKey();
      const current = this.notes.get(key);
      if (etag === undefined ? current !== undefined : current?.etag !== etag) throw conflict();
      const note = { text, etag: this.etags.next() };
      this.notes.set(key, note);
      return { ...note };
    });
  }
}

function invalidKey(): PortError {
  return new PortError(
    'invalid',
    'This note cannot be saved under that name. Use letters, digits, dots, dashes or underscores.',
  );
}

export const createMemoryPrivateNotes = (): MemoryPrivateNotes => new MemoryPrivateNotes();
