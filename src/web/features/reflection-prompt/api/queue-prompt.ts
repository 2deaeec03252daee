import { useAppLinkTarget } from '../../../data/app-links';
import type { ConversationRecord } from '../../../../adapters/career-api/career-api-client';
import type { BookingPeople } from '../../../../app/my-365/booking';
import type { PromptChannel } from '../../../../app/my-365/prompt/queue-reflection-prompt';
import { queueReflectionPrompt } from '../../../../app/my-365/prompt/queue-reflection-prompt';
import type { TimeZoneId, WorkingHours } from '../../../../domain';
import { Temporal } from '../../../../domain';
import { useCareerApi } from '../../../data/career-api-context';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';
import { refreshesReport, useCareerMutation } from '../../../data/career-mutation';

export interface QueuePromptRequest {
  people: BookingPeople;
  conversation: ConversationRecord;
  firstSessionStart: string;
  wording: string;
  channel: PromptChannel;
  zone: TimeZoneId;
  reportHours: WorkingHours;
  key: string;
}

/**
 * Sends (or schedules) the prompt from the manager's own mailbox or Teams chat, then records it
 * on the conversation with its ETag, so the screen and the checklist show what went and when.
 */
export function useQueuePrompt(reportId: string, onQueued: () => void) {
  const api = useCareerApi();
  const { mailer, chat } = useMyMicrosoft365();
  const appLinks = useAppLinkTarget();
  return useCareerMutation({
    mutationFn: ({ people, conversation, ...request }: QueuePromptRequest) =>
      queueReflectionPrompt(
        {
          mailer,
          chat,
          recordPrompt: async (prompt) => {
            await api.updateConversation(conversation.id, { prompt }, conversation.etag);
          },
        },
        {
          ...people,
          ...request,
          now: Temporal.Now.instant(),
          ...(appLinks === undefined ? {} : { appLinks }),
        },
      ),
    ...refreshesReport(reportId),
    // Before the refresh, which replaces the form with the prompt's status.
    onSaved: (result) => {
      if (result.ok) onQueued();
    },
  });
}
