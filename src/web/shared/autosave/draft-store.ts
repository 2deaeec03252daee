import { z } from '../../../app/zod';
import { drafts } from '../drafts/owned-drafts';

/**
 * What was typed but not yet confirmed saved, kept on this device so a reload, a crash or a
 * dropped network loses nothing. `baseEtag` is the saved version the text was typed on (null:
 * nothing was saved yet); it tells a restore whether the saved copy moved on meanwhile.
 */
export interface Draft<T> {
  value: T;
  baseEtag: string | null;
  /** The saved text it was typed on, to tell a change elsewhere that left it alone. */
  baseValue?: T;
  /** When it was last typed (ISO), for "kept on this device since". */
  changedAt: string;
}

export interface DraftStore<T> {
  load(): Draft<T> | undefined;
  /** False when the browser refused to keep it (storage full or disabled). */
  save(draft: Draft<T>): boolean;
  clear(): void;
}

/** The part of the Web Storage API the store uses, so tests can pass a map. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Within the signed-in account's drafts (`owned-drafts.ts`), the autosaved ones. */
export const AUTOSAVE_DRAFT_PREFIX = 'autosave.';

const envelope = z.object({
  baseEtag: z.nullable(z.string()),
  changedAt: z.string(),
  value: z.unknown(),
  baseValue: z.exactOptional(z.unknown()),
});

/**
 * Drafts in the browser's local storage, as the signed-in account's own (`drafts.storage`). What comes back is parsed, never trusted: a draft that
 * does not fit the schema (another version of the app, a hand edit) is ignored, not crashed on.
 * Only unsaved text is kept: a saved draft is removed, so private text does not linger here.
 */
export function localDraftStore<T>(
  key: string,
  schema: z.core.$ZodType<T>,
  storage: KeyValueStorage | undefined = drafts.storage,
): DraftStore<T> {
  const name = AUTOSAVE_DRAFT_PREFIX + key;
  return {
    load() {
      let raw: string | null;
      try {
        raw = storage?.getItem(name) ?? null;
      } catch {
        return undefined;
      }
      if (raw === null) return undefined;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        return undefined;
      }
      const outer = envelope.safeParse(json);
      if (!outer.success) return undefined;
      const value = z.safeParse(schema, outer.data.value);
      if (!value.success) return undefined;
      const base = z.safeParse(schema, outer.data.baseValue);
      return {
        value: value.data,
        baseEtag: outer.data.baseEtag,
        changedAt: outer.data.changedAt,
        ...(base.success ? { baseValue: base.data } : {}),
      };
    },
    save(draft) {
      if (!storage) return false;
      try {
        storage.setItem(name, JSON.stringify(draft));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage?.removeItem(name);
      } catch {
        // Nothing to do: a draft that cannot be removed is harmless and ignored once saved.
      }
    },
  };
}
