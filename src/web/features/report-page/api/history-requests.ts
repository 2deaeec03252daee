import { useQuery } from '@tanstack/react-query';
import { useCareerMutation } from '../../../data/career-mutation';
import { useCareerApi } from '../../../data/career-api-context';

export const historyRequestsKey = (reportId: string) =>
  ['people', reportId, 'history-requests'] as const;

/** GET /people/{id}/history-requests: the manager's own requests to this report, and the answers. */
export function useHistoryRequests(reportId: string, enabled: boolean) {
  const api = useCareerApi();
  return useQuery({
    queryKey: historyRequestsKey(reportId),
    queryFn: () => api.historyRequestsFor(reportId),
    enabled,
  });
}

/** POST /people/{id}/history-requests: it reaches the report's tab; asking twice is asking once. */
export function useAskToShareHistory(reportId: string) {
  const api = useCareerApi();
  return useCareerMutation({
    mutationFn: () => api.askToShareHistory(reportId),
    invalidates: [historyRequestsKey(reportId)],
  });
}
