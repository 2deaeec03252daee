import { ZoneQuery } from './common';
import { OverdueCommitmentsResponse } from './contract';
import { defineEndpoint, PROBLEM_RESPONSES as P } from './endpoint';
import { TeamOverviewResponse } from './team';

const TAG = 'Team';

export const TEAM_ENDPOINTS = {
  team: defineEndpoint({
    method: 'get',
    path: '/api/team',
    summary: 'Everything the manager’s overview needs, for up to 50 reports, in one answer',
    tag: TAG,
    query: ZoneQuery,
    // Each report sees the overview in their own trail; the check itself is not audited.
    access: { subject: 'caller', action: 'team.overview' },
    responses: [
      { status: 200, description: 'The overview.', schema: TeamOverviewResponse, etag: true },
      { status: 304, description: 'Unchanged since the ETag sent in If-None-Match.' },
      P.badRequest,
      P.unauthorized,
    ],
  }),
  overdueCommitments: defineEndpoint({
    method: 'get',
    path: '/api/team/overdue-commitments',
    summary: 'Open commitments past their date across the team (one indexed query)',
    tag: TAG,
    query: ZoneQuery,
    access: { subject: 'caller', action: 'team.overview' },
    responses: [
      { status: 200, description: 'Overdue commitments.', schema: OverdueCommitmentsResponse },
      P.badRequest,
    ],
  }),
};
