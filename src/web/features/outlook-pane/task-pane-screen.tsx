import { MessageBar, MessageBarBody, Spinner, Title2 } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Person, ReportOverview } from '../../../domain';
import { useCareerApi } from '../../data/career-api-context';
import { useMe } from '../../data/use-me';
import { useConversations } from '../../data/use-report-data';
import { teamOverviewQuery } from '../../data/use-team-overview';
import { useHostContext } from '../../host/use-host-context';
import { currentOutlookItem, type OutlookItem } from '../../host/outlook-item';
import { ErrorBar, QueryState } from '../../shared/query-state';
import { useMe as useDirectoryMe } from '../../data/use-close-data';
import { useMyManager } from '../../data/my-manager';
import { OwnContract } from '../../shared/own-development/own-contract';
import { BookNextAction } from './book-next-action';
import { ComposeAction } from './compose-action';
import { MeetingAction, OpenInAppAction } from './item-actions';
import { LogTriggerAction } from './log-trigger-action';
import { usePaneStyles } from './pane-styles';
import { recognisePerson } from './recognise-person';
import { ReportSummary } from './report-summary';

/**
 * The Outlook task pane: who the open mail or meeting is about, for the person reading it. A
 * direct report: their summary and the manager's actions. Their own manager's mail: their own
 * contract. Anyone else: said, and nothing more.
 */
export function TaskPaneScreen() {
  const item = useMemo(() => currentOutlookItem(), []);
  if (!item) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>Open a mail or a meeting, then this pane again.</MessageBarBody>
      </MessageBar>
    );
  }
  return <ItemPane item={item} />;
}

function ItemPane({ item }: { item: OutlookItem }) {
  const { timeZone, user } = useHostContext();
  const api = useCareerApi();
  const caller = useMe();
  const me = useDirectoryMe();
  const people = useQuery({
    queryKey: ['outlook-item', 'people'],
    queryFn: () => item.people(),
    staleTime: Infinity,
  });
  const team = useQuery({
    ...teamOverviewQuery(api, timeZone),
    enabled: caller.data?.hasDirectReports === true,
  });
  const manager = useMyManager(caller.data?.userId ?? '', caller.data?.manager !== undefined);
  const queries = [people, caller, me, ...(caller.data?.hasDirectReports ? [team] : [])];
  const failed = queries.find((q) => q.error);
  if (failed) return <ErrorBar error={failed.error} what="The open item" />;
  if (!people.data || !caller.data || !me.data || (caller.data.hasDirectReports && !team.data)) {
    return <Spinner label="Reading the open item…" />;
  }
  if (caller.data.manager !== undefined && manager.isPending) {
    return <Spinner label="Reading the open item…" />;
  }
  const subject = recognisePerson(people.data, {
    emails: [me.data.mail, user?.loginHint ?? ''].filter((mail) => mail !== ''),
    reports: team.data?.reports ?? [],
    managerEmail: manager.data?.mail,
  });
  switch (subject.kind) {
    case 'report':
      return <ReportPane item={item} report={subject.report} manager={me.data} />;
    case 'self':
      return <SelfPane userId={caller.data.userId} />;
    case 'not-a-report':
      return (
        <MessageBar intent="info">
          <MessageBarBody>
            {subject.person ? `${subject.person.name} is` : 'Nobody on this item is'} not one of
            your reports, so there is nothing to show here.
          </MessageBarBody>
        </MessageBar>
      );
  }
}

function ReportPane({
  item,
  report,
  manager,
}: {
  item: OutlookItem;
  report: ReportOverview;
  manager: Person;
}) {
  const styles = usePaneStyles();
  const { timeZone } = useHostContext();
  const conversations = useConversations(report.person.id);
  return (
    <div className={styles.pane}>
      <ReportSummary report={report} />
      <QueryState
        query={conversations}
        what="Their conversations"
        loadingLabel="Reading their conversations…"
      >
        {(list) => (
          <>
            <MeetingAction item={item} reportId={report.person.id} conversations={list.items} />
            <ComposeAction
              item={item}
              report={report.person}
              manager={manager}
              zone={timeZone}
              conversations={list.items}
            />
            <BookNextAction
              report={report.person}
              manager={manager}
              zone={timeZone}
              conversations={list.items}
              nextStart={report.nextConversation?.start}
            />
          </>
        )}
      </QueryState>
      <LogTriggerAction reportId={report.person.id} />
      <OpenInAppAction reportId={report.person.id} />
    </div>
  );
}

/** A report reading their manager's mail: their own contract, as in "My development". */
function SelfPane({ userId }: { userId: string }) {
  const styles = usePaneStyles();
  const { timeZone } = useHostContext();
  return (
    <div className={styles.pane}>
      <Title2 as="h2">Your development</Title2>
      <OwnContract userId={userId} zone={timeZone} />
    </div>
  );
}
