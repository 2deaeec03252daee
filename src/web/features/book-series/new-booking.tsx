import { ASSUMED_WORKING_HOURS, zoneName } from '../../../domain';
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Title3,
} from '@fluentui/react-components';
import { useMemo, useReducer } from 'react';
import type { BookingPeople } from '../../../app/my-365/booking';
import { allBookable, checkSessions, reportZoneOf } from '../../../app/my-365/booking';
import type { Interval } from '../../../domain';
import { quarterlyRecurrenceAt, scriptById, Temporal } from '../../../domain';
import { ErrorBar } from '../../shared/query-state';
import { useTextDraft } from '../../shared/use-text-draft';
import { useDateFormat } from '../../shared/use-date-format';
import type { BookingContext } from './api/booking-context';
import { useBookSeries } from './api/book-series';
import { useBookingOptions } from './api/read-booking-options';
import { useBookingStyles } from './booking-styles';
import { FormatChoice } from './format-choice';
import { WorkingWeeks } from './working-weeks';
import { InvitationEditor } from './invitation-editor';
import { intervalOf } from './local-time';
import { initialNewBookingState, newBookingReducer } from './new-booking-state';
import { ProposalList } from './proposal-list';
import { SessionTimes } from './session-times';

const newKey = (): string => crypto.randomUUID();

export interface NewBookingProps {
  reportId: string;
  people: BookingPeople;
  zone: string;
  onBooked: (message: string) => void;
}

/** Invitation, format, free times, the manager's choice with live checks, and booking. */
export function NewBooking({ reportId, people, zone, onBooked }: NewBookingProps) {
  const styles = useBookingStyles();
  const dates = useDateFormat();
  const name = people.report.displayName;
  const reportZone = reportZoneOf(people, zone);
  const invitation = useTextDraft(`invitation.${reportId}`, scriptById('invitation').text);
  const [state, dispatch] = useReducer(newBookingReducer, ASSUMED_WORKING_HOURS, (hours) =>
    initialNewBookingState(hours, newKey()),
  );
  const { format, hours, reportHours, chosen, drafts } = state;
  const context: BookingContext = useMemo(
    () => ({ reportId, people, zone, workingHours: hours, reportHours }),
    [reportId, people, zone, hours, reportHours],
  );
  const options = useBookingOptions(context, format);
  const book = useBookSeries(reportId, (result) => {
    invitation.clear();
    dispatch({ type: 'booked', key: newKey() });
    const count = result.events.length;
    onBooked(
      `Booked: ${count === 1 ? 'the session is' : `${count} sessions are`} in your calendar ` +
        `and ${name}'s, each with a Teams meeting; the invitation went with them. ` +
        'The first session recurs every quarter.',
    );
  });

  const read = options.data?.ok ? options.data : undefined;
  const proposals = read?.plan.ok ? read.plan.proposals : [];
  const intervals = drafts.map((d) => intervalOf(d, zone));
  const sessions = intervals.filter((i): i is Interval => i !== undefined);
  const complete = sessions.length === drafts.length && sessions.length > 0;
  // What the search used: Outlook's working weeks where shared, else the ones on the screen.
  const myHours = read?.calendar.managerWeek.hours ?? hours;
  const checks = read
    ? checkSessions({
        sessions,
        format,
        calendar: read.calendar,
        people,
        zone,
        now: Temporal.Now.instant(),
        workingHours: myHours,
        reportHours: read.calendar.reportWeek.hours,
        dates,
      })
    : [];
  const bookable = complete && allBookable(checks);
  const anchor = intervals[0];
  const recurrence = anchor
    ? quarterlyRecurrenceAt(anchor.start, drafts[0]?.minutes ?? 60, zone, myHours, dates)
    : undefined;
  const refused = checks.filter((c) => !c.ok).length;

  const submit = (): void => {
    if (!read || !complete) return;
    book.mutate({
      context,
      format,
      sessions,
      wording: invitation.text,
      calendar: read.calendar,
      key: state.key,
    });
  };

  return (
    <div className={styles.root}>
      <InvitationEditor
        reportName={name}
        text={invitation.text}
        onChange={invitation.change}
        edited={invitation.edited}
        onReset={invitation.clear}
      />
      <FormatChoice
        format={format}
        onChange={(next) => {
          dispatch({ type: 'change-format', format: next });
        }}
      />
      <section aria-labelledby="slots-title" className={styles.section}>
        <Title3 as="h2" id="slots-title">
          Free times for both of you
        </Title3>
        <Text className={styles.muted}>
          From your calendar and {name}’s free/busy over the next four weeks, inside both working
          weeks, clear of time out of office and all-day events. Times are in your zone:{' '}
          {zoneName(zone)}.
        </Text>
        <WorkingWeeks
          people={[
            {
              legend: 'Your working hours',
              zone,
              hours,
              onChange: (next) => {
                dispatch({ type: 'change-hours', whose: 'manager', hours: next });
              },
              known: read?.calendar.managerWeek,
            },
            {
              legend: `${name}’s working hours`,
              zone: reportZone,
              hours: reportHours,
              onChange: (next) => {
                dispatch({ type: 'change-hours', whose: 'report', hours: next });
              },
              known: read?.calendar.reportWeek,
            },
          ]}
        />
        {options.isPending ? <Spinner label="Reading both calendars…" /> : null}
        {options.error ? (
          <ErrorBar
            error={options.error}
            what="The free times"
            retry={() => void options.refetch()}
          />
        ) : null}
        {options.data ? (
          <ProposalList
            options={options.data}
            format={format}
            chosen={chosen}
            onChoose={(choice) => {
              dispatch({ type: 'choose', choice, proposals, zone });
            }}
            reportZone={reportZone}
            reportName={name}
          />
        ) : null}
      </section>
      {drafts.length > 0 ? (
        <section aria-labelledby="choice-title" className={styles.section}>
          <Title3 as="h2" id="choice-title">
            Your choice
          </Title3>
          <SessionTimes
            format={format}
            drafts={drafts}
            checks={checks}
            onChange={(index, draft) => {
              dispatch({ type: 'change-draft', index, draft });
            }}
            zone={zone}
            reportZone={reportZone}
            reportName={name}
          />
          {recurrence?.ok ? (
            <Text>
              The first session goes in both calendars as a recurring quarterly session:{' '}
              {recurrence.value.summary} ({zoneName(zone)}).
            </Text>
          ) : null}
          <div aria-live="polite" className={styles.issues}>
            <Text weight="semibold">
              {!complete
                ? 'Enter a start and a length for every session.'
                : refused > 0
                  ? `${refused === 1 ? 'One session needs' : `${refused} sessions need`} another time before you can book.`
                  : `Ready to book ${drafts.length === 1 ? 'the session' : `${drafts.length} sessions`}.`}
            </Text>
          </div>
          {book.data && !book.data.ok ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{book.data.message}</MessageBarBody>
            </MessageBar>
          ) : null}
          {book.error ? (
            <ErrorBar error={book.error} what="The booking" title="Not booked yet" retry={submit} />
          ) : null}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={!bookable || book.isPending} onClick={submit}>
              {book.isPending
                ? 'Booking…'
                : `Book ${drafts.length === 1 ? 'the session' : `${drafts.length} sessions`} and send the invitation`}
            </Button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
