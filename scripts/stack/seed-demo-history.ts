/**
 * The demo organisation's career-conversation history: contracts with their versions,
 * conversations, triggers and profiles, written over Graph by the product's own SharePoint stores
 * with the career API's app-only credentials. The local tenant plays Microsoft 365 and shares no
 * code with the product, so the history cannot be part of its seed; it is written here instead,
 * once, when the lists hold no contract yet (a restart on saved tenant data writes nothing).
 */
import type { SharePointStores } from '../../src/adapters/graph/sharepoint';
import { mapConcurrent } from '../../src/app/career-api';
import type { Temporal } from '../../src/domain';
import { resolveDemoOrg, type LocalTenant } from '../../src/local-tenant';
import { connectCareerSite } from './demo-history/career-site';
import { planDemoHistory } from './demo-history/plan-history';
import { countHistory, writeHistory, type HistoryCounts } from './demo-history/write-history';

export type { HistoryCounts } from './demo-history/write-history';
export { connectCareerSite, type CareerSite } from './demo-history/career-site';
export { DEMO_HISTORIES, planDemoHistory, type ReportPlan } from './demo-history/plan-history';

export interface SeedDemoHistoryOptions {
  tenant: LocalTenant;
  /** The tenant clock's "now": every date in the history counts back from it. */
  now: Temporal.Instant;
}

export interface SeedDemoHistoryResult {
  written: boolean;
  /** What was written (all zero when nothing was). */
  counts: HistoryCounts;
  /** Why nothing was written. */
  skipped?: 'not-the-demo-seed' | 'history-exists';
  elapsedMs: number;
}

/** Contract reads in flight while checking for existing history. */
const READS_IN_FLIGHT = 10;

/**
 * Whether any of these people has a contract. One query answers it whenever a contract has an
 * open commitment (the usual case on a restart); only an empty answer is confirmed per person.
 * Records carry stable ids with unique keys, so even a wrong answer could not duplicate anything.
 */
async function holdsAnyContract(
  stores: SharePointStores,
  reportIds: readonly string[],
): Promise<boolean> {
  const open = await stores.contracts.listOpenCommitmentsDue(reportIds, '9999-12-31');
  if (open.length > 0) return true;
  const found = await mapConcurrent(reportIds, READS_IN_FLIGHT, (id) => stores.contracts.get(id));
  return found.some((contract) => contract !== undefined);
}

export async function seedDemoHistory(
  options: SeedDemoHistoryOptions,
): Promise<SeedDemoHistoryResult> {
  const started = performance.now();
  const { tenant, now } = options;
  const elapsedMs = (): number => Math.round(performance.now() - started);
  const nothing = (
    skipped: NonNullable<SeedDemoHistoryResult['skipped']>,
  ): SeedDemoHistoryResult => ({
    written: false,
    counts: countHistory([]),
    skipped,
    elapsedMs: elapsedMs(),
  });

  if (tenant.state.state.seed !== 'demo') return nothing('not-the-demo-seed');
  const org = resolveDemoOrg(new Date(now.epochMilliseconds));
  const site = await connectCareerSite(tenant, { provision: true });
  const reportIds = org.people.filter((p) => p.managerId !== null).map((p) => p.id);
  if (await holdsAnyContract(site.stores, reportIds)) {
    return nothing('history-exists');
  }
  // Planned whole before anything is written: a persona that breaks a domain rule writes nothing.
  const plans = planDemoHistory(org, now);
  const counts = await writeHistory(site.stores, plans);
  return { written: true, counts, elapsedMs: elapsedMs() };
}
