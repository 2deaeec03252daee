import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Question } from '../../../domain';
import { usePhaseStyles } from './phase-questions';

const useStyles = makeStyles({
  gate: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/**
 * The question about leaving, shown only once the manager confirms real trust, with the seed's
 * caution. Its answer is for the conversation, never for a record: there is no field here, and
 * the confirmation itself is not stored (it resets when the page reloads).
 */
export function LeaveQuestion({ question }: { question: Question }) {
  const styles = useStyles();
  const phase = usePhaseStyles();
  const [trusted, setTrusted] = useState(false);
  const regionId = useId();
  return (
    <div className={styles.gate}>
      <Checkbox
        checked={trusted}
        onChange={(_, data) => {
          setTrusted(data.checked === true);
        }}
        label="Trust is established between us: show the question to ask only then"
        aria-controls={regionId}
      />
      <div id={regionId} aria-live="polite">
        {trusted ? (
          <div className={phase.section} data-testid="trust-gated-question">
            <blockquote className={phase.quote}>
              <Text>{question.text}</Text>
            </blockquote>
            {question.caution ? <Text weight="semibold">{question.caution}</Text> : null}
            <Text className={phase.muted}>
              Listen; do not write their answer down. It is not part of the shared notes, and this
              app keeps no record of it.
            </Text>
          </div>
        ) : null}
      </div>
    </div>
  );
}
