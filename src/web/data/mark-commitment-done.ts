import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TimeZoneId } from '../../domain';
import { useCareerApi } from './career-api-context';
import { contractKey, reportKey } from './use-report-data';

/**
 * POST /people/{id}/contract/commitments/{cid}/done with If-Match: progress on the current
 * version, not a new one. Only the owning party may do it, so the screen offers it for the
 * manager's own commitments only. `note`: what the owner adds for the other person, if anything.
 */
export function useMarkCommitmentDone(reportId: string, zone: TimeZoneId) {
  const api = useCareerApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      commitmentId,
      etag,
      note,
    }: {
      commitmentId: string;
      etag: string;
      note?: string;
    }) => api.markCommitmentDone(reportId, commitmentId, etag, note),
    onSuccess: (saved) => {
      queryClient.setQueryData([...contractKey(reportId), zone], saved);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reportKey(reportId) }),
        queryClient.invalidateQueries({ queryKey: ['team-overview'] }),
      ]),
  });
}
