import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { Temporal } from '../../../domain';
import { useConversations, useReportOverview, useTriggers } from '../../data/use-report-data';
import { ErrorBar, QueryState } from '../../shared/query-state';
import { ReportJourneyLayout } from '../../app/report-journey/report-journey-layout';
import type { ReportScreenProps } from '../../app/report-journey/report-screen-props';
import { useMePerson } from './api/get-me';
import { GoalsChangedSection } from './goals-changed-section';
import { LogTriggerSection } from './log-trigger-section';
import { OpenTriggersSection } from './open-triggers-section';
import { triggerViews } from '../../shared/triggers-model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/**
 * Something happened that calls for a career conversation now rather than at the next quarter:
 * log it, see what the playbook suggests, book it. And the signs that their goals have changed.
 */
export function TriggersScreen({ reportId, zone }: ReportScreenProps) {
  const styles = useStyles();
  const [now] = useState(() => Temporal.Now.instant());
  const [status, setStatus] = useState('');
  const team = useReportOverview(reportId, zone);
  const triggers = useTriggers(reportId);
  const conversations = useConversations(reportId);
  const me = useMePerson();
  const report = team.report?.person;

  return (
    <ReportJourneyLayout
      reportId={reportId}
      zone={zone}
      step="triggers"
      title="Triggers and changed goals"
    >
      <div className={styles.root}>
        <Text role="status" aria-live="polite">
          {status}
        </Text>
        <LogTriggerSection
          reportId={reportId}
          onLogged={(label) => {
            setStatus(`Logged: ${label}. The suggested conversation is below.`);
          }}
        />
        {me.error ? (
          <ErrorBar
            error={me.error}
            what="Your profile"
            retry={() => {
              void me.refetch();
            }}
          />
        ) : null}
        <QueryState query={triggers} what="The triggers" loadingLabel="Loading the triggers…">
          {(list) =>
            team.data && report && conversations.data ? (
              <OpenTriggersSection
                {...triggerViews({
                  report,
                  managerId: team.data.managerId,
                  triggers: list.items,
                  conversations: conversations.data.items,
                  now,
                  zone,
                })}
                reportId={reportId}
                manager={me.data}
                report={report}
                now={now}
                zone={zone}
                onBooked={setStatus}
              />
            ) : conversations.error ? (
              <ErrorBar
                error={conversations.error}
                what="The conversations"
                retry={() => {
                  void conversations.refetch();
                }}
              />
            ) : (
              <Text>Loading…</Text>
            )
          }
        </QueryState>
        <GoalsChangedSection reportId={reportId} />
      </div>
    </ReportJourneyLayout>
  );
}
