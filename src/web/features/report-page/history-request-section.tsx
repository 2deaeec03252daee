import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReportOverview } from '../../../domain';
import { ErrorBar, QueryState } from '../../shared/query-state';
import { useDateFormat } from '../../shared/use-date-format';
import { firstNameOf } from '../../shared/own-development/my-development-model';
import { describeEarlierOverdue } from '../../shared/earlier-history-facts';
import { useAskToShareHistory, useHistoryRequests } from './api/history-requests';
import { ReportSection } from '../../shared/report-section';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * A report whose earlier history is not shared with this manager: what is known (dates and
 * counts), and a way to ask them to share the rest. The answer is theirs; the page only says it.
 */
export function HistoryRequestSection({ report }: { report: ReportOverview }) {
  const styles = useStyles();
  const dates = useDateFormat();
  const facts = report.earlierHistory;
  const requests = useHistoryRequests(report.person.id, facts !== undefined);
  const ask = useAskToShareHistory(report.person.id);
  if (!facts) return null;
  const first = firstNameOf(report.person.displayName);
  const overdue = describeEarlierOverdue(report);
  return (
    <ReportSection id="earlier-history" title="Their history before you">
      <div className={styles.root}>
        <Text>
          {first} has records from before you that they have not shared.
          {facts.lastHeldOn ? ` The last conversation was on ${dates.date(facts.lastHeldOn)}.` : ''}
          {overdue.length > 0 ? ` Overdue commitments: ${overdue.join('; ')}.` : ''}
        </Text>
        <Text className={styles.muted}>
          What was said and agreed stays theirs to share; the previous manager’s private notes are
          never shared with anyone.
        </Text>
        <QueryState query={requests} what="Your request" loadingLabel="Checking your request…">
          {(items) => {
            const latest = items.at(-1);
            if (latest?.state === 'pending') {
              return (
                <Text role="status">
                  You asked {first} on {dates.instant(latest.askedAt)}. They have not answered yet.
                </Text>
              );
            }
            if (latest?.state === 'declined') {
              return (
                <Text role="status">
                  {first} decided not to share it
                  {latest.answeredAt ? ` (${dates.instant(latest.answeredAt)})` : ''}. It stays
                  theirs to share whenever they want.
                </Text>
              );
            }
            return (
              <div>
                <Button
                  appearance="primary"
                  disabled={ask.isPending}
                  onClick={() => {
                    ask.mutate();
                  }}
                >
                  Ask {first} to share their history
                </Button>
              </div>
            );
          }}
        </QueryState>
        {ask.error !== null && <ErrorBar error={ask.error} what="Asking" />}
      </div>
    </ReportSection>
  );
}
