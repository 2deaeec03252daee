import { useQueryClient } from '@tanstack/react-query';
import type {
  CareerApiClient,
  CurrentContract,
} from '../../../../adapters/career-api/career-api-client';
import { PortError, type Calendar, type Tasks } from '../../../../app/ports';
import {
  scheduleCommitments,
  type ScheduleOutcome,
  type ScheduleRequest,
} from '../../../../app/my-365/follow-through';
import { systemClock, type TimeZoneId } from '../../../../domain';
import { useCareerApi } from '../../../data/career-api-context';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';
import { contractQuery } from '../../../data/use-report-data';
import { refreshesReport, useCareerMutation } from '../../../data/career-mutation';

export interface ScheduleCommitmentsRequest {
  contract: CurrentContract;
  reportName: string;
  requests: ScheduleRequest[];
}

export interface ScheduleCommitmentsResult extends ScheduleOutcome {
  /** The contract as the last recorded schedule returned it. */
  latest?: CurrentContract;
}

/** Calendar blocks or To Do tasks in the manager's own Microsoft 365, recorded on the contract. */
export async function scheduleCommitmentsRequest(
  api: CareerApiClient,
  ports: { calendar: Calendar; tasks: Tasks },
  reportId: string,
  zone: TimeZoneId,
  request: ScheduleCommitmentsRequest,
): Promise<ScheduleCommitmentsResult> {
  let latest: CurrentContract | undefined;
  const outcome = await scheduleCommitments(
    {
      ...ports,
      recordScheduled: async (commitmentId, scheduled, etag) => {
        latest = await api.changeCommitment(reportId, commitmentId, { scheduled }, etag);
        return { etag: latest.etag };
      },
      readContractEtag: async () => {
        const fresh = await api.contract(reportId, zone);
        if (!fresh) throw new PortError('not-found', 'The development contract is gone.');
        return fresh.etag;
      },
      clock: systemClock,
    },
    {
      contractId: request.contract.id,
      reportName: request.reportName,
      zone,
      etag: request.contract.etag,
      requests: request.requests,
    },
  );
  return { ...outcome, ...(latest === undefined ? {} : { latest }) };
}

export function useScheduleCommitments(reportId: string, zone: TimeZoneId) {
  const api = useCareerApi();
  const { calendar, tasks } = useMyMicrosoft365();
  const queryClient = useQueryClient();
  return useCareerMutation({
    mutationFn: (request: ScheduleCommitmentsRequest) =>
      scheduleCommitmentsRequest(api, { calendar, tasks }, reportId, zone, request),
    ...refreshesReport(reportId),
    // Show what was recorded at once; the refresh confirms it.
    onSaved: (result) => {
      if (result.latest) {
        queryClient.setQueryData(contractQuery(api, reportId, zone).queryKey, result.latest);
      }
    },
  });
}
