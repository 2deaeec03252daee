import { Field, Input } from '@fluentui/react-components';
import type { TimeZoneId, WorkingHours } from '../../../domain';
import { useBookingStyles } from './booking-styles';

export interface HoursFieldsProps {
  legend: string;
  zone: TimeZoneId;
  hours: WorkingHours;
  onChange: (hours: WorkingHours) => void;
}

/** One person's working day, read in their zone: the free times stay inside it. */
export function HoursFields({ legend, zone, hours, onChange }: HoursFieldsProps) {
  const styles = useBookingStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>
        {legend} ({zone}, Monday to Friday)
      </legend>
      <div className={styles.row}>
        <Field label="From">
          <Input
            type="time"
            value={hours.start}
            onChange={(_, data) => {
              onChange({ ...hours, start: data.value });
            }}
          />
        </Field>
        <Field label="Until">
          <Input
            type="time"
            value={hours.end}
            onChange={(_, data) => {
              onChange({ ...hours, end: data.value });
            }}
          />
        </Field>
      </div>
    </fieldset>
  );
}
