import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TeamOverviewResult } from '../../adapters/career-api/career-api-client';
import { useMyMicrosoft365 } from './microsoft-365-context';
import { reportKey } from './use-report-data';
import { TEAM_OVERVIEWS } from './use-team-overview';

/** An overview read this recently is trusted to say who the manager's reports are. */
const OVERVIEW_TRUSTED_MS = 60_000;

/** True when a recent team overview lists the person as one of the caller's direct reports. */
function listedInRecentOverview(client: QueryClient, personId: string, now: number): boolean {
  return client
    .getQueryCache()
    .findAll({ queryKey: TEAM_OVERVIEWS })
    .some((query) => {
      const overview = query.state.data as TeamOverviewResult | undefined;
      return (
        overview !== undefined &&
        now - query.state.dataUpdatedAt < OVERVIEW_TRUSTED_MS &&
        overview.reports.some((report) => report.person.id === personId)
      );
    });
}

/**
 * Whether the person is the signed-in manager's direct report right now. The manager's tools for
 * a person (preparation, booking, the contract editor ...) are shown only then; the career API
 * refuses their data anyway, but private preparation lives in the manager's own OneDrive, so the
 * screen itself must not open for anyone else. A fresh overview answers at once; otherwise the
 * directory is asked with the manager's own sign-in.
 */
export function useIsCurrentReport(personId: string) {
  const client = useQueryClient();
  const { directory } = useMyMicrosoft365();
  return useQuery({
    queryKey: [...reportKey(personId), 'is-current-report'],
    queryFn: async () => {
      if (listedInRecentOverview(client, personId, Date.now())) return true;
      const [me, manager] = await Promise.all([directory.me(), directory.managerOf(personId)]);
      return manager !== undefined && manager.id === me.id;
    },
    staleTime: OVERVIEW_TRUSTED_MS,
  });
}
