import type { ConversationRecord } from '../../../../adapters/career-api/career-api-client';
import type { CalendarEvent } from '../../../../app/ports';
import type { BookingCalendar, MoveSeriesResult } from '../../../../app/my-365/booking';
import { moveSeries } from '../../../../app/my-365/booking';
import type { BookingFormat, Interval } from '../../../../domain';
import { Temporal } from '../../../../domain';
import { useAppLinkTarget } from '../../../data/app-links';
import { useCareerApi } from '../../../data/career-api-context';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';
import { refreshesReport, useCareerMutation } from '../../../data/career-mutation';
import type { BookingContext } from './booking-context';

export interface MoveSeriesRequest {
  context: BookingContext;
  format: BookingFormat;
  conversation: ConversationRecord;
  sessions: readonly CalendarEvent[];
  /** The new time of the first session. */
  to: Interval;
  calendar: BookingCalendar;
  /** One per move attempt: a retry never queues the prompt twice. */
  key: string;
}

/**
 * Moves the whole series in both calendars, and the queued prompt with it; the conversation's
 * record follows in one change (with its ETag: a record changed elsewhere is a conflict).
 */
export function useMoveSeries(reportId: string, onMoved: (result: MoveSeriesResult) => void) {
  const api = useCareerApi();
  const { calendar, mailer, chat } = useMyMicrosoft365();
  const appLinks = useAppLinkTarget();
  return useCareerMutation({
    mutationFn: ({ context, conversation, ...request }: MoveSeriesRequest) => {
      const recorded = conversation.event;
      if (!recorded) throw new Error('This conversation has no booked meeting to move.');
      return moveSeries(
        {
          calendar,
          mailer,
          chat,
          updateRecord: async (changes) => {
            await api.updateConversation(conversation.id, changes, conversation.etag);
          },
        },
        {
          ...context,
          ...request,
          recorded,
          ...(conversation.prompt ? { prompt: conversation.prompt } : {}),
          now: Temporal.Now.instant(),
          ...(appLinks === undefined ? {} : { appLinks }),
        },
      );
    },
    ...refreshesReport(reportId),
    onSaved: (result) => {
      if (result.ok) onMoved(result);
    },
  });
}
