import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TriggerId } from '../../domain';
import { useCareerApi } from './career-api-context';
import { reportKey } from './use-report-data';

/** POST one of the six trigger categories: no other field exists, so no free text can be kept. */
export function useLogTrigger(reportId: string) {
  const api = useCareerApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (trigger: TriggerId) => api.logTrigger(reportId, trigger),
    // Done once the new trigger is on screen; the team overview refreshes behind it.
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ['team-overview'] });
      return queries.invalidateQueries({ queryKey: reportKey(reportId) });
    },
  });
}
