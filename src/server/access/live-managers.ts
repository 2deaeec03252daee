import { isPortError, type Directory } from '../../app/ports';
import type { Person } from '../../domain';

/**
 * The longest a read may rely on an earlier directory answer: a former manager can still read for
 * at most this long after the directory changed. Writes never rely on it. docs/privacy.md states it.
 */
export const READ_CACHE_MS = 10_000;

interface Entry {
  managerId: string | undefined;
  at: number;
}

export interface LiveManagersOptions {
  /** How long a looked-up manager is trusted for reads (default READ_CACHE_MS). */
  ttlMs?: number;
  now?: () => number;
}

/**
 * Who manages whom, from the directory. Reads may use a short cache (READ_CACHE_MS), so a screen's
 * handful of parallel requests asks Entra ID once; anything that changes data asks live
 * (`liveManagerOf`), so a former manager's write is refused the moment the directory changes.
 * Every live answer refreshes the cache, and reading a manager's direct reports drops entries
 * that claim a report the directory no longer has.
 */
export class LiveManagers {
  private readonly cache = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<string | undefined>>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly directory: Directory,
    options: LiveManagersOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? READ_CACHE_MS;
    this.now = options.now ?? Date.now;
  }

  /**
   * The person's manager's id for a read, at most READ_CACHE_MS old; undefined when they have
   * none or the person is unknown.
   */
  async managerOf(personId: string): Promise<string | undefined> {
    const cached = this.cache.get(personId);
    if (cached && this.now() - cached.at < this.ttlMs) return cached.managerId;
    return this.liveManagerOf(personId);
  }

  /** The person's manager's id from the directory now (concurrent asks share one lookup). */
  async liveManagerOf(personId: string): Promise<string | undefined> {
    let loading = this.pending.get(personId);
    if (!loading) {
      loading = this.lookUp(personId).finally(() => this.pending.delete(personId));
      this.pending.set(personId, loading);
    }
    return loading;
  }

  /** Always live: the team overview is where a manager change shows first. */
  async directReports(managerId: string): Promise<Person[]> {
    const reports = await this.directory.directReports(managerId);
    const ids = new Set(reports.map((r) => r.id));
    for (const [personId, entry] of this.cache) {
      if (entry.managerId === managerId && !ids.has(personId)) this.cache.delete(personId);
    }
    const at = this.now();
    for (const report of reports) this.cache.set(report.id, { managerId, at });
    return reports;
  }

  invalidate(personId: string): void {
    this.cache.delete(personId);
  }

  private async lookUp(personId: string): Promise<string | undefined> {
    let managerId: string | undefined;
    try {
      managerId = (await this.directory.managerOf(personId))?.id;
    } catch (error) {
      // An unknown person has no manager; the access rules then refuse like for anyone else's id.
      if (!isPortError(error, 'not-found')) throw error;
      managerId = undefined;
    }
    this.cache.set(personId, { managerId, at: this.now() });
    return managerId;
  }
}
