import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { PHASE_LIST, type PhaseId } from '../../../domain';
import { hrefFor } from '../../app/routes';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
  },
  current: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'underline' },
});

/** The three phases, one screen each; the current one is marked for screen readers too. */
export function PhaseNav({ reportId, phase }: { reportId: string; phase: PhaseId }) {
  const styles = useStyles();
  return (
    <nav aria-label="Phases of the conversation">
      <ol className={styles.list}>
        {PHASE_LIST.map((p) => (
          <li key={p.id}>
            <Link
              href={hrefFor({ screen: 'conversation', reportId, phase: p.id })}
              aria-current={p.id === phase ? 'step' : undefined}
              className={p.id === phase ? styles.current : undefined}
            >
              {p.number}. {p.title}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
