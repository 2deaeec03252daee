import { useCareerApi } from '../../../data/career-api-context';
import { refreshesReport, useCareerMutation } from '../../../data/career-mutation';

/**
 * A record for a conversation that was not booked here (a talk that turned into a career
 * conversation): an informal check-in, open until it is marked held.
 */
export function useStartInformalRecord(reportId: string) {
  const api = useCareerApi();
  return useCareerMutation({
    mutationFn: () => api.recordConversation(reportId, { kind: 'informal', state: 'booked' }),
    ...refreshesReport(reportId),
  });
}
