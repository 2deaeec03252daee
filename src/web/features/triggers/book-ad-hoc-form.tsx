import {
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { AdHocSlot } from '../../../app/my-365/triggers/find-ad-hoc-slots';
import { type Person, type Temporal, type TriggerId } from '../../../domain';
import type { DateFormat } from '../../shared/date-format';
import { ErrorBar } from '../../shared/query-state';
import { useDateFormat } from '../../shared/use-date-format';
import { useAdHocSlots } from './api/get-ad-hoc-slots';
import { useBookAdHoc } from './api/book-ad-hoc';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

const FURTHER_DAYS = 28;

function slotLabel(slot: AdHocSlot, dates: DateFormat): string {
  const when = dates.range(slot.start, slot.end);
  return slot.byDueDate ? when : `${when} (after the suggested date)`;
}

export interface BookAdHocFormProps {
  reportId: string;
  logId: string;
  trigger: TriggerId;
  dueBy: string;
  manager: Person;
  report: Person;
  now: Temporal.Instant;
  zone: string;
  /** Told once the meeting and the record exist, for the page's status line. */
  onBooked: (message: string) => void;
}

/**
 * Free hour-long times for both people, then "Book it": a Teams meeting in both calendars and
 * the shared record, so the trigger is answered by a real conversation.
 */
export function BookAdHocForm(props: BookAdHocFormProps) {
  const { reportId, logId, trigger, dueBy, manager, report, now, zone, onBooked } = props;
  const styles = useStyles();
  const dates = useDateFormat();
  const [horizonDays, setHorizonDays] = useState<number | undefined>(undefined);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const slots = useAdHocSlots(
    reportId,
    logId,
    { manager, report, now, zone, dueBy, ...(horizonDays ? { horizonDays } : {}) },
    true,
  );
  const book = useBookAdHoc(reportId, (_, input) => {
    onBooked(
      `Booked for ${dates.range(input.slot.start, input.slot.end)}: the meeting is in both calendars.`,
    );
  });
  if (slots.isPending) return <Spinner size="small" label="Reading both calendars…" />;
  if (slots.isError) {
    return (
      <ErrorBar
        error={slots.error}
        what="Free times"
        retry={() => {
          void slots.refetch();
        }}
      />
    );
  }
  const lookFurther =
    horizonDays === undefined ? (
      <Button
        onClick={() => {
          setChosen(undefined);
          setHorizonDays(FURTHER_DAYS);
        }}
      >
        Look further ahead
      </Button>
    ) : null;
  const result = slots.data;
  const found = result.ok ? result.slots : [];
  const slot = found.find((s) => s.start === chosen);
  if (!result.ok || found.length === 0) {
    return (
      <div className={styles.root}>
        <Text>{result.ok ? 'No free time found.' : result.message}</Text>
        {lookFurther}
      </div>
    );
  }
  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        if (slot === undefined) return;
        book.mutate({
          manager,
          report,
          trigger,
          triggerLogId: logId,
          slot: { start: slot.start, end: slot.end },
          zone,
        });
      }}
    >
      <Field
        label={`Free for both of you (times in ${zone})`}
        hint="An hour, within working hours, clear of your 1:1s with them."
        required
      >
        <RadioGroup
          value={chosen ?? ''}
          onChange={(_, data) => {
            setChosen(data.value);
          }}
        >
          {found.map((s) => (
            <Radio key={s.start} value={s.start} label={slotLabel(s, dates)} />
          ))}
        </RadioGroup>
      </Field>
      {book.error ? (
        <ErrorBar error={book.error} what="The booking" title="Not booked yet: try again" />
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={slot === undefined || book.isPending}>
          {book.isPending ? 'Booking…' : 'Book it'}
        </Button>
        {lookFurther}
      </div>
      <Text size={200} className={styles.muted}>
        The invitation says “a career conversation” with a Teams link. It does not say what prompted
        it.
      </Text>
    </form>
  );
}
