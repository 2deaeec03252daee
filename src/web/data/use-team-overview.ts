import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CareerApiClient } from '../../adapters/career-api/career-api-client';
import type { TimeZoneId } from '../../domain';
import { useCareerApi } from './career-api-context';

export const teamOverviewKey = (zone: TimeZoneId) => ['team-overview', zone] as const;

export function teamOverviewQuery(api: CareerApiClient, zone: TimeZoneId) {
  return queryOptions({
    queryKey: teamOverviewKey(zone),
    queryFn: () => api.team(zone),
  });
}

/** The manager's whole overview, read in their own zone ("today", "overdue"). */
export function useTeamOverview(zone: TimeZoneId) {
  const api = useCareerApi();
  return useQuery(teamOverviewQuery(api, zone));
}
