import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import type { GoodLooksLikeCheck } from '../../../domain';
import { CheckBadge } from '../../shared/status-badges';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  evidence: { color: tokens.colorNeutralForeground2 },
});

/** The playbook's seven signs, as a self-check: the records answer some, only you the rest. */
export function GoodLooksLikeSection({ checks }: { checks: GoodLooksLikeCheck[] }) {
  const styles = useStyles();
  return (
    <section aria-labelledby="good-looks-like-title">
      <Title3 as="h2" id="good-looks-like-title">
        What good looks like: a self-check
      </Title3>
      <ol className={styles.list} aria-labelledby="good-looks-like-title">
        {checks.map((check) => (
          <li key={check.id} className={styles.item}>
            <span>
              <CheckBadge state={check.state} /> <Text>{check.text}</Text>
            </span>
            <Text size={200} className={styles.evidence}>
              {check.evidence}
            </Text>
          </li>
        ))}
      </ol>
    </section>
  );
}
