import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { tenantStateSchema, type TenantState } from './types';

/** A feature's own part of the state, validated once after every load or reset. */
export interface FeatureSlice<T> {
  get(): T;
  update<R>(change: (data: T) => R): R;
}

const SAVE_DELAY_MS = 150;

/**
 * Typed in-memory state, written to one JSON file (when a path is given) shortly after each
 * change. Handlers mutate inside `update` so the write is scheduled; reads go through `state`.
 */
export class StateStore {
  private current: TenantState;
  private readonly validatedSlices = new Set<string>();
  private saveTimer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();
  private readonly replaceListeners: ((state: TenantState) => void)[] = [];

  constructor(
    initial: TenantState,
    private readonly filePath?: string,
  ) {
    this.current = initial;
  }

  get state(): Readonly<TenantState> {
    return this.current;
  }

  update<R>(change: (state: TenantState) => R): R {
    const result = change(this.current);
    this.scheduleSave();
    return result;
  }

  /** Swaps in a whole new state (reset, reseed). */
  replace(next: TenantState): void {
    this.current = next;
    this.validatedSlices.clear();
    for (const listener of this.replaceListeners) listener(next);
    this.scheduleSave();
  }

  onReplace(listener: (state: TenantState) => void): void {
    this.replaceListeners.push(listener);
  }

  slice<T>(name: string, schema: z.ZodType<T>, init: () => T): FeatureSlice<T> {
    const read = (): T => {
      const features = this.current.features;
      if (!this.validatedSlices.has(name)) {
        const parsed = schema.safeParse(features[name]);
        if (!parsed.success) {
          if (features[name] !== undefined) {
            console.warn(
              `[local-tenant] stored data for '${name}' was invalid; starting it afresh`,
            );
          }
          features[name] = init();
        } else {
          features[name] = parsed.data;
        }
        this.validatedSlices.add(name);
      }
      return features[name] as T;
    };
    return {
      get: read,
      update: (change) => {
        const result = change(read());
        this.scheduleSave();
        return result;
      },
    };
  }

  /** Writes any pending change now; called on shutdown. */
  async flush(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      this.saving = this.saving.then(() => this.write());
    }
    await this.saving;
  }

  private scheduleSave(): void {
    if (!this.filePath || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.saving = this.saving.then(() => this.write());
    }, SAVE_DELAY_MS);
  }

  private async write(): Promise<void> {
    if (!this.filePath) return;
    const temporary = `${this.filePath}.tmp`;
    try {
      await mkdir(dirname(this.filePath), { recursive: true });
      await writeFile(temporary, JSON.stringify(this.current, null, 1));
      await rename(temporary, this.filePath);
    } catch (error) {
      console.error('[local-tenant] could not save state:', error);
    }
  }
}

export type LoadResult =
  | { kind: 'loaded'; state: TenantState }
  | { kind: 'missing' }
  | { kind: 'invalid'; reason: string };

/** Reads a saved state; anything unreadable is reported, never trusted. */
export async function loadState(filePath: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch {
    return { kind: 'missing' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'invalid', reason: 'not valid JSON' };
  }
  const parsed = tenantStateSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'invalid', reason: parsed.error.message.slice(0, 300) };
  return { kind: 'loaded', state: parsed.data };
}
