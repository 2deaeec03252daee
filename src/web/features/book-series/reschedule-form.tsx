import { Button, Field, Input, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import type { CalendarEvent } from '../../../app/ports';
import type { MoveSeriesResult } from '../../../app/my-365/booking';
import { checkSeriesMove } from '../../../app/my-365/booking';
import type { BookingFormat } from '../../../domain';
import { Temporal } from '../../../domain';
import { useDateFormat } from '../../shared/use-date-format';
import { ErrorBar } from '../../shared/query-state';
import type { BookingContext } from './api/booking-context';
import { useMoveCalendar } from './api/read-series-sessions';
import { useMoveSeries } from './api/move-series';
import { promptOutcomeSentence } from '../../shared/prompt-outcome';
import { useBookingStyles } from './booking-styles';
import { CheckMessages } from './check-messages';
import { draftOf, intervalOf } from './local-time';

export interface RescheduleFormProps {
  context: BookingContext;
  format: BookingFormat;
  conversation: ConversationRecord;
  /** This quarter's sessions, in order: they move together. */
  sessions: readonly CalendarEvent[];
  name: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * A new time for the first session; the others keep their distance from it. Checked like a
 * booking, then the whole series moves in both calendars, and the queued prompt with it.
 */
export function RescheduleForm(props: RescheduleFormProps) {
  const { context, format, conversation, sessions, name, onDone, onCancel } = props;
  const [session] = sessions;
  if (!session) throw new Error('There is no session to move.');
  const styles = useBookingStyles();
  const { zone } = context;
  const dates = useDateFormat();
  const [draft, setDraft] = useState(() => draftOf(session, zone));
  const [key] = useState(() => crypto.randomUUID());
  const calendar = useMoveCalendar(context.reportId, context.people, sessions, zone, context);
  const move = useMoveSeries(context.reportId, (result: MoveSeriesResult) => {
    if (!result.ok) return;
    const first = result.events[0];
    const when = first ? dates.range(first.start, first.end) : '';
    const all =
      result.events.length > 1
        ? `All ${String(result.events.length)} sessions moved; the first is now `
        : 'Moved to ';
    onDone(
      `${all}${when}. ${name} gets the update in their calendar.` +
        promptOutcomeSentence(result.prompt.outcome, name),
    );
  });
  const to = intervalOf(draft, zone);
  const checks =
    to && calendar.data
      ? checkSeriesMove({
          ...context,
          sessions,
          to,
          format,
          calendar: calendar.data,
          now: Temporal.Now.instant(),
        })
      : undefined;
  const unchanged = to?.start === session.start && to.end === session.end;
  const submit = (): void => {
    if (!to || !calendar.data) return;
    move.mutate({ context, format, conversation, sessions, to, calendar: calendar.data, key });
  };
  return (
    <div className={styles.section}>
      <div className={styles.row}>
        <Field
          label={`New start${format === 'single-90' ? '' : ' of session 1'} (your time, ${zone})`}
          hint={format === 'single-90' ? null : 'Sessions 2 and 3 move by the same amount.'}
        >
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
      {checks?.map((check, index) => (
        <CheckMessages key={String(index)} check={check} />
      ))}
      {move.error ? (
        <ErrorBar error={move.error} what="The move" title="Not moved" retry={submit} />
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={!checks?.every((c) => c.ok) || unchanged || move.isPending}
          onClick={submit}
        >
          {move.isPending
            ? 'Moving…'
            : format === 'single-90'
              ? 'Move the session'
              : 'Move all sessions'}
        </Button>
        <Button onClick={onCancel}>Keep the current time</Button>
      </div>
    </div>
  );
}
