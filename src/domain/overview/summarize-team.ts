import { todayIn } from '../time/values';
import { compareNames } from './by-name';
import { checkGoodLooksLike } from './check-good-looks-like';
import type {
  ManagerOverdueCommitment,
  TeamCounts,
  TeamOverview,
  TeamOverviewInput,
} from './overview-types';
import { summarizeReport } from './summarize-report';
import type { ReportFacts } from './summarize-report';
import { compareByUrgency } from './urgency';

/** Oldest due first; same day: by report name, then commitment id, so the order is total. */
function compareManagerOverdue(a: ManagerOverdueCommitment, b: ManagerOverdueCommitment): number {
  // Overdue commitments have valid ISO dates (health filters the rest), so text order is date order.
  return (
    (a.commitment.due < b.commitment.due ? -1 : a.commitment.due > b.commitment.due ? 1 : 0) ||
    compareNames(a.report.displayName, b.report.displayName) ||
    (a.commitment.id < b.commitment.id ? -1 : a.commitment.id > b.commitment.id ? 1 : 0)
  );
}

function countTeam(facts: readonly ReportFacts[], managerOverdue: number): TeamCounts {
  const counts: TeamCounts = {
    reports: facts.length,
    overdue: 0,
    dueSoon: 0,
    withContract: 0,
    withoutConversation: 0,
    managerOverdueCommitments: managerOverdue,
  };
  for (const { overview } of facts) {
    if (overview.status.code === 'overdue') counts.overdue += 1;
    if (overview.status.code === 'due-soon') counts.dueSoon += 1;
    if (overview.contractHealth.state !== 'none') counts.withContract += 1;
    if (overview.lastConversation === undefined) counts.withoutConversation += 1;
  }
  return counts;
}

/**
 * The manager's view of every report at a glance. Histories that belong to another manager are
 * left out: the directory decides who reports to whom, and a stale list must never show someone
 * else's report. Linear in the number of conversations, commitments and triggers.
 */
export function summarizeTeam(input: TeamOverviewInput): TeamOverview {
  const { managerId, now, zone } = input;
  const today = todayIn(now, zone);
  const facts = input.histories
    .filter((history) => history.managerId === managerId)
    .map((history) => summarizeReport(history, now, zone, today));

  const managerOverdue = facts
    .flatMap(({ overview }) =>
      overview.contractHealth.overdue.manager.map((commitment) => ({
        report: overview.person,
        commitment,
      })),
    )
    .sort(compareManagerOverdue);

  const counts = countTeam(facts, managerOverdue.length);
  const emptyState =
    facts.length === 0
      ? ('no-reports' as const)
      : counts.withoutConversation === facts.length
        ? ('no-conversations-yet' as const)
        : undefined;

  return {
    managerId,
    reports: facts.map((f) => f.overview).sort(compareByUrgency),
    managerOverdue,
    counts,
    isNewManager: emptyState !== undefined,
    ...(emptyState === undefined ? {} : { emptyState }),
    goodLooksLike: checkGoodLooksLike(facts, now, zone),
  };
}
