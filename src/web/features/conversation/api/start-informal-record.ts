import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCareerApi } from '../../../data/career-api-context';
import { reportKey } from '../../../data/use-report-data';

/**
 * A record for a conversation that was not booked here (a talk that turned into a career
 * conversation): an informal check-in, open until it is marked held.
 */
export function useStartInformalRecord(reportId: string) {
  const api = useCareerApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: () => api.recordConversation(reportId, { kind: 'informal', state: 'booked' }),
    onSuccess: async () => {
      await Promise.all([
        queries.invalidateQueries({ queryKey: reportKey(reportId) }),
        queries.invalidateQueries({ queryKey: ['team-overview'] }),
      ]);
    },
  });
}
