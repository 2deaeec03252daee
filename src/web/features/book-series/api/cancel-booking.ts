import type { ConversationRecord } from '../../../../adapters/career-api/career-api-client';
import type { CalendarEvent } from '../../../../app/ports';
import type { SeriesEnded } from '../../../../app/my-365/booking';
import { cancelBooking } from '../../../../app/my-365/booking';
import { Temporal } from '../../../../domain';
import { useCareerApi } from '../../../data/career-api-context';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';
import { refreshesReport, useCareerMutation } from '../../../data/career-mutation';

export interface CancelRequest {
  conversation: ConversationRecord;
  sessions: readonly CalendarEvent[];
  comment: string;
}

/**
 * Cancels the meetings (the person is told, with the manager's message), takes back the queued
 * prompt, and marks the record cancelled.
 */
export function useCancelBooking(reportId: string, onCancelled: (ended: SeriesEnded) => void) {
  const api = useCareerApi();
  const { calendar, mailer } = useMyMicrosoft365();
  return useCareerMutation({
    mutationFn: async ({ conversation, sessions, comment }: CancelRequest) => {
      const recorded = conversation.event;
      if (!recorded) throw new Error('This conversation has no booked meeting to cancel.');
      return cancelBooking(
        {
          calendar,
          mailer,
          markCancelled: async (recalledPrompt) => {
            await api.updateConversation(
              conversation.id,
              { state: 'cancelled', ...(recalledPrompt ? { prompt: recalledPrompt } : {}) },
              conversation.etag,
            );
          },
        },
        {
          recorded,
          sessions,
          comment,
          ...(conversation.prompt ? { prompt: conversation.prompt } : {}),
          now: Temporal.Now.instant(),
        },
      );
    },
    // Told before the refresh, which replaces the booked view (and this dialog) with the form.
    ...refreshesReport(reportId),
    onSaved: onCancelled,
  });
}
