import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CareerApiClient } from '../../adapters/career-api/career-api-client';
import type { TimeZoneId } from '../../domain';
import { useCareerApi } from './career-api-context';

/** Every zone's team overview: what a change to any report makes stale. */
export const TEAM_OVERVIEWS = ['team-overview'] as const;
export const teamOverviewKey = (zone: TimeZoneId) => [...TEAM_OVERVIEWS, zone] as const;

export function teamOverviewQuery(api: CareerApiClient, zone: TimeZoneId) {
  return queryOptions({
    queryKey: teamOverviewKey(zone),
    queryFn: () => api.team(zone),
    // Coming back to the tab within five minutes shows what is there; after that one conditional
    // request (usually a 304 with no body) checks it is still current.
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: true,
  });
}

/** The manager's whole overview, read in their own zone ("today", "overdue"). */
export function useTeamOverview(zone: TimeZoneId) {
  const api = useCareerApi();
  return useQuery(teamOverviewQuery(api, zone));
}
