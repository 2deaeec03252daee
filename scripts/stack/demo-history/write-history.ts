/**
 * Writes planned histories through the product's own SharePoint stores. A contract's steps go in
 * order (each write presents the eTag the previous one returned, as the app does); everything
 * else about a person is independent and goes in parallel.
 */
import type { SharePointStores } from '../../../src/adapters/graph/sharepoint';
import { mapConcurrent } from '../../../src/app/career-api';
import type { ReportPlan } from './plan-history';

export interface HistoryCounts {
  reports: number;
  contracts: number;
  contractVersions: number;
  commitmentsDone: number;
  conversations: number;
  triggers: number;
  profiles: number;
}

/** Reports written at once: enough to keep the tenant busy, few enough not to flood it. */
const REPORTS_IN_FLIGHT = 12;

async function writeContract(stores: SharePointStores, plan: ReportPlan): Promise<void> {
  let etag: string | undefined;
  for (const step of plan.contract) {
    const saved =
      step.kind === 'agree'
        ? await stores.contracts.saveVersion(step.contract, etag)
        : await stores.contracts.updateCommitment(plan.reportId, step.commitment, etag ?? '');
    etag = saved.etag;
  }
}

async function writeReport(stores: SharePointStores, plan: ReportPlan): Promise<void> {
  await Promise.all([
    writeContract(stores, plan),
    ...plan.conversations.map((record) => stores.conversations.create(record)),
    ...plan.triggers.map((log) => stores.triggers.create(plan.reportId, log)),
    ...(plan.profile ? [stores.profiles.put(plan.profile, undefined)] : []),
  ]);
}

export async function writeHistory(
  stores: SharePointStores,
  plans: readonly ReportPlan[],
): Promise<HistoryCounts> {
  await mapConcurrent(plans, REPORTS_IN_FLIGHT, (plan) => writeReport(stores, plan));
  return countHistory(plans);
}

export function countHistory(plans: readonly ReportPlan[]): HistoryCounts {
  const steps = plans.flatMap((plan) => plan.contract);
  return {
    reports: plans.length,
    contracts: plans.filter((plan) => plan.contract.length > 0).length,
    contractVersions: steps.filter((step) => step.kind === 'agree').length,
    commitmentsDone: steps.filter((step) => step.kind === 'done').length,
    conversations: plans.reduce((sum, plan) => sum + plan.conversations.length, 0),
    triggers: plans.reduce((sum, plan) => sum + plan.triggers.length, 0),
    profiles: plans.filter((plan) => plan.profile !== undefined).length,
  };
}
