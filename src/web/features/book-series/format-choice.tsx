import { Radio, RadioGroup, Text, Title3 } from '@fluentui/react-components';
import type { BookingFormat } from '../../../domain';
import { DEFAULT_SESSION_MINUTES, THREE_CONVERSATIONS_INTRO } from '../../../domain';
import { useBookingStyles } from './booking-styles';

const isFormat = (value: string): value is BookingFormat =>
  value === 'series-of-three' || value === 'single-90';

/** Three sessions, or the three conversations as phases of one longer session. */
export function FormatChoice({
  format,
  onChange,
}: {
  format: BookingFormat;
  onChange: (format: BookingFormat) => void;
}) {
  const styles = useBookingStyles();
  return (
    <section aria-labelledby="format-title" className={styles.section}>
      <Title3 as="h2" id="format-title">
        Format
      </Title3>
      <Text className={styles.muted}>{THREE_CONVERSATIONS_INTRO}</Text>
      <RadioGroup
        aria-labelledby="format-title"
        value={format}
        onChange={(_, data) => {
          if (isFormat(data.value)) onChange(data.value);
        }}
      >
        <Radio
          value="series-of-three"
          label={`Three sessions of at least ${DEFAULT_SESSION_MINUTES['series-of-three']} minutes, one per conversation, a week or two apart`}
        />
        <Radio
          value="single-90"
          label={`One ${DEFAULT_SESSION_MINUTES['single-90']}-minute session with the three conversations as phases`}
        />
      </RadioGroup>
    </section>
  );
}
