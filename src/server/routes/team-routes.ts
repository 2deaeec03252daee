import {
  commitmentFacts,
  listOverdueCommitments,
  readTeamOverview,
  resolveRelationship,
  permits,
  versionFacts,
} from '../../app/career-api';
import { currentVersion } from '../../domain';
import type { OpenCommitment } from '../../app/ports';
import { TEAM_ENDPOINTS as E } from '../../app/api-schemas/conversation-endpoints';
import { TeamOverviewResponse } from '../../app/api-schemas/team';
import type { Caller } from '../auth/caller';
import { respondConditional } from '../http/respond';
import { handle, type Route, type Services } from './route';

// The team is the caller's live direct reports: the directory decides who is on it, on every call.

const overview = handle(E.team, async ({ caller, query }, services, c) => {
  const reports = await services.managers.directReports(caller.userId);
  const zone = query.tz ?? 'UTC';
  const result = await readTeamOverview(services.ctx, { caller, reports, zone });
  await services.guard.auditOverview(
    caller,
    result.overview.reports.map((r) => r.person.id),
  );
  return respondConditional(c, TeamOverviewResponse, {
    ...result.overview,
    truncated: result.truncated,
    earlierHistory: result.earlierHistory,
  });
});

const overdue = handle(E.overdueCommitments, async ({ caller, query }, services) => {
  const reports = await services.managers.directReports(caller.userId);
  const found = await listOverdueCommitments(services.ctx, { reports, zone: query.tz ?? 'UTC' });
  const visible = await visibleOverdue(caller, services, found.items);
  return { body: { today: found.today, items: visible } };
});

/**
 * A commitment from a contract agreed with a previous manager shows only if the report shared
 * their history; the reports with overdue items are checked once each. Commitments are what was
 * agreed, so each report whose commitments are shown sees that read in their trail, once, naming
 * the contract version they came from.
 */
async function visibleOverdue(
  caller: Caller,
  services: Services,
  items: OpenCommitment[],
): Promise<OpenCommitment[]> {
  const now = services.ctx.clock.now();
  const reportIds = [...new Set(items.map((i) => i.reportId))];
  const allowed = new Set<OpenCommitment>();
  await Promise.all(
    reportIds.map(async (reportId) => {
      const [resolved, stored] = await Promise.all([
        resolveRelationship(services.ctx, reportId, caller.userId),
        services.ctx.stores.contracts.get(reportId),
      ]);
      if (!stored) return;
      const may = permits(caller, reportId, resolved, now);
      const current = currentVersion(stored.value);
      let shown = false;
      for (const item of items) {
        if (item.reportId !== reportId || item.version !== current.version) continue;
        const facts = commitmentFacts(resolved, stored.value, item.commitment);
        if (!may('commitment.list-overdue', facts)) continue;
        allowed.add(item);
        shown = true;
      }
      if (!shown) return;
      const version = versionFacts(resolved, stored.value, current);
      await services.guard.auditRecords(caller, 'commitment.list-overdue', reportId, resolved, [
        version,
      ]);
    }),
  );
  return items.filter((i) => allowed.has(i));
}

export const TEAM_ROUTES: Route[] = [overview, overdue];
