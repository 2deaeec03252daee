import { Link, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { hrefFor } from '../../app/routes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Outside a career conversation's meeting: what the panel is for, and where booking starts. */
export function NotACareerMeeting({
  inMeeting,
  manages,
}: {
  inMeeting: boolean;
  manages: boolean;
}) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="meeting-panel-title">
      <Title3 as="h1" id="meeting-panel-title" className={styles.heading}>
        Career Conversations
      </Title3>
      <Text as="p">
        {inMeeting
          ? 'This meeting is not a career conversation booked with this app, so there is nothing to show here.'
          : 'This panel belongs beside a Teams meeting: open it from the meeting’s Apps (+).'}
      </Text>
      <Text as="p" className={styles.muted}>
        In a booked career conversation’s meeting, the manager sees the questions for the current
        phase and the shared notes here, and the report sees the shared notes and their development
        contract.
      </Text>
      {manages ? (
        <Text as="p">
          To book one, <Link href={hrefFor({ screen: 'overview' })}>open your team</Link> and choose
          Invite and book for the person.
        </Text>
      ) : (
        <Text as="p">There is nothing else to do here.</Text>
      )}
    </section>
  );
}
