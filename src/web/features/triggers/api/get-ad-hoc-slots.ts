import { useQuery } from '@tanstack/react-query';
import {
  findAdHocSlots,
  type AdHocSlotsInput,
} from '../../../../app/my-365/triggers/find-ad-hoc-slots';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';
import { reportKey } from '../../../data/use-report-data';

/** Free/busy changes by the minute: read it when asked for, and again after half a minute. */
const FREE_BUSY_FRESH_MS = 30_000;

export function adHocSlotsKey(reportId: string, logId: string, horizonDays: number | undefined) {
  return [...reportKey(reportId), 'ad-hoc-slots', logId, horizonDays ?? 'until-due'] as const;
}

/** The earliest times both people are free for the ad hoc conversation; only once asked for. */
export function useAdHocSlots(
  reportId: string,
  logId: string,
  input: AdHocSlotsInput | undefined,
  enabled: boolean,
) {
  const { calendar } = useMyMicrosoft365();
  return useQuery({
    queryKey: adHocSlotsKey(reportId, logId, input?.horizonDays),
    queryFn: () => {
      if (input === undefined) throw new Error('Who the conversation is with is not known yet.');
      return findAdHocSlots(calendar, input);
    },
    enabled: enabled && input !== undefined,
    staleTime: FREE_BUSY_FRESH_MS,
  });
}
