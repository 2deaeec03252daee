import { zoneName } from '../../../domain';
import {
  Button,
  Card,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  Title3,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import type { CalendarEvent } from '../../../app/ports';
import { reportZoneOf } from '../../../app/my-365/booking';
import { failureById, minutesBetween, renderProse } from '../../../domain';
import { hrefFor } from '../../app/routes';
import { ErrorBar } from '../../shared/query-state';
import type { BookingContext } from './api/booking-context';
import { useSeriesSessions } from './api/read-series-sessions';
import { useBookingStyles } from './booking-styles';
import { CancelDialog } from './cancel-dialog';
import { RescheduleForm } from './reschedule-form';
import { useDateFormat } from '../../shared/use-date-format';
import { bothTimes, sessionName } from './session-label';

export interface BookedSeriesProps {
  context: BookingContext;
  conversation: ConversationRecord;
  onNotice: (message: string) => void;
}

/** What is booked, as both calendars have it: times, Teams links, move or cancel. */
export function BookedSeries({ context, conversation, onNotice }: BookedSeriesProps) {
  const styles = useBookingStyles();
  const dates = useDateFormat();
  const { reportId, people, zone } = context;
  const name = people.report.displayName;
  const reportZone = reportZoneOf(people, zone);
  const sessions = useSeriesSessions(reportId, conversation, people, zone);
  const [moving, setMoving] = useState(false);
  // When the move form closes, focus goes back to the button that opened it, not to the page.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (moving || !returnFocus.current) return;
    document.getElementById('move-series')?.focus();
    returnFocus.current = false;
  }, [moving]);
  const closeMove = (): void => {
    returnFocus.current = true;
    setMoving(false);
  };
  const recorded = conversation.event;
  // The calendar is the truth; until it answers, the record says when the first session is.
  const shown: CalendarEvent[] =
    sessions.data ??
    (recorded
      ? [
          {
            id: recorded.eventId,
            title: recorded.title,
            start: recorded.start,
            end: recorded.end,
            attendees: [],
            organizerEmail: '',
            ...(recorded.joinUrl ? { joinUrl: recorded.joinUrl } : {}),
            isCancelled: false,
            isRecurring: false,
          },
        ]
      : []);
  const format = shown.length > 1 ? 'series-of-three' : 'single-90';

  return (
    <section aria-labelledby="booked-title" className={styles.section}>
      <Title3 as="h2" id="booked-title">
        What is booked
      </Title3>
      <Text className={styles.muted}>
        In your calendar and {name}’s, each session with its own Teams meeting. Times are in your
        zone ({zoneName(zone)}).
        {conversation.rescheduleCount > 0
          ? ` Moved ${conversation.rescheduleCount === 1 ? 'once' : `${conversation.rescheduleCount} times`} so far.`
          : ''}
      </Text>
      {recorded?.insideOneOnOne ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {failureById('conflating').title}: a session sits inside or right next to your 1:1 with{' '}
            {name}. {renderProse(failureById('conflating').instead)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {sessions.isPending ? <Spinner size="small" label="Reading your calendar…" /> : null}
      {sessions.error ? (
        <ErrorBar
          error={sessions.error}
          what="The booked sessions"
          retry={() => void sessions.refetch()}
        />
      ) : null}
      {sessions.data && sessions.data.length === 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The booked meeting is no longer in your calendar (deleted in Outlook?). Cancel this
            conversation here and book it again.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ul className={styles.cards} aria-label="Booked sessions">
        {shown.map((session, index) => {
          const times = bothTimes(session, dates, reportZone, name);
          const minutes = Math.round(minutesBetween(session.start, session.end));
          const repeats = session.seriesMasterId !== undefined || session.isRecurring;
          return (
            <li key={session.id}>
              <Card>
                <Subtitle2 as="h3">{sessionName(format, index)}</Subtitle2>
                <Text>
                  {times.mine} ({minutes} minutes){times.theirs ? `, ${times.theirs}` : ''}
                </Text>
                {repeats ? (
                  <Text className={styles.muted}>
                    Recurs every quarter: next quarter’s session is already in both calendars.
                  </Text>
                ) : null}
                {session.joinUrl ? (
                  <Link href={session.joinUrl} target="_blank" rel="noreferrer">
                    Teams meeting link for {sessionName(format, index)}
                  </Link>
                ) : null}
              </Card>
            </li>
          );
        })}
      </ul>
      {moving ? (
        <RescheduleForm
          context={context}
          format={format}
          conversation={conversation}
          sessions={shown}
          name={name}
          onDone={(message) => {
            closeMove();
            onNotice(message);
          }}
          onCancel={closeMove}
        />
      ) : (
        <div className={styles.actions}>
          <Button
            id="move-series"
            disabled={!sessions.data || sessions.data.length === 0}
            onClick={() => {
              setMoving(true);
            }}
          >
            {format === 'single-90' ? 'Move the session' : 'Move the series'}
          </Button>
        </div>
      )}
      <div className={styles.actions}>
        <Link href={hrefFor({ screen: 'prompt', reportId })}>
          Next: send {name} the reflection prompt
        </Link>
      </div>
      <div className={styles.actions}>
        <CancelDialog
          reportId={reportId}
          conversation={conversation}
          sessions={sessions.data ?? []}
          name={name}
          onCancelled={onNotice}
        />
      </div>
    </section>
  );
}
