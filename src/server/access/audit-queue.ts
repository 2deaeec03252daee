import type { AuditEntry, AuditLog, AuditQuery } from '../../app/ports';
import { isSummarisedRead, mergeReads, readDayKey } from '../../domain';
import type { ServerLog } from '../deps';

/** Entries per write round: one `$batch` each, sent in parallel. */
const MAX_PER_ROUND = 200;

export interface AuditQueueOptions {
  /** How long an entry may wait to be summarised with others (default 500 ms). */
  flushDelayMs?: number;
  /** Wait before writing again what a store refused, doubled each time (default 1 s, max 30 s). */
  retryDelayMs?: number;
  log: ServerLog;
}

/**
 * The audit trail behind the API: a request appends and goes on (an overview of 50 reports must
 * not wait on 50 writes); reads are summarised per reader, person, record and day, then counted
 * into the stored entry of their day (`recordReads`) together with the changes, off the request
 * path. Changes stay one entry each. Reads of the trail, erasure and shutdown flush first, so "who
 * read my records" always shows every access, and nothing queued is lost on close. A write the
 * store refuses stays queued and is tried again later.
 */
export class AuditQueue implements AuditLog {
  private pending = new Map<string, AuditEntry>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> | undefined;
  private failures = 0;
  /** Gives each change its own place in `pending`: changes are never summarised. */
  private changes = 0;
  private readonly flushDelayMs: number;
  private readonly retryDelayMs: number;

  constructor(
    private readonly store: AuditLog,
    private readonly options: AuditQueueOptions,
  ) {
    this.flushDelayMs = options.flushDelayMs ?? 500;
    this.retryDelayMs = options.retryDelayMs ?? 1_000;
  }

  /** How many summarised entries wait to be written. */
  get size(): number {
    return this.pending.size;
  }

  append(entry: AuditEntry): Promise<void> {
    this.enqueue([entry]);
    this.schedule(this.flushDelayMs);
    return Promise.resolve();
  }

  appendAll(entries: readonly AuditEntry[]): Promise<AuditEntry[]> {
    this.enqueue(entries);
    this.schedule(this.flushDelayMs);
    return Promise.resolve([]);
  }

  recordReads(entries: readonly AuditEntry[]): Promise<AuditEntry[]> {
    return this.appendAll(entries);
  }

  async listForSubject(subjectId: string, query?: AuditQuery): Promise<AuditEntry[]> {
    await this.flush();
    return this.store.listForSubject(subjectId, query);
  }

  async listByActor(actorId: string, query?: AuditQuery): Promise<AuditEntry[]> {
    await this.flush();
    return this.store.listByActor(actorId, query);
  }

  /** Erasure: what waits about the person is dropped with what is stored. */
  async eraseSubject(subjectId: string): Promise<void> {
    for (const [key, entry] of this.pending) {
      if (entry.subjectId === subjectId) this.pending.delete(key);
    }
    await this.writing;
    await this.store.eraseSubject(subjectId);
  }

  /** Writes everything queued now; a refused part stays queued (and a retry is scheduled). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    while (this.writing) await this.writing;
    if (this.pending.size === 0) return;
    this.writing = this.writeRound().finally(() => {
      this.writing = undefined;
    });
    await this.writing;
  }

  /** Flushes until empty; gives up (loudly) only after the store refused several rounds. */
  async close(attempts = 5): Promise<void> {
    for (let i = 0; i < attempts && this.pending.size > 0; i++) await this.flush();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size > 0) {
      this.options.log.error('audit entries not written at shutdown', {
        entries: this.pending.size,
      });
    }
  }

  private enqueue(entries: readonly AuditEntry[]): void {
    for (const entry of entries) {
      if (!isSummarisedRead(entry)) {
        this.changes += 1;
        this.pending.set(`once#${String(this.changes)}`, entry);
        continue;
      }
      const key = readDayKey(entry);
      const held = this.pending.get(key);
      this.pending.set(key, held ? mergeReads(held, entry) : entry);
    }
  }

  private schedule(delayMs: number): void {
    if (this.timer || this.pending.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delayMs);
    // A queued entry must not keep a finished process alive; `close` writes it.
    this.timer.unref();
  }

  private async writeRound(): Promise<void> {
    const batch = [...this.pending.entries()].slice(0, MAX_PER_ROUND);
    for (const [key] of batch) this.pending.delete(key);
    let refused: AuditEntry[];
    try {
      refused = await this.store.recordReads(batch.map(([, entry]) => entry));
    } catch (error) {
      this.options.log.warn('audit write failed, will retry', {
        entries: batch.length,
        error: error instanceof Error ? error.message : String(error),
      });
      refused = batch.map(([, entry]) => entry);
    }
    this.enqueue(refused);
    if (refused.length > 0) {
      this.failures += 1;
      this.schedule(Math.min(30_000, this.retryDelayMs * 2 ** (this.failures - 1)));
    } else {
      this.failures = 0;
      this.schedule(0);
    }
  }
}
