import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import type { CurrentContract } from '../../../adapters/career-api/career-api-client';
import type { Temporal } from '../../../domain';
import { hrefFor } from '../../app/routes';
import { DoneNote } from '../../shared/done-note';
import { commitmentRows, type CommitmentRow } from './report-page-model';
import { CommitmentBadge } from './record-badges';
import { ReportSection } from '../../shared/report-section';
import { plainList } from '../../shared/list-styles';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: plainList(tokens.spacingVerticalS),
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  overdue: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  muted: { color: tokens.colorNeutralForeground2 },
});

function CommitmentList({ rows, label }: { rows: CommitmentRow[]; label: string; zone: string }) {
  const dates = useDateFormat();
  const styles = useStyles();
  if (rows.length === 0) return <Text className={styles.muted}>None in the current version.</Text>;
  return (
    <ul className={styles.list} aria-label={label}>
      {rows.map(({ commitment: c, mark, kindLabel }) => (
        <li
          key={c.id}
          className={mark === 'overdue' ? `${styles.item} ${styles.overdue}` : styles.item}
        >
          <Text>
            <CommitmentBadge mark={mark} /> {c.action}
          </Text>
          <Text size={200} className={styles.muted}>
            {kindLabel} · due {dates.date(c.due)}
            {c.completedAt ? ` · done ${dates.instant(c.completedAt)}` : ''}
            {c.scheduled
              ? ` · ${c.scheduled.via === 'calendar' ? 'in your calendar' : 'in your To Do'}`
              : ''}
          </Text>
          <DoneNote commitment={c} />
          {c.droppedReason ? <Text size={200}>Why it was dropped: {c.droppedReason}</Text> : null}
        </li>
      ))}
    </ul>
  );
}

/** Both parties' commitments from the contract in force, the manager's own first. */
export function ReportPageCommitments({
  reportId,
  reportName,
  contract,
  today,
  zone,
}: {
  reportId: string;
  reportName: string;
  contract: CurrentContract | null;
  today: Temporal.PlainDate;
  zone: string;
}) {
  const styles = useStyles();
  if (contract === null) {
    return (
      <ReportSection id="commitments" title="Commitments">
        <Text>
          No commitments yet. They are agreed in the development contract at the end of a career
          conversation, both sides with dates.{' '}
          <Link href={hrefFor({ screen: 'contract', reportId })}>Open the contract editor</Link>
        </Text>
      </ReportSection>
    );
  }
  const commitments = contract.current.commitments;
  return (
    <ReportSection id="commitments" title="Commitments">
      <div className={styles.group}>
        <Text weight="semibold" as="h3">
          Yours
        </Text>
        <CommitmentList
          rows={commitmentRows(commitments, 'manager', today)}
          label="Your commitments"
          zone={zone}
        />
      </div>
      <div className={styles.group}>
        <Text weight="semibold" as="h3">
          {reportName ? `${reportName}’s` : 'Theirs'}
        </Text>
        <CommitmentList
          rows={commitmentRows(commitments, 'report', today)}
          label={reportName ? `${reportName}’s commitments` : 'Their commitments'}
          zone={zone}
        />
      </div>
    </ReportSection>
  );
}
