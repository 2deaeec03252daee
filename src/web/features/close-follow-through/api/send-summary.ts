import type { AppLinkTarget } from '../../../../domain';
import { useAppLinkTarget } from '../../../data/app-links';
import type {
  CareerApiClient,
  ConversationRecord,
} from '../../../../adapters/career-api/career-api-client';
import type { Mailer } from '../../../../app/ports';
import { sendSummary, type SummarySent } from '../../../../app/my-365/follow-through';
import {
  systemClock,
  type DevelopmentContract,
  type Person,
  type TimeZoneId,
} from '../../../../domain';
import { useCareerApi } from '../../../data/career-api-context';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';
import { refreshesReport, useCareerMutation } from '../../../data/career-mutation';

export interface SendSummaryRequest {
  manager: Person;
  report: Person;
  contract: DevelopmentContract;
  conversation: ConversationRecord;
  zone: TimeZoneId;
  intro?: string;
}

/** The summary from the manager's own mailbox, then `summarySentAt` on the shared record. */
export function sendSummaryRequest(
  api: CareerApiClient,
  mailer: Mailer,
  request: SendSummaryRequest,
  appLinks?: AppLinkTarget,
): Promise<SummarySent> {
  const { conversation, ...rest } = request;
  return sendSummary(
    {
      mailer,
      markSummarySent: async (id, sentAt, etag) => {
        await api.updateConversation(id, { summarySentAt: sentAt }, etag);
      },
      readConversation: async (id) => {
        const record = await api.conversation(id);
        return { record, etag: record.etag };
      },
      clock: systemClock,
    },
    {
      ...rest,
      conversation: { record: conversation, etag: conversation.etag },
      ...(appLinks === undefined ? {} : { appLinks }),
    },
  );
}

export function useSendSummary(reportId: string) {
  const api = useCareerApi();
  const { mailer } = useMyMicrosoft365();
  const appLinks = useAppLinkTarget();
  return useCareerMutation({
    mutationFn: (request: SendSummaryRequest) => sendSummaryRequest(api, mailer, request, appLinks),
    ...refreshesReport(reportId),
  });
}
