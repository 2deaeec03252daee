import {
  bookAdHocConversation,
  type BookAdHocInput,
  type BookedAdHoc,
} from '../../../../app/my-365/triggers/book-ad-hoc-conversation';
import { useCareerApi } from '../../../data/career-api-context';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';
import { refreshesReport, useCareerMutation } from '../../../data/career-mutation';

/** The meeting in both calendars (with a Teams link), then the shared record of it. */
export function useBookAdHoc(
  reportId: string,
  /** Told here, not per call: the form that asked is gone once the booking shows as booked. */
  onBooked?: (booked: BookedAdHoc, input: BookAdHocInput) => void,
) {
  const api = useCareerApi();
  const { calendar } = useMyMicrosoft365();
  return useCareerMutation({
    mutationFn: (input: BookAdHocInput) =>
      bookAdHocConversation(
        { calendar, recordConversation: (body) => api.recordConversation(reportId, body) },
        input,
      ),
    // Done once the booking shows; the team overview refreshes behind it.
    ...refreshesReport(reportId),
    onSaved: (booked, input) => {
      onBooked?.(booked, input);
    },
  });
}
