import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { meetingTabSettings, offerMeetingTab } from '../../host/meeting-tab-config';
import { useHostContext } from '../../host/use-host-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
});

/**
 * The page Teams shows when someone adds the app to a meeting (frame context `settings`): it
 * says what the tab does, and Teams' own Save button adds it. Needs no sign-in: it saves only
 * the tab's address.
 */
export function MeetingTabConfigScreen() {
  const styles = useStyles();
  const host = useHostContext();
  const configuring = host.kind === 'teams' && host.frameContext === 'settings';
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    if (!configuring) return;
    offerMeetingTab(meetingTabSettings(window.location)).catch((error: unknown) => {
      setProblem(error instanceof Error ? error.message : String(error));
    });
  }, [configuring]);
  return (
    <section className={styles.root} aria-labelledby="configure-title">
      <Title3 as="h1" id="configure-title" className={styles.heading}>
        Career Conversations in this meeting
      </Title3>
      <Text as="p">
        In the meeting of a career conversation booked with this app, the manager sees the questions
        for the current phase, a discreet timer and the shared notes beside the call; the report
        sees the shared notes and their development contract. Nothing private is shown to anyone
        else in the meeting.
      </Text>
      <Text as="p">
        {configuring
          ? 'Select Save to add it to the meeting.'
          : 'Open this page from Teams: in a meeting, select Apps (+) and add Career Conversations.'}
      </Text>
      {problem ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>Teams could not add the tab: {problem}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
