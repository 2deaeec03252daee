import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { Temporal, type Person } from '../../../domain';
import {
  useContract,
  useConversations,
  useProfile,
  useReportOverview,
  useTriggers,
} from '../../data/use-report-data';
import { isPortError } from '../../../app/ports/port-error';
import { QueryState } from '../../shared/query-state';
import { triggerViews } from '../../shared/triggers-model';
import { ReportJourneyLayout } from '../../app/report-journey/report-journey-layout';
import type { ReportScreenProps } from '../../app/report-journey/report-screen-props';
import { useContractHistory } from './api/get-contract-history';
import { ChecklistsSection } from './checklists-section';
import { ReportPageCommitments } from './report-page-commitments';
import { ContractSection } from './contract-section';
import { DirectionSection } from './direction-section';
import { HiddenSection } from './hidden-section';
import { HistoryRequestSection } from './history-request-section';
import { HistorySection } from './history-section';
import { NextStepSection } from './next-step-section';
import { buildReportHistory, nextSteps } from './report-page-model';
import { EARLIER_HISTORY_NOTE } from '../../shared/earlier-history';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/**
 * Everything on record about one report, for the manager: what to do next, their direction,
 * both parties' commitments, the contract and its versions, the conversations, the checklists.
 */
export function ReportPageScreen({ reportId, zone }: ReportScreenProps) {
  const styles = useStyles();
  // One "now" per visit, so the page does not shift while it is read.
  const [now] = useState(() => Temporal.Now.instant());
  const today = now.toZonedDateTimeISO(zone).toPlainDate();
  const team = useReportOverview(reportId, zone);
  const contract = useContract(reportId, zone);
  const versions = useContractHistory(reportId);
  const conversations = useConversations(reportId);
  const triggers = useTriggers(reportId);
  const profile = useProfile(reportId);
  const person: Person | undefined = team.report?.person;
  const name = person?.displayName ?? '';
  // Refused because it was recorded before this manager took over: the person's to share.
  const hidden = (q: { data: unknown; error: unknown }) =>
    q.data === undefined && isPortError(q.error, 'forbidden');
  const hiddenVersions = versions.earlierHistory ? EARLIER_HISTORY_NOTE : undefined;

  return (
    <ReportJourneyLayout reportId={reportId} zone={zone} step="report" title="Career overview">
      <div className={styles.root}>
        {conversations.data && triggers.data && person && team.data ? (
          <NextStepSection
            reportId={reportId}
            report={team.report}
            steps={nextSteps({
              conversations: conversations.data.items,
              unansweredTriggers: triggerViews({
                report: person,
                managerId: team.data.managerId,
                triggers: triggers.data.items,
                conversations: conversations.data.items,
                now,
                zone,
              })
                .open.filter((v) => v.coveredBy === undefined)
                .map((v) => v.trigger.label),
              versions: versions.versions,
              now,
            })}
          />
        ) : null}
        {team.report ? <HistoryRequestSection report={team.report} /> : null}
        {hidden(profile) ? (
          <HiddenSection
            id="direction"
            title="Direction, in their own words"
            error={profile.error}
          />
        ) : (
          <QueryState
            query={profile}
            what="Their direction"
            loadingLabel="Loading their direction…"
          >
            {(data) => <DirectionSection reportId={reportId} profile={data} />}
          </QueryState>
        )}
        {hidden(contract) ? (
          <HiddenSection
            id="contract"
            title="Development contract"
            error={contract.error}
            {...(hiddenVersions ? { extra: hiddenVersions } : {})}
          />
        ) : (
          <QueryState query={contract} what="The contract" loadingLabel="Loading the contract…">
            {(data) => (
              <>
                <ReportPageCommitments
                  reportId={reportId}
                  reportName={name}
                  contract={data}
                  today={today}
                  zone={zone}
                />
                <ContractSection
                  reportId={reportId}
                  contract={data}
                  history={versions}
                  zone={zone}
                />
              </>
            )}
          </QueryState>
        )}
        <QueryState
          query={conversations}
          what="The conversations"
          loadingLabel="Loading the conversations…"
        >
          {(list) => <HistorySection reportId={reportId} list={list} />}
        </QueryState>
        {person &&
        team.data &&
        conversations.data &&
        (contract.data !== undefined || hidden(contract)) ? (
          <ChecklistsSection
            reportId={reportId}
            history={buildReportHistory({
              report: person,
              managerId: team.data.managerId,
              profile: profile.data,
              triggers: triggers.data?.items ?? [],
              conversations: conversations.data.items,
              contract: contract.data ?? null,
              versions: versions.versions,
            })}
            conversations={conversations.data.items}
            now={now}
            zone={zone}
          />
        ) : conversations.data && (contract.isPending || team.isPending) ? (
          <Spinner size="small" label="Working out the checklists…" />
        ) : null}
      </div>
    </ReportJourneyLayout>
  );
}
