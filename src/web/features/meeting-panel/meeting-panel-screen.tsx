import { makeStyles, tokens } from '@fluentui/react-components';
import type { MeWithRoles } from '../../data/use-me';
import { useHostContext } from '../../host/use-host-context';
import { QueryState } from '../../shared/query-state';
import { useMeetingConversation } from './api/meeting-conversation';
import { ManagerMeetingPanel } from './manager-meeting-panel';
import { threadOfHostMeeting } from './meeting-match';
import { NotACareerMeeting } from './not-a-career-meeting';
import { ReportMeetingPanel } from './report-meeting-panel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

/**
 * Beside a Teams meeting (its side panel, its chat tab): the career conversation booked as this
 * meeting, from the caller's side of it. The manager runs the current phase there; the report
 * reads the shared notes and their contract; anyone else learns what the panel is for.
 */
export function MeetingPanelScreen({ me, zone }: { me: MeWithRoles; zone: string }) {
  const styles = useStyles();
  const { meeting } = useHostContext();
  const thread = threadOfHostMeeting(meeting);
  const found = useMeetingConversation(thread, me, zone);
  return (
    <div className={styles.root}>
      <QueryState
        query={found}
        what="This meeting’s career conversation"
        loadingLabel="Finding this meeting’s conversation…"
      >
        {(match) => {
          if (match === null) {
            return (
              <NotACareerMeeting
                inMeeting={thread !== undefined}
                manages={me.roles.includes('manager')}
              />
            );
          }
          return match.side === 'manager' ? (
            <ManagerMeetingPanel
              key={match.record.id}
              record={match.record}
              reportName={match.reportName}
            />
          ) : (
            <ReportMeetingPanel record={match.record} userId={me.userId} zone={zone} />
          );
        }}
      </QueryState>
    </div>
  );
}
