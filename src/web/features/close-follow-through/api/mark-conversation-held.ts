import type {
  CareerApiClient,
  ConversationRecord,
} from '../../../../adapters/career-api/career-api-client';
import { systemClock, Temporal, toIsoInstant, type Clock } from '../../../../domain';
import { useCareerApi } from '../../../data/career-api-context';
import type { SeriesEnded } from '../../../../app/my-365/booking';
import { useEndSeriesEarly } from '../../../data/end-series-early';
import { recordNextQuietly, useRecordRepeatedNext } from '../../../data/record-repeated-next';
import { refreshesReport, useCareerMutation } from '../../../data/career-mutation';

/**
 * When it was held: the booked end when that has passed, otherwise now (it was held early, or
 * is finishing now). The 48 hours for the summary count from here.
 */
export function heldAtFor(record: ConversationRecord, clock: Clock): string {
  const now = clock.now();
  const end = record.event?.end;
  if (end !== undefined && Temporal.Instant.compare(Temporal.Instant.from(end), now) <= 0) {
    return toIsoInstant(Temporal.Instant.from(end));
  }
  return toIsoInstant(now);
}

/**
 * Marks it held. Before its first session that takes the manager's confirmation (`early`): the
 * sessions still ahead and the queued prompt go first, then the record says held, with the
 * prompt as recalled.
 */
export async function markConversationHeldRequest(
  api: CareerApiClient,
  record: ConversationRecord,
  clock: Clock = systemClock,
  early?: () => Promise<SeriesEnded>,
): Promise<ConversationRecord> {
  const ended = early ? await early() : undefined;
  return api.updateConversation(
    record.id,
    {
      state: 'held',
      heldAt: heldAtFor(record, clock),
      ...(early ? { confirmHeldEarly: true } : {}),
      ...(ended?.recalledPrompt ? { prompt: ended.recalledPrompt } : {}),
    },
    record.etag,
  );
}

export function useMarkConversationHeld(reportId: string) {
  const api = useCareerApi();
  const endEarly = useEndSeriesEarly();
  const recordNext = useRecordRepeatedNext();
  return useCareerMutation({
    mutationFn: async ({ record, early }: { record: ConversationRecord; early: boolean }) => {
      const held = await markConversationHeldRequest(
        api,
        record,
        systemClock,
        early ? () => endEarly(record) : undefined,
      );
      await recordNextQuietly(recordNext, held);
      return held;
    },
    ...refreshesReport(reportId),
  });
}
