import { useQuery } from '@tanstack/react-query';
import { findBookingOptions } from '../../../../app/my-365/booking';
import type { BookingFormat } from '../../../../domain';
import { Temporal } from '../../../../domain';
import { useMyMicrosoft365 } from '../../../data/microsoft-365-context';
import { reportKey } from '../../../data/use-report-data';
import { useDateFormat } from '../../../shared/use-date-format';
import type { BookingContext } from './booking-context';

export const bookingOptionsKey = (reportId: string) =>
  [...reportKey(reportId), 'booking-options'] as const;

/** Free times for the series, from both calendars, for one format and one set of hours. */
export function useBookingOptions(context: BookingContext | undefined, format: BookingFormat) {
  const { calendar } = useMyMicrosoft365();
  const dates = useDateFormat();
  return useQuery({
    queryKey: [
      ...bookingOptionsKey(context?.reportId ?? ''),
      format,
      context?.zone,
      context?.workingHours,
      context?.reportHours,
      dates.locale,
    ],
    queryFn: () => {
      if (!context) throw new Error('The people are not loaded yet.');
      return findBookingOptions(calendar, {
        ...context,
        format,
        now: Temporal.Now.instant(),
        dates,
      });
    },
    enabled: context !== undefined,
    // Calendars change under us; a minute-old view is fine, an hour-old one is not.
    staleTime: 60_000,
  });
}
