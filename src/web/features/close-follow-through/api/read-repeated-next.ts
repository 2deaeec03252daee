import { useQuery } from '@tanstack/react-query';
import type { ConversationRecord } from '../../../../adapters/career-api/career-api-client';
import { readRepeatedNext } from '../../../../app/my-365/follow-through';
import type { ReportHistory, TimeZoneId } from '../../../../domain';
import { Temporal } from '../../../../domain';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';
import { reportKey } from '../../../data/use-report-data';

/**
 * The next conversation the quarterly repeat of the closing one already holds in the manager's
 * calendar: Close shows it as booked rather than "Not yet".
 */
export function useRepeatedNext(
  reportId: string,
  history: ReportHistory | undefined,
  closing: ConversationRecord | undefined,
  zone: TimeZoneId,
) {
  const { calendar } = useMyMicrosoft365();
  return useQuery({
    queryKey: [
      ...reportKey(reportId),
      'repeated-next',
      closing?.id,
      closing?.event?.seriesId,
      history?.conversations.length,
    ],
    queryFn: async () =>
      history && closing
        ? ((await readRepeatedNext(calendar, {
            history,
            closing,
            zone,
            now: Temporal.Now.instant(),
          })) ?? null)
        : null,
    enabled: closing?.event?.seriesId !== undefined && history !== undefined,
    staleTime: 60_000,
  });
}
