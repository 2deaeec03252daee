import { Text, Title3 } from '@fluentui/react-components';
import type { ReportOverview } from '../../../domain';
import { useDateFormat } from '../../shared/use-date-format';
import { conversationLabel } from '../../../domain';
import { describeCommitment } from '../../shared/report-card';
import { ContractBadge, PersonStatusBadge, StatusReasons } from '../../shared/status-badges';
import { usePaneStyles } from './pane-styles';

/**
 * The report as the team overview has them, narrowed to the pane: contract, status (what is due
 * and why, in the overview's own words) and overdue commitments on both sides.
 */
export function ReportSummary({ report }: { report: ReportOverview }) {
  const styles = usePaneStyles();
  const dates = useDateFormat();
  const { person, cadence, contractHealth, status } = report;
  const overdue = contractHealth.overdueManagerFirst;
  return (
    <>
      <div className={styles.section}>
        <Title3 as="h2">{person.displayName}</Title3>
        {person.jobTitle && <Text className={styles.muted}>{person.jobTitle}</Text>}
      </div>
      <section aria-labelledby="pane-cadence" className={styles.section}>
        <Text as="h3" weight="semibold" id="pane-cadence">
          Cadence
        </Text>
        {/* The overview's one status for the person, with its reasons: never a contradiction. */}
        <div className={styles.row}>
          <PersonStatusBadge status={status.code} />
          <StatusReasons reasons={status.reasons} />
        </div>
        <Text className={styles.muted}>
          {conversationLabel(cadence.kind)} due by {dates.date(cadence.dueBy)}.{' '}
          {report.nextConversation
            ? `Next booked: ${dates.instant(report.nextConversation.start)}.`
            : 'Nothing booked yet.'}
        </Text>
      </section>
      <section aria-labelledby="pane-contract" className={styles.section}>
        <Text as="h3" weight="semibold" id="pane-contract">
          Development contract
        </Text>
        <div className={styles.row}>
          <ContractBadge state={contractHealth.state} />
          {contractHealth.state !== 'none' && (
            <Text>
              {contractHealth.open} open, {contractHealth.done} done
            </Text>
          )}
        </div>
        {report.direction && (
          <Text>
            Direction, in their words: <q>{report.direction.text}</q>
          </Text>
        )}
      </section>
      <section aria-labelledby="pane-overdue" className={styles.section}>
        <Text as="h3" weight="semibold" id="pane-overdue">
          Overdue commitments
        </Text>
        {overdue.length === 0 ? (
          <Text className={styles.muted}>None, on either side.</Text>
        ) : (
          <ul className={styles.list}>
            {overdue.map((c) => (
              <li key={c.id}>{describeCommitment(c, dates)}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
