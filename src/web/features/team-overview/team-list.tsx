import {
  Link,
  makeStyles,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ReportOverview } from '../../../domain';
import { hrefFor } from '../../app/routes';
import { conversationLabel } from '../../../domain';
import { useOwnedPreference } from '../../shared/preferences/owned-preferences';
import { useDateFormat } from '../../shared/use-date-format';
import {
  describeEarlierOverdue,
  describeLastConversation,
} from '../../shared/earlier-history-facts';
import { PersonStatusBadge } from '../../shared/status-badges';
import { arrangeTeam, TEAM_SORTS, type SortDirection, type TeamSort } from './team-list-model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  scroll: { overflowX: 'auto' },
  table: { minWidth: '640px' },
  person: { width: '22%' },
  status: { width: '38%' },
  when: { width: '15%' },
  owed: { width: '10%' },
  cell: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

const DIRECTIONS = ['ascending', 'descending'] as const;
/** Most urgent first is "ascending" in urgency; names and dates read naturally ascending too. */
const FIRST_DIRECTION: Record<TeamSort, SortDirection> = {
  urgency: 'ascending',
  name: 'ascending',
  next: 'ascending',
};

function Owed({ report }: { report: ReportOverview }) {
  const styles = useStyles();
  const { manager, report: theirs } = report.contractHealth.overdue;
  const earlier = describeEarlierOverdue(report);
  if (manager.length + theirs.length + earlier.length === 0) {
    return <Text className={styles.muted}>None</Text>;
  }
  return (
    <span className={styles.stack}>
      {manager.length > 0 && <Text weight="semibold">You: {manager.length}</Text>}
      {theirs.length > 0 && <Text>They: {theirs.length}</Text>}
      {earlier.map((line) => (
        <Text key={line}>{line}</Text>
      ))}
    </span>
  );
}

/** One line per person: who needs what next and why, last and next, what is overdue. */
export function TeamList({ reports }: { reports: readonly ReportOverview[] }) {
  const styles = useStyles();
  const dates = useDateFormat();
  const [sort, setSort] = useOwnedPreference<TeamSort>('team-overview.sort', TEAM_SORTS, 'urgency');
  const [direction, setDirection] = useOwnedPreference<SortDirection>(
    'team-overview.direction',
    DIRECTIONS,
    'ascending',
  );
  const [attentionOnly, setAttentionOnly] = useState(false);
  const rows = arrangeTeam(reports, { sort, direction, attentionOnly });
  const needing = reports.filter((r) => r.status.needsAttention).length;

  const sortBy = (column: TeamSort) => () => {
    if (column === sort) setDirection(direction === 'ascending' ? 'descending' : 'ascending');
    else {
      setSort(column);
      setDirection(FIRST_DIRECTION[column]);
    }
  };
  const headerSort = (column: TeamSort) => ({
    ...(sort === column ? { sortDirection: direction } : {}),
    onClick: sortBy(column),
  });

  return (
    <div className={styles.root}>
      <Switch
        checked={attentionOnly}
        onChange={(_, data) => {
          setAttentionOnly(data.checked);
        }}
        label={`Only those who need attention now (${needing})`}
      />
      <div className={styles.scroll}>
        <Table sortable aria-label="Direct reports at a glance" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.person} {...headerSort('name')}>
                Person
              </TableHeaderCell>
              <TableHeaderCell className={styles.status} {...headerSort('urgency')}>
                What is needed next, and why
              </TableHeaderCell>
              <TableHeaderCell className={styles.when} sortable={false}>
                Last conversation
              </TableHeaderCell>
              <TableHeaderCell className={styles.when} {...headerSort('next')}>
                Next conversation
              </TableHeaderCell>
              <TableHeaderCell className={styles.owed} sortable={false}>
                Overdue commitments
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((report) => (
              <TableRow key={report.person.id} aria-label={report.person.displayName}>
                <TableCell className={styles.cell}>
                  <span className={styles.stack}>
                    <Link href={hrefFor({ screen: 'report', reportId: report.person.id })}>
                      {report.person.displayName}
                    </Link>
                    {report.person.jobTitle && (
                      <Text size={200} className={styles.muted}>
                        {report.person.jobTitle}
                      </Text>
                    )}
                  </span>
                </TableCell>
                <TableCell className={styles.cell}>
                  <span className={styles.stack}>
                    <span>
                      <PersonStatusBadge status={report.status.code} />
                    </span>
                    <Text>{report.status.reasons[0]}</Text>
                    {report.status.reasons.length > 1 && (
                      <Text size={200} className={styles.muted}>
                        and {report.status.reasons.length - 1} more
                      </Text>
                    )}
                  </span>
                </TableCell>
                <TableCell className={styles.cell}>
                  {describeLastConversation(report, dates)}
                </TableCell>
                <TableCell className={styles.cell}>
                  {report.nextConversation
                    ? `${conversationLabel(report.nextConversation.kind)}, ${dates.dayTime(report.nextConversation.start)}`
                    : 'Not booked'}
                </TableCell>
                <TableCell className={styles.cell}>
                  <Owed report={report} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {rows.length === 0 && <Text>Nobody needs attention now.</Text>}
    </div>
  );
}
