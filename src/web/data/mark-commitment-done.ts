import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CareerApiClient, CurrentContract } from '../../adapters/career-api/career-api-client';
import type { TimeZoneId } from '../../domain';
import { useCareerApi } from './career-api-context';
import { careerMutationOptions, refreshesReport } from './career-mutation';
import { contractQuery } from './use-report-data';

export interface MarkDoneRequest {
  commitmentId: string;
  /** The contract's ETag as the screen read it. */
  etag: string;
  /** What the owner adds for the other person, if anything. */
  note?: string;
}

/**
 * POST /people/{id}/contract/commitments/{cid}/done with If-Match: progress on the current
 * version, not a new one. Only the owning party may do it, so screens offer it for the caller's
 * own commitments only. Ticking is not a change to what was agreed, so when the contract moved
 * on meanwhile the tick goes on the fresh version (wherever it is ticked from).
 */
export function markCommitmentDoneOptions(
  api: CareerApiClient,
  queryClient: QueryClient,
  reportId: string,
  zone: TimeZoneId,
) {
  const mark = ({ commitmentId, etag, note }: MarkDoneRequest) =>
    api.markCommitmentDone(reportId, commitmentId, etag, note);
  return careerMutationOptions<MarkDoneRequest, CurrentContract>(queryClient, {
    mutationFn: mark,
    ...refreshesReport(reportId),
    onSaved: (saved) => {
      queryClient.setQueryData(contractQuery(api, reportId, zone).queryKey, saved);
    },
    retryOnConflict: async (request) => {
      const fresh = await api.contract(reportId, zone);
      if (!fresh) return mark(request);
      return mark({ ...request, etag: fresh.etag });
    },
  });
}

export function useMarkCommitmentDone(reportId: string, zone: TimeZoneId) {
  const api = useCareerApi();
  const queryClient = useQueryClient();
  return useMutation(markCommitmentDoneOptions(api, queryClient, reportId, zone));
}
