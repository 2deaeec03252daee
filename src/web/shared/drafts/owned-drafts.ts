/**
 * Text typed but not yet saved belongs to the account that typed it. Every draft on this device
 * is kept under the signed-in account's tenant and object id, read back only by that account,
 * removed once saved, and expires. When an account starts a session, drafts of any other account
 * (and any draft from before drafts had owners) are deleted, so a shared browser never hands one
 * person's private notes to the next person who signs in.
 */

/** The part of the Web Storage API drafts use, so tests can pass a map. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key'> & {
  readonly length: number;
};

export interface DraftOwner {
  tenantId: string;
  userId: string;
}

const PREFIX = 'career-conversations.drafts.v2.';
/** Kept this long after the last keystroke; a draft older than that is gone. */
export const DRAFT_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
/** Where drafts lived before they had owners: unowned, so never restored to anyone. */
const UNOWNED_PREFIXES = [
  'career-conversations.draft.v1.',
  'career.contract-draft.v1.',
  'career:summary-intro:',
];

const ownerPrefix = (owner: DraftOwner): string =>
  `${PREFIX}${owner.tenantId.toLowerCase()}.${owner.userId.toLowerCase()}.`;

/** This browser's local storage, if it lets the page use it. */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Some embedded browsers throw on access when storage is disabled: drafts live in memory.
    return undefined;
  }
}

interface Envelope {
  at: number;
  value: string;
}

function unwrap(raw: string | null): Envelope | undefined {
  if (raw === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'at' in parsed &&
      'value' in parsed &&
      typeof parsed.at === 'number' &&
      typeof parsed.value === 'string'
    ) {
      return { at: parsed.at, value: parsed.value };
    }
  } catch {
    // Not ours, or damaged: treated as absent.
  }
  return undefined;
}

function allKeys(storage: KeyValueStorage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key !== null) keys.push(key);
  }
  return keys;
}

export interface DraftSession {
  /** A storage whose keys are the owner's own; nothing is read or kept without an owner. */
  readonly storage: KeyValueStorage | undefined;
  /** Starts (or keeps) the session of `owner`; `undefined`: signed out, nothing is kept. */
  begin(owner: DraftOwner | undefined): void;
  /** The keys of the current owner's drafts still on this device (not yet saved). */
  keys(): string[];
  /** Deletes every draft of the current owner (signing out after they chose to discard). */
  discardAll(): void;
}

/**
 * `backing` is asked at each use, not once: the browser may refuse storage at one moment and not
 * the next (and tests put a storage in place after this module is loaded).
 */
export function createDraftSession(
  backingStorage: () => KeyValueStorage | undefined = browserStorage,
  now: () => number = () => Date.now(),
): DraftSession {
  let owner: DraftOwner | undefined;
  const prefix = (): string | undefined => (owner ? ownerPrefix(owner) : undefined);

  const safely = <T>(fallback: T, run: (store: KeyValueStorage) => T): T => {
    const backing = backingStorage();
    if (!backing) return fallback;
    try {
      return run(backing);
    } catch {
      return fallback;
    }
  };

  const ownKeys = (): string[] => {
    const mine = prefix();
    if (mine === undefined) return [];
    return safely([], (store) => allKeys(store).filter((key) => key.startsWith(mine)));
  };

  const purgeOthers = (): void => {
    const mine = prefix();
    const cutoff = now() - DRAFT_LIFETIME_MS;
    safely(undefined, (store) => {
      for (const key of allKeys(store)) {
        // Without an owner (signed out) nobody's drafts are foreign yet: the next account to
        // sign in decides, keeping its own and deleting the rest.
        const foreign =
          (key.startsWith(PREFIX) && mine !== undefined && !key.startsWith(mine)) ||
          UNOWNED_PREFIXES.some((unowned) => key.startsWith(unowned));
        const expired = key.startsWith(PREFIX) && (unwrap(store.getItem(key))?.at ?? 0) < cutoff;
        if (foreign || expired) store.removeItem(key);
      }
    });
  };

  const storage: KeyValueStorage = {
    get length() {
      return ownKeys().length;
    },
    key(index) {
      const mine = prefix();
      const key = ownKeys()[index];
      return key === undefined || mine === undefined ? null : key.slice(mine.length);
    },
    getItem(key) {
      const mine = prefix();
      if (mine === undefined) return null;
      return safely(null, (store) => {
        const envelope = unwrap(store.getItem(mine + key));
        if (!envelope) return null;
        if (envelope.at < now() - DRAFT_LIFETIME_MS) {
          store.removeItem(mine + key);
          return null;
        }
        return envelope.value;
      });
    },
    setItem(key, value) {
      const mine = prefix();
      const backing = backingStorage();
      // Signed out: nobody owns what is typed, so it is not kept (the storage is full, in effect).
      if (mine === undefined || !backing) throw new Error('No signed-in account owns this draft.');
      backing.setItem(mine + key, JSON.stringify({ at: now(), value } satisfies Envelope));
    },
    removeItem(key) {
      const mine = prefix();
      if (mine === undefined) return;
      safely(undefined, (store) => {
        store.removeItem(mine + key);
      });
    },
  };

  return {
    get storage() {
      return backingStorage() ? storage : undefined;
    },
    begin(next) {
      owner = next;
      purgeOthers();
    },
    keys: () => {
      const mine = prefix();
      return mine === undefined ? [] : ownKeys().map((key) => key.slice(mine.length));
    },
    discardAll() {
      safely(undefined, (store) => {
        for (const key of ownKeys()) store.removeItem(key);
      });
    },
  };
}

/** The page's one draft session: the signed-in account's drafts (see `DraftOwnerBoundary`). */
export const drafts: DraftSession = createDraftSession();
