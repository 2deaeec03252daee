import type { AuditEntry, AuditLog, AuditQuery } from '../../app/ports';

const DEFAULT_LIMIT = 100;
const ID_PREFIX = 'audit-';

const sequenceOf = (id: string | undefined): number => Number(id?.slice(ID_PREFIX.length));

/**
 * The audit trail in memory (tests and the local stack). Entries are frozen copies: append-only,
 * except that erasure removes a person's entries.
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
