import { makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import { phaseById, type PhaseId } from '../../../domain';
import { HIDDEN_WHEN_NARROW } from '../narrow';
import { AmbitionThatDoesNotFit } from './ambition-script';
import { HonestAnswerProbes } from './honest-answer-probes';
import { GenuinelyDontKnow, OpeningQuestions, VersionUnderneath } from './phase-questions';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  title: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // On a narrow screen the phase select above already shows the phase: the heading stays for
  // screen readers only.
  heading: { margin: 0, ...HIDDEN_WHEN_NARROW },
  purpose: { margin: 0 },
});

/** The phase's title and purpose (the screen's h2); narrow screens put the purpose later. */
export function PhaseTitle({
  phase,
  withPurpose = true,
}: {
  phase: PhaseId;
  withPurpose?: boolean;
}) {
  const styles = useStyles();
  const info = phaseById(phase);
  return (
    <div className={styles.title}>
      <Title2 as="h2" id="phase-title" className={styles.heading}>
        {info.number}. {info.title}
      </Title2>
      {withPurpose ? <PhasePurpose phase={phase} /> : null}
    </div>
  );
}

/** What the phase is for, in the playbook's words. */
export function PhasePurpose({ phase }: { phase: PhaseId }) {
  const styles = useStyles();
  return (
    <Text as="p" className={styles.purpose}>
      {phaseById(phase).purpose}
    </Text>
  );
}

/** What the playbook gives the manager for this phase, rendered from the domain. */
export function PhaseGuide({ phase }: { phase: PhaseId }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <OpeningQuestions phase={phase} />
      <PhaseFollowUps phase={phase} />
    </div>
  );
}

/**
 * The guide after the opening questions: the techniques and the probes for honest answers. The
 * meeting side panel puts the shared notes between the two, so both fit its first screen.
 */
export function PhaseFollowUps({ phase }: { phase: PhaseId }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {phase === 'where-now' ? <VersionUnderneath /> : null}
      {phase === 'where-to-go' ? <GenuinelyDontKnow /> : null}
      <HonestAnswerProbes phase={phase} />
      {phase === 'where-to-go' ? <AmbitionThatDoesNotFit /> : null}
    </div>
  );
}
