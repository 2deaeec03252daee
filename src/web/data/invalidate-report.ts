import type { QueryClient } from '@tanstack/react-query';
import { reportKey } from './use-report-data';

/**
 * Everything about the report and the team overview is read again after a follow-through step,
 * so the after-checklist and the overview show what just happened. The mutation waits for the
 * report's records (its button stays busy until the screen shows the new state), not for the
 * whole team's overview, which refreshes in the background.
 */
export async function refreshReport(queryClient: QueryClient, reportId: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: ['team-overview'] });
  await queryClient.invalidateQueries({ queryKey: reportKey(reportId) });
}
