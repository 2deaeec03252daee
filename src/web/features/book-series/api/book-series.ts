import { useDateFormat } from '../../../shared/use-date-format';
import { useAppLinkTarget } from '../../../data/app-links';
import type { BookingCalendar } from '../../../../app/my-365/booking';
import { bookSeries, type BookSeriesResult } from '../../../../app/my-365/booking';
import type { BookingFormat, Interval } from '../../../../domain';
import { Temporal } from '../../../../domain';
import { useCareerApi } from '../../../data/career-api-context';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';
import { refreshesReport, useCareerMutation } from '../../../data/career-mutation';
import type { BookingContext } from './booking-context';

export type BookedResult = Extract<BookSeriesResult, { ok: true }>;

export interface BookSeriesRequest {
  context: BookingContext;
  format: BookingFormat;
  sessions: Interval[];
  wording: string;
  calendar: BookingCalendar;
  key: string;
}

/**
 * Books the sessions in the manager's calendar and records the conversation (state booked).
 * `onBooked` runs before the screen refreshes: the form that asked is replaced by what is
 * booked, so a callback given to `mutate` would never run.
 */
export function useBookSeries(reportId: string, onBooked: (result: BookedResult) => void) {
  const api = useCareerApi();
  const { calendar } = useMyMicrosoft365();
  const appLinks = useAppLinkTarget();
  const dates = useDateFormat();
  return useCareerMutation({
    mutationFn: (request: BookSeriesRequest) =>
      bookSeries(
        {
          calendar,
          recordBooking: async (event) => {
            await api.recordConversation(reportId, { kind: 'full', state: 'booked', event });
          },
        },
        {
          ...request.context,
          format: request.format,
          sessions: request.sessions,
          wording: request.wording,
          calendar: request.calendar,
          now: Temporal.Now.instant(),
          key: request.key,
          dates,
          ...(appLinks === undefined ? {} : { appLinks }),
        },
      ),
    ...refreshesReport(reportId),
    onSaved: (result) => {
      if (result.ok) onBooked(result);
    },
  });
}
