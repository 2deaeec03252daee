import {
  commitmentFacts,
  listOverdueCommitments,
  readTeamOverview,
  resolveRelationship,
  permits,
  versionFacts,
} from '../../app/career-api';
import { currentVersion, type Person } from '../../domain';
import type { OpenCommitment } from '../../app/ports';
import { respond, respondConditional } from '../http/respond';
import { ZoneQuery } from '../../app/api-schemas/common';
import { OverdueCommitmentsResponse } from '../../app/api-schemas/contract';
import { TeamOverviewResponse } from '../../app/api-schemas/team';
import { PROBLEM_RESPONSES as P, zoneFrom } from './helpers';
import type { ApiContext, Route, Services } from './route';

const TAG = 'Team';

/** The caller's live direct reports: the directory decides who is on the team, on every call. */
async function teamOf(c: ApiContext, services: Services): Promise<Person[]> {
  const caller = c.get('caller');
  await services.guard.check({ caller, action: 'team.overview', subjectId: caller.userId });
  return services.managers.directReports(caller.userId);
}

const overview: Route = {
  method: 'get',
  path: '/api/team',
  summary: 'Everything the manager’s overview needs, for up to 50 reports, in one answer',
  tag: TAG,
  query: ZoneQuery,
  responses: [
    { status: 200, description: 'The overview.', schema: TeamOverviewResponse, etag: true },
    { status: 304, description: 'Unchanged since the ETag sent in If-None-Match.' },
    P.badRequest,
    P.unauthorized,
  ],
  async handle(c, services) {
    const zone = zoneFrom(c);
    const caller = c.get('caller');
    const reports = await teamOf(c, services);
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
  },
};

const overdue: Route = {
  method: 'get',
  path: '/api/team/overdue-commitments',
  summary: 'Open commitments past their date across the team (one indexed query)',
  tag: TAG,
  query: ZoneQuery,
  responses: [
    { status: 200, description: 'Overdue commitments.', schema: OverdueCommitmentsResponse },
    P.badRequest,
  ],
  async handle(c, services) {
    const zone = zoneFrom(c);
    const reports = await teamOf(c, services);
    const found = await listOverdueCommitments(services.ctx, { reports, zone });
    const visible = await visibleOverdue(c, services, found.items);
    return respond(c, OverdueCommitmentsResponse, { today: found.today, items: visible });
  },
};

/**
 * A commitment from a contract agreed with a previous manager shows only if the report shared
 * their history; the reports with overdue items are checked once each. Commitments are what was
 * agreed, so each report whose commitments are shown sees that read in their trail, once, naming
 * the contract version they came from.
 */
async function visibleOverdue(
  c: ApiContext,
  services: Services,
  items: OpenCommitment[],
): Promise<OpenCommitment[]> {
  const caller = c.get('caller');
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
