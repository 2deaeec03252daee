import { makeStyles, Text } from '@fluentui/react-components';
import type { Commitment } from '../../domain';

const useStyles = makeStyles({
  // The note is typed in a textarea: keep its line breaks; take a line of its own in a row.
  note: { whiteSpace: 'pre-wrap', flexBasis: '100%' },
});

/** What the owner said when they marked a commitment done; both people see the same words. */
export function DoneNote({ commitment }: { commitment: Commitment }) {
  const styles = useStyles();
  if (commitment.status !== 'done' || commitment.doneNote === undefined) return null;
  return (
    <Text size={200} className={styles.note}>
      Note: {commitment.doneNote}
    </Text>
  );
}
