import { Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BookingPeople } from '../../../app/my-365/booking';
import { ASSUMED_WORKING_HOURS } from '../../../domain';
import { hrefFor } from '../../app/routes';
import { currentConversation } from '../../data/current-conversation';
import { useDirectoryPerson, useMePerson } from '../../data/use-directory-people';
import { useConversations } from '../../data/use-report-data';
import { ErrorBar, QueryState } from '../../shared/query-state';
import { ReportJourneyLayout } from '../../app/report-journey/report-journey-layout';
import type { ReportScreenProps } from '../../app/report-journey/report-screen-props';
import type { BookingContext } from './api/booking-context';
import { BookedSeries } from './booked-series';
import { useBookingStyles } from './booking-styles';
import { NewBooking } from './new-booking';

/** Both people from the directory: addresses for the invitation, zones for the times. */
function usePeople(reportId: string): {
  people: BookingPeople | undefined;
  error: unknown;
  retry: () => void;
} {
  const me = useMePerson();
  const report = useDirectoryPerson(reportId);
  const people = useMemo(
    () => (me.data && report.data ? { manager: me.data, report: report.data } : undefined),
    [me.data, report.data],
  );
  return {
    people,
    error: me.error ?? report.error,
    retry: () => {
      if (me.error) void me.refetch();
      if (report.error) void report.refetch();
    },
  };
}

/**
 * Screen 3, "Invite and book": the dedicated series, booked as real meetings in both calendars,
 * or what is already booked with the means to move or cancel it.
 */
export function BookSeriesScreen({ reportId, zone }: ReportScreenProps) {
  const dates = useDateFormat();
  const styles = useBookingStyles();
  const conversations = useConversations(reportId);
  const { people, error, retry } = usePeople(reportId);
  const [notice, setNotice] = useState<string>();
  // Booking or cancelling replaces the part of the screen that had focus: the outcome takes it,
  // so keyboard and screen-reader users land on what happened, not at the top of the page.
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  return (
    <ReportJourneyLayout reportId={reportId} zone={zone} step="book" title="Invite and book">
      <div className={styles.root}>
        <div aria-live="polite" role="status" ref={noticeRef} tabIndex={-1}>
          {notice ? (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
        {error && !people ? <ErrorBar error={error} what="The directory" retry={retry} /> : null}
        <QueryState
          query={conversations}
          what="The conversations"
          loadingLabel="Loading what is booked…"
        >
          {(list) => {
            if (!people) return error ? null : <Spinner label="Loading who is who…" />;
            const current = currentConversation(list.items);
            const context: BookingContext = {
              reportId,
              people,
              zone,
              workingHours: ASSUMED_WORKING_HOURS,
              reportHours: ASSUMED_WORKING_HOURS,
            };
            if (current?.state === 'booked' && current.event) {
              return <BookedSeries context={context} conversation={current} onNotice={setNotice} />;
            }
            if (current?.state === 'held') {
              return (
                <MessageBar intent="info" layout="multiline">
                  <MessageBarBody>
                    The conversation
                    {current.heldAt ? ` on ${dates.instant(current.heldAt)}` : ''} was held. Send
                    the summary and book the next one in{' '}
                    <Link href={hrefFor({ screen: 'close', reportId })}>
                      Close and follow through
                    </Link>
                    .
                  </MessageBarBody>
                </MessageBar>
              );
            }
            return (
              <NewBooking reportId={reportId} people={people} zone={zone} onBooked={setNotice} />
            );
          }}
        </QueryState>
      </div>
    </ReportJourneyLayout>
  );
}
