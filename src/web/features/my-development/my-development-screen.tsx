import { makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { MANAGER_NUDGE_KINDS, REPORT_NUDGE_KINDS, Temporal } from '../../../domain';
import { useMe } from '../../data/use-me';
import { useConversations } from '../../data/use-report-data';
import { QueryState } from '../../shared/query-state';
import { AgendaCard } from './agenda-card';
import { useMyManager } from '../../data/my-manager';
import { OwnContract } from '../../shared/own-development/own-contract';
import { HistoryConsentCard } from './history-consent-card';
import { sessionsView } from '../../shared/own-development/my-development-model';
import { SessionsCard, SharedNotesCard } from '../../shared/own-development/sessions-card';
import { YourDataCard } from './your-data-card';
import { NudgeSettingsCard } from '../../shared/nudge-settings-card';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The report's home: their contract and every version, their commitments and their manager's,
 * the next sessions, the notes shared with them, who may read their history, and their data.
 */
export function MyDevelopmentScreen({ zone }: { zone: string }) {
  const styles = useStyles();
  const me = useMe();
  return (
    <div className={styles.root}>
      <Title2 as="h1">My development</Title2>
      <Text className={styles.muted}>
        What you and your manager agreed, what each of you committed to, and what comes next. It is
        yours: HR never sees any of it.
      </Text>
      <QueryState query={me} what="Who you are" loadingLabel="Opening…">
        {(caller) => (
          <Records
            userId={caller.userId}
            managerId={caller.manager?.id}
            hasDirectReports={caller.hasDirectReports}
            zone={zone}
          />
        )}
      </QueryState>
    </div>
  );
}

function Records({
  userId,
  managerId,
  hasDirectReports,
  zone,
}: {
  userId: string;
  managerId: string | undefined;
  hasDirectReports: boolean;
  zone: string;
}) {
  const conversations = useConversations(userId);
  const manager = useMyManager(userId);
  const managerName = manager.data?.displayName ?? 'your manager';
  return (
    <>
      <OwnContract userId={userId} zone={zone} />
      <QueryState
        query={conversations}
        what="Your conversations"
        loadingLabel="Reading your conversations…"
      >
        {(list) => {
          const view = sessionsView(list.items, Temporal.Now.instant());
          return (
            <>
              <SessionsCard view={view} zone={zone} />
              <SharedNotesCard records={view.sharedNotes} />
            </>
          );
        }}
      </QueryState>
      {managerId !== undefined && <AgendaCard userId={userId} managerName={managerName} />}
      <HistoryConsentCard managerId={managerId} managerName={managerName} zone={zone} />
      <NudgeSettingsCard
        kinds={
          hasDirectReports ? [...MANAGER_NUDGE_KINDS, ...REPORT_NUDGE_KINDS] : REPORT_NUDGE_KINDS
        }
      />
      <YourDataCard />
    </>
  );
}
