import type { IsoInstant } from '../../domain';
import type { ManagerHistory, ManagerStint } from '../../app/ports';

/** Observed manager stints in memory. */
export class MemoryManagerHistory implements ManagerHistory {
  private readonly byReport = new Map<string, ManagerStint[]>();

  stints(reportId: string): Promise<ManagerStint[]> {
    return Promise.resolve((this.byReport.get(reportId) ?? []).map((s) => ({ ...s })));
  }

  observe(
    reportId: string,
    managerId: string | undefined,
    at: IsoInstant,
  ): Promise<ManagerStint[]> {
    const stints = this.byReport.get(reportId) ?? [];
    const open = stints.at(-1);
    const openManager = open && open.until === undefined ? open.managerId : undefined;
    if (openManager !== managerId) {
      if (open && open.until === undefined) open.until = at;
      if (managerId !== undefined) stints.push({ managerId, since: at });
      this.byReport.set(reportId, stints);
    }
    return this.stints(reportId);
  }

  /** Seeds a stint observed earlier (tests, demo data). */
  seed(reportId: string, stint: ManagerStint): void {
    const stints = this.byReport.get(reportId) ?? [];
    stints.push({ ...stint });
    this.byReport.set(reportId, stints);
  }

  removeAll(reportId: string): Promise<void> {
    this.byReport.delete(reportId);
    return Promise.resolve();
  }
}
