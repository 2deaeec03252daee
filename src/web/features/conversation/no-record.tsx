import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { hrefFor } from '../../app/routes';
import { ErrorBar } from '../../shared/query-state';
import { useStartInformalRecord } from './api/start-informal-record';

/** Nothing booked to take notes in: book one, or keep a record of a talk happening now. */
export function NoRecord({ reportId, reportName }: { reportId: string; reportName?: string }) {
  const start = useStartInformalRecord(reportId);
  return (
    <>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>No conversation booked</MessageBarTitle>
          There is no open career conversation with {reportName ?? 'this person'} to keep shared
          notes in. <Link href={hrefFor({ screen: 'book', reportId })}>Invite and book</Link> the
          series, or start an informal record if you are talking now.
        </MessageBarBody>
        <MessageBarActions>
          <Button
            disabled={start.isPending}
            onClick={() => {
              start.mutate();
            }}
          >
            {start.isPending ? 'Starting…' : 'Start an informal record'}
          </Button>
        </MessageBarActions>
      </MessageBar>
      {start.error ? (
        <ErrorBar
          error={start.error}
          what="The informal record"
          retry={() => {
            start.mutate();
          }}
        />
      ) : null}
    </>
  );
}
