import { Link, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { hrefFor } from '../../app/routes';
import { useMe } from '../../data/use-me';
import { QueryState } from '../../shared/query-state';
import { ReportSection } from '../../shared/report-section';
import { AccessLogSection } from './access-log-section';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/**
 * docs/privacy.md in plain words, for the people it is about. Each line here is one of the
 * promises that page proves with a test; it adds none of its own.
 */
export function PrivacyScreen() {
  const styles = useStyles();
  const me = useMe();
  return (
    <div className={styles.root}>
      <Title2 as="h1">Privacy: who sees what</Title2>
      <ReportSection id="privacy-who" title="Who sees what">
        <ul className={styles.list}>
          <li>
            Your development contract, its versions, your commitments and the notes shared after a
            conversation: you and your current manager.
          </li>
          <li>
            Your manager’s private preparation notes: your manager alone. They stay in their own
            OneDrive and never reach the shared records.
          </li>
          <li>
            When you change manager, your former manager loses access straight away. Your new
            manager sees what you recorded with earlier managers only if you agree, and you can take
            that back.
          </li>
          <li>
            Only the person who made a commitment marks it done: you mark yours, your manager
            theirs.
          </li>
          <li>
            Every time someone else reads your records it is recorded: once per person and day, with
            how many times. You can see it below and export it.
          </li>
        </ul>
      </ReportSection>
      <ReportSection id="privacy-hr" title="What HR never sees">
        <ul className={styles.list}>
          <li>
            HR admins never see what was said or agreed: no notes, no contract, no commitments, no
            names.
          </li>
          <li>
            They see counts per department (how many people had a full conversation last quarter,
            for instance), and only for groups of five people or more.
          </li>
          <li>
            The product never scores flight risk, engagement or retention, and the question about
            leaving has no answer field anywhere.
          </li>
        </ul>
      </ReportSection>
      <QueryState query={me} what="Who you are" loadingLabel="Opening…">
        {(caller) => (
          <AccessLogSection userId={caller.userId} hasManager={caller.manager !== undefined} />
        )}
      </QueryState>
      <Text>
        <Link href={hrefFor({ screen: 'my-development' })}>Back to My development</Link>
      </Text>
    </div>
  );
}
