import {
  Badge,
  Button,
  Link,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import type { DateFormat } from '../../shared/date-format';
import { useDateFormat } from '../../shared/use-date-format';
import { useReducer } from 'react';
import type { CurrentContract } from '../../../adapters/career-api/career-api-client';
import type { ScheduledItem, ScheduleVia } from '../../../app/my-365/follow-through';
import {
  commitmentKindById,
  FOLLOW_THROUGH,
  type Commitment,
  type TimeZoneId,
} from '../../../domain';
import { hrefFor } from '../../app/routes';
import { ErrorBar } from '../../shared/query-state';
import { useMarkCommitmentDone } from '../../data/mark-commitment-done';
import { useScheduleCommitments } from './api/schedule-commitments';
import {
  closeCommitmentsReducer,
  initialCloseCommitmentsState,
  managerCommitments,
  toSchedule as stillToSchedule,
  viaOf,
} from './close-commitments-state';
import { useSectionStyles } from './section-styles';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

const VIA_LABEL: Record<ScheduleVia, string> = {
  calendar: 'Calendar block',
  todo: 'To Do task',
};

function whereItIs(commitment: Commitment, block: ScheduledItem['block'], dates: DateFormat) {
  const scheduled = commitment.scheduled;
  if (!scheduled) return undefined;
  if (scheduled.via === 'todo') return `In your To Do, due ${dates.date(commitment.due)}`;
  if (block) {
    const late = block.afterDue ? ' (it was already due: this is your first free time)' : '';
    return `In your calendar ${dates.range(block.start, block.end)}${late}`;
  }
  return `In your calendar since ${dates.instant(scheduled.at)}`;
}

export interface CloseCommitmentsProps {
  reportId: string;
  zone: TimeZoneId;
  contract: CurrentContract | null;
  reportName: string;
}

/**
 * "Put my own commitments in my calendar with dates", right now: each becomes a busy block
 * before its due date or a To Do task with the date, and the contract records where it went.
 */
export function CloseCommitments({ reportId, zone, contract, reportName }: CloseCommitmentsProps) {
  const dates = useDateFormat();
  const styles = useStyles();
  const section = useSectionStyles();
  const schedule = useScheduleCommitments(reportId, zone);
  const markDone = useMarkCommitmentDone(reportId, zone);
  const [state, dispatch] = useReducer(closeCommitmentsReducer, initialCloseCommitmentsState);

  const heading = (
    <Title3 as="h2" id="commitments-title">
      Your commitments, in your calendar
    </Title3>
  );
  const mine = contract ? managerCommitments(contract) : [];
  if (!contract || mine.length === 0) {
    return (
      <section aria-labelledby="commitments-title" className={section.section}>
        {heading}
        <Text>
          {contract
            ? 'The contract has no commitments of yours. The playbook asks for dated commitments from both of you.'
            : 'There is no development contract yet, so nothing of yours to schedule.'}{' '}
          <Link href={hrefFor({ screen: 'contract', reportId })}>Open the contract</Link>.
        </Text>
      </section>
    );
  }

  const toSchedule = stillToSchedule(mine);
  const run = (items: Commitment[]) => {
    dispatch({ type: 'scheduling' });
    schedule.mutate(
      {
        contract,
        reportName,
        requests: items.map((commitment) => ({ commitment, via: viaOf(state, commitment) })),
      },
      {
        onSuccess: (result) => {
          dispatch({ type: 'scheduled', done: result.done });
        },
      },
    );
  };
  const failure = schedule.data?.failed;

  return (
    <section aria-labelledby="commitments-title" className={section.section}>
      {heading}
      <Text>{FOLLOW_THROUGH.calendarRule}</Text>
      <ul className={section.list} aria-labelledby="commitments-title">
        {mine.map((c) => {
          const where = whereItIs(c, state.blocks[c.id], dates);
          const actionId = `commitment-${c.id}`;
          return (
            <li key={c.id} className={styles.item} aria-labelledby={actionId}>
              <Text weight="semibold" id={actionId}>
                {c.action}
              </Text>
              <Text size={200} className={section.muted}>
                Due {dates.date(c.due)} · {commitmentKindById(c.kind).label}
              </Text>
              <div className={section.row}>
                {c.status === 'done' ? (
                  <Badge appearance="filled" color="success">
                    Done
                  </Badge>
                ) : where ? (
                  <Badge appearance="filled" color="brand">
                    Scheduled
                  </Badge>
                ) : (
                  <Badge appearance="outline" color="warning">
                    Not in your calendar yet
                  </Badge>
                )}
                {where ? <Text>{where}</Text> : null}
              </div>
              {c.status === 'open' && !where ? (
                <div className={section.row}>
                  <RadioGroup
                    layout="horizontal"
                    aria-label={`Where to put “${c.action}”`}
                    value={viaOf(state, c)}
                    onChange={(_, data) => {
                      dispatch({
                        type: 'choose-via',
                        commitmentId: c.id,
                        via: data.value as ScheduleVia,
                      });
                    }}
                  >
                    <Radio value="calendar" label={VIA_LABEL.calendar} />
                    <Radio value="todo" label={VIA_LABEL.todo} />
                  </RadioGroup>
                  <Button
                    disabled={schedule.isPending}
                    aria-describedby={actionId}
                    onClick={() => {
                      run([c]);
                    }}
                  >
                    {viaOf(state, c) === 'calendar' ? 'Block the time' : 'Add to To Do'}
                  </Button>
                </div>
              ) : null}
              {c.status === 'open' ? (
                <div>
                  <Button
                    appearance="subtle"
                    disabled={markDone.isPending}
                    aria-describedby={actionId}
                    onClick={() => {
                      markDone.mutate({ commitmentId: c.id, etag: contract.etag });
                    }}
                  >
                    Mark done
                  </Button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {failure ? (
        <ErrorBar
          title={`“${mine.find((c) => c.id === failure.commitmentId)?.action ?? 'A commitment'}” is not scheduled`}
          error={failure.error}
          what="Scheduling"
        />
      ) : null}
      {schedule.error ? (
        <ErrorBar
          error={schedule.error}
          what="Scheduling"
          retry={() => {
            run(toSchedule);
          }}
        />
      ) : null}
      {markDone.error ? <ErrorBar error={markDone.error} what="Marking it done" /> : null}
      <div className={section.row}>
        {toSchedule.length > 1 ? (
          <Button
            appearance="primary"
            disabled={schedule.isPending}
            onClick={() => {
              run(toSchedule);
            }}
          >
            Schedule all {toSchedule.length}
          </Button>
        ) : null}
        <span aria-live="polite">
          {schedule.isPending ? (
            <Spinner size="tiny" label="Putting it in your calendar…" />
          ) : (
            <Text>{state.status}</Text>
          )}
        </span>
      </div>
    </section>
  );
}
