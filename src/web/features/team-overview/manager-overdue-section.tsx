import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import type { ManagerOverdueCommitment } from '../../../domain';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  due: { color: tokens.colorNeutralForeground2 },
});

/** The playbook: "Checked my own commitments first", so they lead the screen. */
export function ManagerOverdueSection({ items }: { items: ManagerOverdueCommitment[] }) {
  const dates = useDateFormat();
  const styles = useStyles();
  return (
    <section aria-labelledby="manager-overdue-title" className={styles.section}>
      <Title3 as="h2" id="manager-overdue-title">
        Your overdue commitments
      </Title3>
      {items.length === 0 ? (
        <Text>None. Every commitment you made is done or not yet due.</Text>
      ) : (
        <ul className={styles.list} aria-labelledby="manager-overdue-title">
          {items.map(({ report, commitment }) => (
            <li key={`${report.id}:${commitment.id}`}>
              <Text weight="semibold">{commitment.action}</Text>{' '}
              <Text className={styles.due}>
                for {report.displayName}, due {dates.date(commitment.due)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
