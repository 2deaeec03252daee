import type { TriggerId } from '../../domain';
import { useCareerApi } from './career-api-context';
import { refreshesReport, useCareerMutation } from './career-mutation';

/** POST one of the six trigger categories: no other field exists, so no free text can be kept. */
export function useLogTrigger(reportId: string) {
  const api = useCareerApi();
  return useCareerMutation({
    mutationFn: (trigger: TriggerId) => api.logTrigger(reportId, trigger),
    // Done once the new trigger is on screen; the team overview refreshes behind it.
    ...refreshesReport(reportId),
  });
}
