import type { AuditEntry, AuditLog, AuditQuery } from '../../app/ports';
import { isSummarisedRead, mergeReads, readDayKey } from '../../domain';

const DEFAULT_LIMIT = 100;
const ID_PREFIX = 'audit-';

const sequenceOf = (id: string | undefined): number => Number(id?.slice(ID_PREFIX.length));

/**
 * The audit trail in memory (tests and the local stack). Entries are frozen copies, replaced
 * whole when a read is counted into its day's entry; erasure removes a person's entries.
 */
export class MemoryAuditLog implements AuditLog {
  private entries: AuditEntry[] = [];
  private counter = 0;

  append(entry: AuditEntry): Promise<void> {
    this.counter += 1;
    this.entries.push(Object.freeze({ ...entry, id: `${ID_PREFIX}${String(this.counter)}` }));
    return Promise.resolve();
  }

  async appendAll(entries: readonly AuditEntry[]): Promise<AuditEntry[]> {
    for (const entry of entries) await this.append(entry);
    return [];
  }

  async recordReads(entries: readonly AuditEntry[]): Promise<AuditEntry[]> {
    for (const entry of entries) {
      const key = isSummarisedRead(entry) ? readDayKey(entry) : undefined;
      const i =
        key === undefined
          ? -1
          : this.entries.findIndex((e) => isSummarisedRead(e) && readDayKey(e) === key);
      const held = this.entries[i];
      if (!held) {
        await this.append(entry);
        continue;
      }
      const merged = mergeReads(held, entry);
      if (merged.at === held.at) {
        this.entries[i] = Object.freeze(merged);
      } else {
        // Listed by the order of appending: a later last read moves the entry up, as it would
        // sorted by time.
        this.entries.splice(i, 1);
        await this.append(merged);
      }
    }
    return [];
  }

  listForSubject(subjectId: string, query: AuditQuery = {}): Promise<AuditEntry[]> {
    return Promise.resolve(this.newest((e) => e.subjectId === subjectId, query));
  }

  listByActor(actorId: string, query: AuditQuery = {}): Promise<AuditEntry[]> {
    return Promise.resolve(this.newest((e) => e.actorId === actorId, query));
  }

  eraseSubject(subjectId: string): Promise<void> {
    this.entries = this.entries.filter((e) => e.subjectId !== subjectId);
    return Promise.resolve();
  }

  /** Every entry, oldest first (for tests). */
  all(): AuditEntry[] {
    return [...this.entries];
  }

  /** Newest = appended last; a page after an entry holds the ones appended before it. */
  private newest(keep: (entry: AuditEntry) => boolean, query: AuditQuery): AuditEntry[] {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const before = query.after === undefined ? Infinity : sequenceOf(query.after.id);
    const found: AuditEntry[] = [];
    for (let i = this.entries.length - 1; i >= 0 && found.length < limit; i -= 1) {
      const entry = this.entries[i];
      if (entry && sequenceOf(entry.id) < before && keep(entry)) found.push(entry);
    }
    return found;
  }
}
