import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useIsCurrentReport } from '../data/use-current-report';
import { QueryState } from '../shared/query-state';
import { hrefFor } from './routes';

/**
 * A manager's screens about a person open only for the caller's current direct report: not for
 * themselves, a former report or anyone else, whatever address is typed.
 */
export function CurrentReportGate({
  reportId,
  children,
}: {
  reportId: string;
  children: ReactNode;
}) {
  const check = useIsCurrentReport(reportId);
  return (
    <QueryState query={check} what="Who reports to you" loadingLabel="Opening…">
      {(isCurrentReport) =>
        isCurrentReport ? (
          children
        ) : (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>
              <MessageBarTitle>Not one of your direct reports</MessageBarTitle>
              These pages are for a manager and their current direct reports only, so nothing about
              this person is shown here.{' '}
              <Link href={hrefFor({ screen: 'overview' })}>Go to your team</Link>.
            </MessageBarBody>
          </MessageBar>
        )
      }
    </QueryState>
  );
}
