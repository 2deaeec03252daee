import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { StandingDecision, StandingProblem } from '../../../domain';
import { useDateFormat } from '../../shared/use-date-format';
import { describeStandingProblem } from './standing-problem-words';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const DECISION_LABEL: Record<StandingDecision, string> = {
  done: 'Mark done',
  're-date': 'Pick a new date',
  drop: 'Drop with a reason',
  add: 'Add one',
  remove: 'Remove it',
};

/** Stable per item: the commitment's or review's id, or the side with nothing open. */
function keyOf(problem: StandingProblem): string {
  switch (problem.kind) {
    case 'commitment-overdue':
      return problem.commitment.id;
    case 'no-open-commitment':
      return problem.party;
    case 'review-month-passed':
      return problem.review.id;
  }
}

/**
 * What is wrong with the contract as it stands (not with the change being made), each with the
 * decisions that settle it. Nothing here stops the manager saving another change.
 */
export function StandingProblemsPanel({
  problems,
  onDecide,
}: {
  problems: readonly StandingProblem[];
  onDecide: (problem: StandingProblem, decision: StandingDecision) => void;
}) {
  const styles = useStyles();
  const format = useDateFormat();
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Standing problems to decide on</MessageBarTitle>
        <Text block>They do not stop you saving any other change.</Text>
        <ul className={styles.list} aria-label="Standing problems">
          {problems.map((problem) => {
            const { what, text } = describeStandingProblem(problem, format);
            return (
              <li key={`${problem.kind}:${keyOf(problem)}`} className={styles.item}>
                <Text>{text}</Text>
                <div className={styles.actions}>
                  {problem.decisions.map((decision) => (
                    <Button
                      key={decision}
                      size="small"
                      aria-label={`${DECISION_LABEL[decision]}: ${what}`}
                      onClick={() => {
                        onDecide(problem, decision);
                      }}
                    >
                      {DECISION_LABEL[decision]}
                    </Button>
                  ))}
                </div>
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
