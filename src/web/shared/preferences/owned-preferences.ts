import { createContext, useCallback, useContext, useState } from 'react';
import { browserStorage, type DraftOwner, type KeyValueStorage } from '../drafts/owned-drafts';

/**
 * How a person likes a screen (list or cards, a sort order) belongs to their account, like their
 * drafts: kept under the account's tenant and object id, so on a shared browser one person's
 * choice never becomes the next person's. Kept apart from drafts: a preference is not unsaved work,
 * so signing out never warns about it.
 */
const PREFIX = 'career-conversations.prefs.v1.';

// Without storage (disabled), a choice lasts as long as the page.
const keyOf = (owner: DraftOwner, name: string): string =>
  `${PREFIX}${owner.tenantId.toLowerCase()}.${owner.userId.toLowerCase()}.${name}`;

/** The stored choice when it is one of `allowed` (anything else is damaged or old: ignored). */
export function readPreference<T extends string>(
  owner: DraftOwner | undefined,
  name: string,
  allowed: readonly T[],
  storage: KeyValueStorage | undefined = browserStorage(),
): T | undefined {
  if (!owner || !storage) return undefined;
  try {
    const value = storage.getItem(keyOf(owner, name));
    return allowed.find((choice) => choice === value);
  } catch {
    return undefined;
  }
}

export function writePreference(
  owner: DraftOwner | undefined,
  name: string,
  value: string,
  storage: KeyValueStorage | undefined = browserStorage(),
): void {
  if (!owner || !storage) return;
  try {
    storage.setItem(keyOf(owner, name), value);
  } catch {
    // Full or refused: the choice still holds for this page.
  }
}

/** The signed-in account, for what the app keeps per account on this device. */
export const SignedInOwnerContext = createContext<DraftOwner | undefined>(undefined);

/** A choice remembered for the signed-in account on this device. */
export function useOwnedPreference<T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T,
): [T, (value: T) => void] {
  const owner = useContext(SignedInOwnerContext);
  const [value, setValue] = useState<T>(() => readPreference(owner, name, allowed) ?? fallback);
  const choose = useCallback(
    (next: T) => {
      setValue(next);
      writePreference(owner, name, next);
    },
    [owner, name],
  );
  return [value, choose];
}
