import { Button, Field, Input, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import type { CalendarEvent } from '../../../app/ports';
import { checkMove } from '../../../app/use-cases/booking';
import type { BookingFormat } from '../../../domain';
import { Temporal } from '../../../domain';
import { useDateFormat } from '../../shared/use-date-format';
import { ErrorBar } from '../../shared/query-state';
import type { BookingContext } from './api/booking-context';
import { useMoveCalendar } from './api/read-series-sessions';
import { useRescheduleSession } from './api/reschedule-session';
import { useBookingStyles } from './booking-styles';
import { CheckMessages } from './check-messages';
import { draftOf, intervalOf } from './local-time';

export interface RescheduleFormProps {
  context: BookingContext;
  format: BookingFormat;
  conversation: ConversationRecord;
  session: CalendarEvent;
  /** The whole series, in order, so a move keeps it in order. */
  sessions: readonly CalendarEvent[];
  index: number;
  name: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A new time for one session, checked like a booking, then moved in both calendars. */
export function RescheduleForm(props: RescheduleFormProps) {
  const { context, format, conversation, session, sessions, index, name, onDone, onCancel } = props;
  const styles = useBookingStyles();
  const { zone } = context;
  const dates = useDateFormat();
  const [draft, setDraft] = useState(() => draftOf(session, zone));
  const calendar = useMoveCalendar(
    context.reportId,
    context.people,
    session,
    zone,
    context.reportHours,
  );
  const move = useRescheduleSession(context.reportId, (event) => {
    onDone(
      `Moved to ${dates.range(event.start, event.end)}. ` +
        `${name} gets the update in their calendar.`,
    );
  });
  const to = intervalOf(draft, zone);
  const check =
    to && calendar.data
      ? checkMove({
          ...context,
          sessions,
          index,
          to,
          format,
          calendar: calendar.data,
          now: Temporal.Now.instant(),
        })
      : undefined;
  const unchanged = to?.start === session.start && to.end === session.end;
  const submit = (): void => {
    if (!to || !calendar.data) return;
    move.mutate({
      context,
      format,
      conversation,
      sessions,
      index,
      session,
      to,
      calendar: calendar.data,
    });
  };
  return (
    <div className={styles.section}>
      <div className={styles.row}>
        <Field label={`New start (your time, ${zone})`}>
          <Input
            type="datetime-local"
            value={draft.start}
            onChange={(_, data) => {
              setDraft({ ...draft, start: data.value });
            }}
          />
        </Field>
        <Field label="Length in minutes">
          <Input
            type="number"
            min={15}
            step={15}
            value={String(draft.minutes)}
            onChange={(_, data) => {
              setDraft({ ...draft, minutes: Number(data.value) });
            }}
          />
        </Field>
      </div>
      {calendar.isPending ? <Spinner size="small" label="Reading both calendars…" /> : null}
      {calendar.error ? (
        <ErrorBar
          error={calendar.error}
          what="Both calendars"
          retry={() => void calendar.refetch()}
        />
      ) : null}
      {to ? null : <Text>Enter a date, a time and a length.</Text>}
      <CheckMessages check={check} />
      {move.error ? (
        <ErrorBar error={move.error} what="The move" title="Not moved" retry={submit} />
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!check?.ok || unchanged || move.isPending}
          onClick={submit}
        >
          {move.isPending ? 'Moving…' : 'Move the session'}
        </Button>
        <Button onClick={onCancel}>Keep the current time</Button>
      </div>
    </div>
  );
}
