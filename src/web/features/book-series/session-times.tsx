import { Field, Input, Text } from '@fluentui/react-components';
import type { SessionCheck } from '../../../app/my-365/booking';
import type { BookingFormat, TimeZoneId } from '../../../domain';
import { CheckMessages } from './check-messages';
import { useBookingStyles } from './booking-styles';
import { intervalOf, type SessionDraft } from './local-time';
import { useDateFormat } from '../../shared/use-date-format';
import { bothTimes, sessionName } from './session-label';

export interface SessionTimesProps {
  format: BookingFormat;
  drafts: readonly SessionDraft[];
  checks: readonly (SessionCheck | undefined)[];
  onChange: (index: number, draft: SessionDraft) => void;
  zone: TimeZoneId;
  reportZone: TimeZoneId;
  reportName: string;
}

/**
 * Each session's start and length, editable: a proposal fills them in, the manager may move
 * them, and the domain's checks run as they type (a refusal blocks booking, a warning does not).
 */
export function SessionTimes(props: SessionTimesProps) {
  const { format, drafts, checks, onChange, zone, reportZone, reportName } = props;
  const dates = useDateFormat();
  const styles = useBookingStyles();
  return (
    <>
      {drafts.map((draft, index) => {
        const interval = intervalOf(draft, zone);
        const times = interval ? bothTimes(interval, dates, reportZone, reportName) : undefined;
        const name = sessionName(format, index);
        return (
          <fieldset key={index} className={styles.fieldset}>
            <legend className={styles.legend}>{name}</legend>
            <div className={styles.row}>
              <Field label={`Starts (your time, ${zone})`}>
                <Input
                  type="datetime-local"
                  value={draft.start}
                  onChange={(_, data) => {
                    onChange(index, { ...draft, start: data.value });
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
                    onChange(index, { ...draft, minutes: Number(data.value) });
                  }}
                />
              </Field>
            </div>
            {times ? (
              <Text className={styles.muted}>
                {times.mine}
                {times.theirs ? `, that is ${times.theirs}` : ''}
              </Text>
            ) : (
              <Text className={styles.muted}>Enter a date, a time and a length.</Text>
            )}
            <CheckMessages check={checks[index]} />
          </fieldset>
        );
      })}
    </>
  );
}
