import type { DraftStore } from './draft-store';

/** A saved version as the remote store has it; `etag` null means nothing is saved yet. */
export interface RemoteVersion<T> {
  value: T;
  etag: string | null;
}

export interface RemoteDocument<T> {
  read(): Promise<RemoteVersion<T>>;
  /** Writes on top of `etag`; a stale one fails as a `conflict` PortError, never overwrites. */
  write(value: T, etag: string | null): Promise<RemoteVersion<T>>;
}

export type AutosaveStatus<T> =
  | { kind: 'loading' }
  /** Could not be read and nothing is kept on this device: editing would risk an overwrite. */
  | { kind: 'unreachable'; message: string }
  | { kind: 'saved'; at?: Date }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** The network is down: kept on this device, sent when it is back. */
  | { kind: 'offline' }
  /** Changed elsewhere since it was read: both versions, for the person to merge. */
  | { kind: 'conflict'; mine: T; theirs: T }
  /** Refused (too long, no access...): kept on this device, sent again on retry. */
  | { kind: 'failed'; message: string };

export interface AutosaveSnapshot<T> {
  /** Undefined until something was read or restored. */
  value: T | undefined;
  status: AutosaveStatus<T>;
  /** The text shown came from this device, typed before a reload and not yet saved then. */
  restored: boolean;
  /** False when the browser refused to keep a copy on this device. */
  deviceCopy: boolean;
}

export interface AutosaveOptions<T> {
  remote: RemoteDocument<T>;
  drafts: DraftStore<T>;
  equals: (a: T, b: T) => boolean;
  /** A reason the value cannot be sent as it is (e.g. too long); it stays on the device. */
  check?: (value: T) => string | undefined;
  onSaved?: (version: RemoteVersion<T>) => void;
  debounceMs?: number;
  retryMs?: number;
  now?: () => Date;
  isOnline?: () => boolean;
}
