import type { AppLinkTarget } from '../../domain';
import { useAppLinkTarget } from './app-links';
import type {
  CareerApiClient,
  ConversationRecord,
} from '../../adapters/career-api/career-api-client';
import type { Calendar } from '../../app/ports';
import { bookNextConversation, type BookNextOutcome } from '../../app/my-365/follow-through';
import {
  systemClock,
  type BookedEvent,
  type Person,
  type ReportHistory,
  type TimeZoneId,
} from '../../domain';
import { useCareerApi } from './career-api-context';
import { useMyMicrosoft365 } from './microsoft-365-context';
import { refreshesReport, useCareerMutation } from './career-mutation';

export interface BookNextRequest {
  history: ReportHistory;
  /** Absent outside a close (the Outlook task pane): then the conversation the cadence says is due. */
  closing?: ConversationRecord;
  manager: Person;
  report: Person;
}

/** Puts a meeting on the shared record as the report's next full conversation (state booked). */
export const recordBookedFor =
  (api: Pick<CareerApiClient, 'recordConversation'>, reportId: string) =>
  (event: BookedEvent): Promise<ConversationRecord> =>
    api.recordConversation(reportId, { kind: 'full', state: 'booked', event });

/** A Teams meeting in both calendars, recorded as the next full conversation (state booked). */
export function bookNextRequest(
  api: CareerApiClient,
  calendar: Calendar,
  reportId: string,
  zone: TimeZoneId,
  request: BookNextRequest,
  appLinks?: AppLinkTarget,
): Promise<BookNextOutcome> {
  return bookNextConversation(
    {
      calendar,
      recordBooked: recordBookedFor(api, reportId),
      clock: systemClock,
    },
    { ...request, zone, ...(appLinks === undefined ? {} : { appLinks }) },
  );
}

export function useBookNextConversation(reportId: string, zone: TimeZoneId) {
  const api = useCareerApi();
  const { calendar } = useMyMicrosoft365();
  const appLinks = useAppLinkTarget();
  return useCareerMutation({
    mutationFn: (request: BookNextRequest) =>
      bookNextRequest(api, calendar, reportId, zone, request, appLinks),
    ...refreshesReport(reportId),
  });
}
