import { isPortError, type Directory } from '../../app/ports';
import type { Person } from '../../domain';

interface Entry {
  managerId: string | undefined;
  at: number;
}

export interface LiveManagersOptions {
  /** How long a looked-up manager is trusted (default 30 s). */
  ttlMs?: number;
  now?: () => number;
}

/**
 * Who manages whom, from the directory with a short cache: access follows a manager change
 * within seconds, without asking Entra ID on every request. Reading a manager's direct reports
 * refreshes the entries it shows and drops any that claim a report the directory no longer has.
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
    this.ttlMs = options.ttlMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** The person's manager's id; undefined when they have none or the person is unknown. */
  async managerOf(personId: string): Promise<string | undefined> {
    const cached = this.cache.get(personId);
    if (cached && this.now() - cached.at < this.ttlMs) return cached.managerId;
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
