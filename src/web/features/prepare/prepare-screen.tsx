import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import { REFLECTION_PROMPT } from '../../../domain';
import { hrefFor } from '../../app/routes';
import { currentConversation } from '../../data/current-conversation';
import { useConversations, useReportOverview } from '../../data/use-report-data';
import { ErrorBar } from '../../shared/query-state';
import { ReportJourneyLayout } from '../../app/report-journey/report-journey-layout';
import type { ReportScreenProps } from '../../app/report-journey/report-screen-props';
import { PrepareGuide } from './prepare-guide';
import { PrivateNotesPanel } from './private-notes-panel';

const useStyles = makeStyles({
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  facts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Screen 5: the manager's private preparation for the next conversation with one report. */
export function PrepareScreen({ reportId, zone }: ReportScreenProps) {
  const dates = useDateFormat();
  const styles = useStyles();
  const { report } = useReportOverview(reportId, zone);
  const conversations = useConversations(reportId);
  const next = conversations.data ? currentConversation(conversations.data.items) : undefined;

  return (
    <ReportJourneyLayout reportId={reportId} zone={zone} step="prepare" title="Prepare">
      <div className={styles.facts}>
        {conversations.error && !conversations.data ? (
          <ErrorBar
            error={conversations.error}
            what="The next conversation"
            retry={() => void conversations.refetch()}
          />
        ) : null}
        <Text>
          {next?.event ? (
            <>Next career conversation: {dates.instant(next.event.start)}.</>
          ) : conversations.data ? (
            <>
              No career conversation booked yet.{' '}
              <Link href={hrefFor({ screen: 'book', reportId })}>Invite and book</Link>
            </>
          ) : null}
        </Text>
        {report?.direction ? (
          <Text>
            Their direction, in their words: <q>{report.direction.text}</q>
          </Text>
        ) : null}
        <Text className={styles.muted}>
          {REFLECTION_PROMPT.lead.replace(/:\s*$/, '')}:{' '}
          <Link href={hrefFor({ screen: 'prompt', reportId })}>the reflection prompt</Link>.
        </Text>
      </div>
      <div className={styles.columns}>
        <div className={styles.column}>
          <PrepareGuide />
        </div>
        <div className={styles.column}>
          <PrivateNotesPanel key={reportId} reportId={reportId} />
        </div>
      </div>
    </ReportJourneyLayout>
  );
}
