import type { KeyValueStorage } from '../../../../src/web/shared/autosave/draft-store';

/** Web Storage in a map, optionally refusing writes like a full or disabled browser store. */
export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  refuseWrites = false;

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.refuseWrites) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  /** Everything stored, as one text (to look for a note's words). */
  dump(): string {
    return [...this.items.values()].join('\n');
  }
}
