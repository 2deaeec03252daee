import { Text } from '@fluentui/react-components';
import type { SkippedDays } from '../../../domain';
import { useBookingStyles } from './booking-styles';

/**
 * Why the search offers nothing on some days, in the planner's words ("Thu 24 – Mon 28 Dec:
 * Tomás is out of office."). Days neither person works go unsaid: a weekend needs no reason.
 */
export function SkippedDaysList({ skipped }: { skipped: readonly SkippedDays[] }) {
  const styles = useBookingStyles();
  const worth = skipped.filter((s) => s.reason !== 'not-a-working-day');
  if (worth.length === 0) return null;
  return (
    <section aria-labelledby="skipped-title" className={styles.section}>
      <Text id="skipped-title" weight="semibold">
        Days with no time offered
      </Text>
      <ul aria-labelledby="skipped-title">
        {worth.map((s) => (
          <li key={s.from}>
            <Text className={styles.muted}>{s.message}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
