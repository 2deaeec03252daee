import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { BEFORE_YOU_START, DO_NOT_PREPARE } from '../../../domain';

const useStyles = makeStyles({
  heading: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  warning: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorStatusWarningBorder2}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  why: { fontStyle: 'italic' },
});

/** The seed's headings end in a colon, written for running text; as headings they do not. */
const asHeading = (text: string): string => text.replace(/:\s*$/, '');

/** The playbook's preparation: what to think about, and what not to bring. */
export function PrepareGuide() {
  const styles = useStyles();
  return (
    <>
      <section className={styles.section} aria-labelledby="prepare-think">
        <Title3 as="h2" className={styles.heading} id="prepare-think">
          {asHeading(BEFORE_YOU_START.lead)}
        </Title3>
        <Text>For you alone: these are not questions to ask them.</Text>
        <ol className={styles.list}>
          {BEFORE_YOU_START.questions.map((q) => (
            <li key={q.id}>
              <Text>{q.text}</Text>
            </li>
          ))}
        </ol>
      </section>
      <section className={styles.warning} aria-labelledby="prepare-not">
        <Title3 as="h2" className={styles.heading} id="prepare-not">
          {asHeading(DO_NOT_PREPARE.title)}
        </Title3>
        <ul className={styles.list}>
          {DO_NOT_PREPARE.items.map((item) => (
            <li key={item.id}>
              <Text>{item.text}</Text>
            </li>
          ))}
        </ul>
        <Text className={styles.why}>{DO_NOT_PREPARE.why}</Text>
      </section>
    </>
  );
}
