import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConversationRecord } from '../../../../adapters/career-api/career-api-client';
import type { CalendarEvent } from '../../../../app/ports';
import type { BookingCalendar } from '../../../../app/use-cases/booking';
import { rescheduleSession } from '../../../../app/use-cases/booking';
import type { BookingFormat, Interval } from '../../../../domain';
import { Temporal } from '../../../../domain';
import { useCareerApi } from '../../../data/career-api-context';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';
import { reportKey } from '../../../data/use-report-data';
import type { BookingContext } from './booking-context';

export interface RescheduleRequest {
  context: BookingContext;
  format: BookingFormat;
  conversation: ConversationRecord;
  sessions: readonly CalendarEvent[];
  index: number;
  session: CalendarEvent;
  to: Interval;
  calendar: BookingCalendar;
}

/**
 * Moves one session in the calendar; when it is the recorded one, the conversation's record
 * follows (with its ETag: a record changed elsewhere meanwhile is a conflict, never overwritten).
 */
export function useRescheduleSession(reportId: string, onMoved: (event: CalendarEvent) => void) {
  const api = useCareerApi();
  const { calendar } = useMyMicrosoft365();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ context, conversation, ...request }: RescheduleRequest) => {
      const recorded = conversation.event;
      return rescheduleSession(
        {
          calendar,
          updateRecord: async (event) => {
            await api.updateConversation(conversation.id, { event }, conversation.etag);
          },
        },
        {
          ...context,
          ...request,
          ...(recorded && recorded.eventId === request.session.id ? { recorded } : {}),
          now: Temporal.Now.instant(),
        },
      );
    },
    onSuccess: async (result) => {
      if (!result.ok || !result.event) return;
      onMoved(result.event);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: reportKey(reportId) }),
        queryClient.invalidateQueries({ queryKey: ['team-overview'] }),
      ]);
    },
  });
}
