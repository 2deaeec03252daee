import { Link, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import type { OpeningAgenda } from '../../../domain';
import { hrefFor } from '../../app/routes';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  step: { marginBottom: tokens.spacingVerticalS },
  items: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

const STATE_TEXT = { done: 'done', 'not-done': 'not done yet', overdue: 'overdue' } as const;

/**
 * The opening of the next quarterly conversation, as the playbook runs it: the manager's own
 * commitments first, then "what's changed since we last spoke?", then the plan and its update.
 */
export function OpeningAgendaSection({
  reportId,
  agenda,
  next,
}: {
  reportId: string;
  agenda: OpeningAgenda;
  next: ConversationRecord | undefined;
}) {
  const dates = useDateFormat();
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="opening-title">
      <Title3 as="h2" id="opening-title">
        Opening the next quarterly conversation
      </Title3>
      <Text>
        {next?.event === undefined ? (
          <>
            The next quarterly conversation is not booked yet.{' '}
            <Link href={hrefFor({ screen: 'book', reportId })}>Invite and book</Link>
          </>
        ) : (
          `Booked for ${dates.instant(next.event.start)}. Take it in this order:`
        )}
      </Text>
      <ol className={styles.steps} aria-label="Opening agenda">
        {agenda.sections.map((section) => (
          <li key={section.id} className={styles.step}>
            <Text weight="semibold">{section.title}</Text>
            {section.items.length === 0 ? (
              <Text as="p" className={styles.muted}>
                None.
              </Text>
            ) : (
              <ul className={styles.items}>
                {section.items.map((item, i) => (
                  <li key={`${String(i)}:${item.text}`}>
                    {item.text}
                    {item.state === undefined ? '' : ` (${STATE_TEXT[item.state]})`}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
