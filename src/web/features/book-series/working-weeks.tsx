import { Text } from '@fluentui/react-components';
import type { KnownWorkingWeek } from '../../../app/my-365/booking';
import type { TimeZoneId, WorkingHours } from '../../../domain';
import { describeWorkingDays, zoneName } from '../../../domain';
import { useBookingStyles } from './booking-styles';
import { HoursFields } from './hours-fields';
import type { DateFormat } from '../../shared/date-format';
import { useDateFormat } from '../../shared/use-date-format';

interface PersonWeek {
  legend: string;
  zone: TimeZoneId;
  hours: WorkingHours;
  onChange: (hours: WorkingHours) => void;
  /** What the search used; undefined until both calendars are read. */
  known: KnownWorkingWeek | undefined;
}

/** "Mon–Thu 09:00–17:30 (Mexico City)". */
function describeWeek(week: KnownWorkingWeek, dates: DateFormat): string {
  const { hours } = week;
  return `${describeWorkingDays(new Set(hours.days), dates)} ${hours.start}–${hours.end} (${zoneName(week.zone)})`;
}

/**
 * Both people's working weeks. Where Outlook shares someone's, that is what the search used and
 * the screen says so; only where it does not can the manager correct the assumed one.
 */
export function WorkingWeeks({ people }: { people: readonly PersonWeek[] }) {
  const styles = useBookingStyles();
  const dates = useDateFormat();
  return (
    <div className={styles.row}>
      {people.map((person) =>
        person.known?.source === 'outlook' ? (
          <Text key={person.legend}>
            {person.legend} (from Outlook): {describeWeek(person.known, dates)}
          </Text>
        ) : (
          <HoursFields
            key={person.legend}
            legend={`${person.legend} (assumed)`}
            zone={person.zone}
            hours={person.hours}
            onChange={person.onChange}
          />
        ),
      )}
    </div>
  );
}
