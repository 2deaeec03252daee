import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  Title2,
  Title3,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { useOwnedPreference } from '../../shared/preferences/owned-preferences';
import { TeamList } from './team-list';
import { isPortError } from '../../../app/ports/port-error';
import { staleDataNotice } from '../../shared/stale-data-notice';
import { MANAGER_NUDGE_KINDS, zoneName } from '../../../domain';
import { useTeamOverview } from '../../data/use-team-overview';
import { EmptyState } from './empty-state';
import { useDateFormat } from '../../shared/use-date-format';
import { GoodLooksLikeSection } from './good-looks-like-section';
import { ManagerOverdueSection } from './manager-overdue-section';
import { ReportCard } from '../../shared/report-card';
import { TEAM_EARLIER_HISTORY_NOTE } from '../../shared/earlier-history';
import { NudgeSettingsCard } from '../../shared/nudge-settings-card';
import { useState } from 'react';
import { plainList } from '../../shared/list-styles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
  reports: plainList(tokens.spacingVerticalL),
  reportsSection: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  viewChoice: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

const VIEWS = ['list', 'cards'] as const;
type TeamView = (typeof VIEWS)[number];

/** List first (one line each, at a glance); the cards hold everything, one click away. */
function ViewChoice({ view, choose }: { view: TeamView; choose: (view: TeamView) => void }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label="Show your team as" className={styles.viewChoice}>
      <Text>Show as</Text>
      <ToggleButton
        checked={view === 'list'}
        onClick={() => {
          choose('list');
        }}
      >
        List
      </ToggleButton>
      <ToggleButton
        checked={view === 'cards'}
        onClick={() => {
          choose('cards');
        }}
      >
        Cards
      </ToggleButton>
    </div>
  );
}

/**
 * The manager's own Teams reminder switches, one click from their home: a manager at the top of
 * the organisation has no manager and so no My development to find them in. Read only when opened.
 */
function ReminderSettings() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <div>
        <Button
          appearance="subtle"
          aria-expanded={open}
          aria-controls="team-reminders"
          onClick={() => {
            setOpen(!open);
          }}
        >
          Reminders in Teams
        </Button>
      </div>
      {open && (
        <div id="team-reminders">
          <NudgeSettingsCard kinds={MANAGER_NUDGE_KINDS} />
        </div>
      )}
    </>
  );
}

function messageOf(error: unknown): string {
  return isPortError(error) ? error.message : 'Your team could not be loaded.';
}

/** The manager's home: every report at a glance, their own overdue commitments first. */
export function TeamOverviewScreen() {
  const styles = useStyles();
  // The host's zone (Teams' own in Teams), so "today" and every date match what the person sees.
  const format = useDateFormat();
  const { zone } = format;
  const query = useTeamOverview(zone);
  const [view, setView] = useOwnedPreference<TeamView>('team-overview.view', VIEWS, 'list');
  const retry = () => void query.refetch();

  const heading = (
    <div className={styles.intro}>
      <Title2 as="h1" id="team-overview-title">
        Your team
      </Title2>
      <Text className={styles.muted}>
        Dates are in {zoneName(zone)}. Need the questions?{' '}
        <Link href="#/quick-reference">Open the question bank</Link>.
      </Text>
      <ReminderSettings />
    </div>
  );

  if (query.isPending) {
    return (
      <section aria-labelledby="team-overview-title" className={styles.root}>
        {heading}
        <Spinner label="Loading your team…" />
      </section>
    );
  }

  if (query.isError && !query.data) {
    return (
      <section aria-labelledby="team-overview-title" className={styles.root}>
        {heading}
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{messageOf(query.error)}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>Retry</Button>
          </MessageBarActions>
        </MessageBar>
      </section>
    );
  }

  const overview = query.data;
  const { counts } = overview;
  return (
    <section aria-labelledby="team-overview-title" className={styles.root}>
      {heading}
      {query.isFetching && <Spinner size="tiny" label="Checking for changes…" />}
      {query.isError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {staleDataNotice(query.error, query.dataUpdatedAt, format)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>Retry</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {overview.emptyState && <EmptyState state={overview.emptyState} />}
      <ManagerOverdueSection items={overview.managerOverdue} />
      {overview.reports.length > 0 && (
        <section aria-labelledby="reports-title" className={styles.reportsSection}>
          <Title3 as="h2" id="reports-title">
            Direct reports ({counts.reports})
          </Title3>
          <Text className={styles.muted}>
            {counts.overdue} overdue, {counts.dueSoon} due soon, {counts.withContract} with a
            development contract.
          </Text>
          <ViewChoice view={view} choose={setView} />
          {overview.truncated > 0 && (
            <MessageBar intent="info">
              <MessageBarBody>
                {overview.truncated} more direct reports are not shown: the overview lists the first
                50.
              </MessageBarBody>
            </MessageBar>
          )}
          {overview.earlierHistory && (
            <Text className={styles.muted}>{TEAM_EARLIER_HISTORY_NOTE}</Text>
          )}
          {view === 'list' ? (
            <TeamList reports={overview.reports} />
          ) : (
            <ul className={styles.reports} aria-labelledby="reports-title">
              {overview.reports.map((report) => (
                <li key={report.person.id}>
                  <ReportCard report={report} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <GoodLooksLikeSection checks={overview.goodLooksLike} />
    </section>
  );
}
