import { Text, Subtitle1 } from '@fluentui/react-components';
import {
  HONEST_ANSWERS_INTRO,
  PROBE_GROUP_LIST,
  questionById,
  type PhaseId,
} from '../../../domain';
import { LeaveQuestion } from './leave-question';
import { usePhaseStyles } from './phase-questions';

/**
 * The questions that unlock honest answers for this phase. A trust-gated question is kept apart
 * and hidden until the manager says trust is established.
 */
export function HonestAnswerProbes({ phase }: { phase: PhaseId }) {
  const styles = usePhaseStyles();
  const groups = PROBE_GROUP_LIST.filter((g) =>
    g.questionIds.some((id) => questionById(id).phase === phase),
  );
  if (groups.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={`probes-${phase}`}>
      <Subtitle1 as="h3" className={styles.heading} id={`probes-${phase}`}>
        Questions that unlock honest answers
      </Subtitle1>
      <Text className={styles.muted}>{HONEST_ANSWERS_INTRO}</Text>
      {groups.map((group) => {
        const questions = group.questionIds.map(questionById);
        return (
          <div key={group.id} className={styles.section}>
            <Text as="h4" weight="semibold" className={styles.heading}>
              {group.title}
            </Text>
            <ul className={styles.list}>
              {questions
                .filter((q) => !q.trustGated)
                .map((q) => (
                  <li key={q.id}>
                    <Text>{q.text}</Text>
                  </li>
                ))}
            </ul>
            {questions
              .filter((q) => q.trustGated)
              .map((q) => (
                <LeaveQuestion key={q.id} question={q} />
              ))}
          </div>
        );
      })}
    </section>
  );
}
