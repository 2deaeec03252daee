import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import type { CurrentContract } from '../../../adapters/career-api/career-api-client';
import type { AgendaItem, TimeZoneId } from '../../../domain';
import { ErrorBar } from '../../shared/query-state';
import { useMarkCommitmentDone } from '../../data/mark-commitment-done';
import { plainList } from '../../shared/list-styles';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalS),
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { flexGrow: 1, minWidth: '16rem' },
});

const STATE = {
  done: { label: 'Done', color: 'success' },
  'not-done': { label: 'Not done yet', color: 'informative' },
  overdue: { label: 'Overdue', color: 'danger' },
} as const;

export interface ManagerCommitmentsStepProps {
  reportId: string;
  zone: TimeZoneId;
  contract: CurrentContract;
  items: readonly AgendaItem[];
  reviewedAt: string | undefined;
  recording: boolean;
  onReviewed: () => void;
}

/**
 * "Checked my own commitments first - what did I do and what did I not do?": each of the
 * manager's commitments with where it stands, done with one click (only their own: the API
 * refuses anyone else's), then the moment recorded on the review.
 */
export function ManagerCommitmentsStep(props: ManagerCommitmentsStepProps) {
  const dates = useDateFormat();
  const styles = useStyles();
  const markDone = useMarkCommitmentDone(props.reportId, props.zone);
  const pendingId = markDone.isPending ? markDone.variables.commitmentId : undefined;
  return (
    <>
      {props.items.length === 0 ? (
        <Text>You have no commitments in the current contract.</Text>
      ) : (
        <ul className={styles.list} aria-label="Your commitments">
          {props.items.map((item) => {
            const state = STATE[item.state ?? 'not-done'];
            return (
              <li key={item.commitmentId ?? item.text} className={styles.item}>
                <Text className={styles.text}>{item.text}</Text>
                <Badge appearance="tint" color={state.color}>
                  {state.label}
                </Badge>
                {item.state !== 'done' && item.commitmentId !== undefined ? (
                  <Button
                    size="small"
                    disabled={pendingId !== undefined}
                    aria-label={`Mark done: ${item.text}`}
                    onClick={() => {
                      markDone.mutate({
                        commitmentId: item.commitmentId ?? '',
                        etag: props.contract.etag,
                      });
                    }}
                  >
                    {pendingId === item.commitmentId ? 'Marking…' : 'Mark done'}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {markDone.error ? <ErrorBar error={markDone.error} what="The commitment" /> : null}
      <div aria-live="polite">
        {props.reviewedAt === undefined ? (
          <Button appearance="primary" disabled={props.recording} onClick={props.onReviewed}>
            I have gone through my commitments
          </Button>
        ) : (
          <Text weight="semibold">
            Your commitments were reviewed first ({dates.instant(props.reviewedAt)}).
          </Text>
        )}
      </div>
    </>
  );
}
