import { Badge, Button, Text } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { CurrentContract } from '../../../adapters/career-api/career-api-client';
import { Temporal, type Party } from '../../../domain';
import { commitmentLine } from '../../../domain/messages/contract-lines';
import { ErrorBar } from '../../shared/query-state';
import { useMarkCommitmentDone } from '../monthly-review/api/mark-commitment-done';
import { ReportSection } from '../report-page/report-section';
import { commitmentRows, KEPT_LABEL, type CommitmentRow, type Kept } from './my-development-model';
import { useSectionStyles } from './section-styles';

const KEPT_COLOUR: Record<Kept, 'success' | 'warning' | 'danger' | 'informative'> = {
  kept: 'success',
  'kept-late': 'warning',
  overdue: 'danger',
  open: 'informative',
};

/** Your commitments (you mark them done) and your manager's to you, with whether they were kept. */
export function CommitmentsCard({
  userId,
  contract,
  zone,
}: {
  userId: string;
  contract: CurrentContract;
  zone: string;
}) {
  const today = Temporal.Now.plainDateISO(zone);
  const rows = (party: Party) => commitmentRows(contract.current.commitments, party, today, zone);
  return (
    <ReportSection id="my-commitments" title="Commitments">
      <Rows
        title="Yours"
        label="Your commitments"
        rows={rows('report')}
        action={(row) => <MarkDone userId={userId} contract={contract} zone={zone} row={row} />}
      />
      <Rows
        title="Your manager’s, to you"
        label="Your manager’s commitments"
        rows={rows('manager')}
      />
    </ReportSection>
  );
}

function Rows({
  title,
  label,
  rows,
  action,
}: {
  title: string;
  label: string;
  rows: CommitmentRow[];
  action?: (row: CommitmentRow) => ReactNode;
}) {
  const styles = useSectionStyles();
  return (
    <>
      <Text as="h3" weight="semibold">
        {title}
      </Text>
      {rows.length === 0 ? (
        <Text className={styles.muted}>None in the current version.</Text>
      ) : (
        <ul aria-label={label} className={styles.plainList}>
          {rows.map((row) => (
            <li key={row.commitment.id} className={styles.row}>
              <Text>{commitmentLine(row.commitment)}</Text>
              <Badge appearance="tint" color={KEPT_COLOUR[row.kept]}>
                {KEPT_LABEL[row.kept]}
              </Badge>
              {action?.(row)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function MarkDone({
  userId,
  contract,
  zone,
  row,
}: {
  userId: string;
  contract: CurrentContract;
  zone: string;
  row: CommitmentRow;
}) {
  const mark = useMarkCommitmentDone(userId, zone);
  const [failed, setFailed] = useState<unknown>();
  if (row.commitment.status !== 'open') return null;
  return (
    <>
      <Button
        size="small"
        disabled={mark.isPending}
        aria-label={`Mark done: ${row.commitment.action}`}
        onClick={() => {
          setFailed(undefined);
          mark.mutate(
            { commitmentId: row.commitment.id, etag: contract.etag },
            { onError: setFailed },
          );
        }}
      >
        {mark.isPending ? 'Saving…' : 'Mark done'}
      </Button>
      {failed !== undefined && <ErrorBar error={failed} what="Marking it done" />}
    </>
  );
}
