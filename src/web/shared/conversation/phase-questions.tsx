import { makeStyles, Subtitle1, Subtitle2, Text, tokens } from '@fluentui/react-components';
import {
  phaseById,
  questionById,
  scriptById,
  SURFACE_ANSWER_TECHNIQUE,
  UNCERTAINTY_RESPONSE,
  type PhaseId,
} from '../../../domain';
import { NARROW } from '../narrow';

export const usePhaseStyles = makeStyles({
  // Headings sit in flex columns whose gaps space them; their own margins would double it.
  heading: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    // A narrow screen keeps the questions and the notes on its first screen.
    [NARROW]: { gap: tokens.spacingVerticalXS },
  },
  callout: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  quote: { margin: 0, fontStyle: 'italic' },
  guidance: { margin: 0 },
});

/**
 * The phase's questions that open it, and its guidance (which the meeting side panel shows
 * after the notes instead, to keep the questions and the notes on its first screen).
 */
export function OpeningQuestions({
  phase,
  withGuidance = true,
}: {
  phase: PhaseId;
  withGuidance?: boolean;
}) {
  const styles = usePhaseStyles();
  const info = phaseById(phase);
  return (
    <section className={styles.section} aria-labelledby={`opening-${phase}`}>
      <Subtitle1 as="h3" className={styles.heading} id={`opening-${phase}`}>
        Questions that open this
      </Subtitle1>
      <ol className={styles.list}>
        {info.openingQuestionIds.map((id) => (
          <li key={id}>
            <Text>{questionById(id).text}</Text>
          </li>
        ))}
      </ol>
      {withGuidance ? <PhaseGuidance phase={phase} /> : null}
    </section>
  );
}

/** How to hold the phase, in the playbook's words. */
export function PhaseGuidance({ phase }: { phase: PhaseId }) {
  const styles = usePhaseStyles();
  return phaseById(phase).guidance.map((g) => (
    <Text key={g} as="p" className={`${styles.muted} ${styles.guidance}`}>
      {g}
    </Text>
  ));
}

/** Conversation 1: the follow-up for an answer that sounds rehearsed. */
export function VersionUnderneath() {
  const styles = usePhaseStyles();
  const technique = questionById(SURFACE_ANSWER_TECHNIQUE.questionId);
  return (
    <section className={styles.callout} aria-labelledby="version-underneath">
      <Subtitle2 as="h3" className={styles.heading} id="version-underneath">
        {technique.whenToUse ?? 'When the answer sounds rehearsed'}
      </Subtitle2>
      <blockquote className={styles.quote}>
        <Text>{technique.text}</Text>
      </blockquote>
    </section>
  );
}

/** Conversation 2: answering "I genuinely don't know" without pushing for clarity. */
export function GenuinelyDontKnow() {
  const styles = usePhaseStyles();
  const cue = scriptById(UNCERTAINTY_RESPONSE.cueScriptId);
  const response = scriptById(UNCERTAINTY_RESPONSE.responseScriptId);
  return (
    <section className={styles.callout} aria-labelledby="dont-know">
      <Subtitle2 as="h3" className={styles.heading} id="dont-know">
        If they say “{cue.text}”
      </Subtitle2>
      <blockquote className={styles.quote}>
        <Text>{response.text}</Text>
      </blockquote>
    </section>
  );
}
