import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CareerApiClient } from '../../adapters/career-api/career-api-client';
import type { TimeZoneId } from '../../domain';
import { useCareerApi } from './career-api-context';
import { useTeamOverview } from './use-team-overview';

/**
 * Reads about one report, each its own query so a screen asks only for what it shows and a
 * change invalidates only what it touched. Keys start with the report's id, so
 * `invalidateQueries({ queryKey: reportKey(id) })` refreshes everything about that person.
 */
export const reportKey = (reportId: string) => ['report', reportId] as const;
export const contractKey = (reportId: string) => [...reportKey(reportId), 'contract'] as const;
export const contractVersionsKey = (reportId: string) =>
  [...reportKey(reportId), 'contract-versions'] as const;
/** The whole visible history with terms (one call); under the report's key like the rest. */
export const contractHistoryKey = (reportId: string) =>
  [...reportKey(reportId), 'contract-history'] as const;
export const conversationsKey = (reportId: string) =>
  [...reportKey(reportId), 'conversations'] as const;
export const triggersKey = (reportId: string) => [...reportKey(reportId), 'triggers'] as const;
export const profileKey = (reportId: string) => [...reportKey(reportId), 'profile'] as const;
export const agendaKey = (reportId: string) => [...reportKey(reportId), 'agenda'] as const;

export function contractQuery(api: CareerApiClient, reportId: string, zone: TimeZoneId) {
  return queryOptions({
    queryKey: [...contractKey(reportId), zone],
    // undefined is not a valid query result: "no contract yet" is null.
    queryFn: async () => (await api.contract(reportId, zone)) ?? null,
  });
}

export function useContract(reportId: string, zone: TimeZoneId) {
  return useQuery(contractQuery(useCareerApi(), reportId, zone));
}

export function useContractVersions(reportId: string) {
  const api = useCareerApi();
  return useQuery({
    queryKey: contractVersionsKey(reportId),
    queryFn: () => api.contractVersions(reportId),
  });
}

export function useContractVersion(reportId: string, version: number | undefined) {
  const api = useCareerApi();
  return useQuery({
    queryKey: [...contractVersionsKey(reportId), version],
    queryFn: () => api.contractVersion(reportId, version ?? 0),
    enabled: version !== undefined,
    staleTime: Infinity, // an agreed version never changes
  });
}

export function useConversations(reportId: string) {
  const api = useCareerApi();
  return useQuery({
    queryKey: conversationsKey(reportId),
    queryFn: () => api.conversations(reportId),
  });
}

export function useTriggers(reportId: string) {
  const api = useCareerApi();
  return useQuery({ queryKey: triggersKey(reportId), queryFn: () => api.triggers(reportId) });
}

export function useProfile(reportId: string) {
  const api = useCareerApi();
  return useQuery({
    queryKey: profileKey(reportId),
    queryFn: async () => (await api.profile(reportId)) ?? null,
  });
}

/** What the report wants to raise next time (the manager reads what was added for them). */
export function useAgenda(reportId: string) {
  const api = useCareerApi();
  return useQuery({ queryKey: agendaKey(reportId), queryFn: () => api.agenda(reportId) });
}

/**
 * The report as the overview has them (person, direction, cadence, signals): the overview is
 * usually cached already, so a report's screens open without another request.
 */
export function useReportOverview(reportId: string, zone: TimeZoneId) {
  const team = useTeamOverview(zone);
  const report = team.data?.reports.find((r) => r.person.id === reportId);
  return { ...team, report };
}
