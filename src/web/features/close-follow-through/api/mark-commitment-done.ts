import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CareerApiClient,
  CurrentContract,
} from '../../../../adapters/career-api/career-api-client';
import { isPortError } from '../../../../app/ports';
import type { TimeZoneId } from '../../../../domain';
import { useCareerApi } from '../../../data/career-api-context';
import { contractKey } from '../../../data/use-report-data';
import { refreshReport } from '../../../data/invalidate-report';

/**
 * Ticks one of the manager's commitments done (progress, not a new version). When the contract
 * changed meanwhile, the tick goes on the fresh version: ticking is not a change to what was agreed.
 */
export async function markCommitmentDoneRequest(
  api: CareerApiClient,
  reportId: string,
  zone: TimeZoneId,
  commitmentId: string,
  etag: string,
): Promise<CurrentContract> {
  try {
    return await api.markCommitmentDone(reportId, commitmentId, etag);
  } catch (error) {
    if (!isPortError(error, 'conflict')) throw error;
    const fresh = await api.contract(reportId, zone);
    if (!fresh) throw error;
    return api.markCommitmentDone(reportId, commitmentId, fresh.etag);
  }
}

export function useMarkCommitmentDone(reportId: string, zone: TimeZoneId) {
  const api = useCareerApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ commitmentId, etag }: { commitmentId: string; etag: string }) =>
      markCommitmentDoneRequest(api, reportId, zone, commitmentId, etag),
    onSuccess: async (contract) => {
      queryClient.setQueryData([...contractKey(reportId), zone], contract);
      await refreshReport(queryClient, reportId);
    },
  });
}
