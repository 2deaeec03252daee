/**
 * A manager's private preparation notes. They live in the manager's own storage (the OneDrive app
 * folder) and are read and written only with the manager's own sign-in; no shared store ever
 * holds them.
 */
export interface PrivateNote {
  text: string;
  /** Version tag for conditional writes. */
  etag: string;
}

/**
 * A note key names a file in the manager's storage, so it is kept to letters, digits, `.`, `_`
 * and `-` (starting with a letter or digit), at most 100 characters. Others fail as `invalid`.
 */
export function isValidNoteKey(key: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(key) && !key.includes('..');
}

/** One note per report in the manager's app folder: `prep-{reportId}`. */
export function prepNoteKey(reportId: string): string {
  return `prep-${reportId}`;
}

/** The note's file inside the manager's OneDrive app folder, as the Graph adapter stores it. */
export function noteFilePath(key: string): string {
  return `prep/${key}.json`;
}

export interface PrivateNotes {
  read(key: string): Promise<PrivateNote | undefined>;
  /**
   * Writes the note. With `etag`, fails with a `conflict` PortError if it changed since;
   * without, fails with `conflict` if a note already exists (nothing is overwritten blindly).
   */
  write(key: string, text: string, etag?: string): Promise<PrivateNote>;
}
