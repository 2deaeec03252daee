import { useQueries, useQuery } from '@tanstack/react-query';
import type { TimeZoneId } from '../../domain';
import { useCareerApi } from './career-api-context';
import { useMyMicrosoft365 } from './microsoft-365-context';
import {
  contractVersionsKey,
  useContract,
  useConversations,
  useProfile,
  useReportOverview,
} from './use-report-data';

/** The signed-in manager as the directory has them: the summary is signed with their name. */
export function useMe() {
  const { directory } = useMyMicrosoft365();
  return useQuery({
    queryKey: ['me-person'],
    queryFn: () => directory.me(),
    staleTime: Infinity,
  });
}

/**
 * Everything the close screen reads, each its own cached query: the report (from the overview),
 * their conversations, the contract with its earlier versions (which conversation agreed which
 * version decides what the checklist reads), the profile (transition points bring the next
 * conversation forward) and the manager.
 */
export function useCloseData(reportId: string, zone: TimeZoneId) {
  const api = useCareerApi();
  const team = useReportOverview(reportId, zone);
  const conversations = useConversations(reportId);
  const contract = useContract(reportId, zone);
  const hasContract = contract.data !== undefined && contract.data !== null;
  const versionList = useQuery({
    queryKey: contractVersionsKey(reportId),
    queryFn: () => api.contractVersions(reportId),
    enabled: hasContract,
  });
  const current = contract.data?.current.version;
  const versions = useQueries({
    queries: (versionList.data?.versions ?? [])
      .filter((v) => current === undefined || v.version < current)
      .map((v) => ({
        queryKey: [...contractVersionsKey(reportId), v.version],
        queryFn: () => api.contractVersion(reportId, v.version),
        staleTime: Infinity, // an agreed version never changes
      })),
  });
  const profile = useProfile(reportId);
  const me = useMe();
  return { team, conversations, contract, versionList, versions, profile, me };
}
