import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CareerApiClient,
  ConversationRecord,
} from '../../../../adapters/career-api/career-api-client';
import { systemClock, Temporal, toIsoInstant, type Clock } from '../../../../domain';
import { useCareerApi } from '../../../data/career-api-context';
import { refreshReport } from '../../../data/invalidate-report';

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

export function markConversationHeldRequest(
  api: CareerApiClient,
  record: ConversationRecord,
  clock: Clock = systemClock,
): Promise<ConversationRecord> {
  return api.updateConversation(
    record.id,
    { state: 'held', heldAt: heldAtFor(record, clock) },
    record.etag,
  );
}

export function useMarkConversationHeld(reportId: string) {
  const api = useCareerApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (record: ConversationRecord) => markConversationHeldRequest(api, record),
    onSuccess: () => refreshReport(queryClient, reportId),
  });
}
