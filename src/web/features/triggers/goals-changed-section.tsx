import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { GOALS_CHANGED, GOALS_CHANGED_SIGN_LIST, scriptById } from '../../../domain';
import { navigate } from '../../app/routes';
import { ReportSection } from '../../shared/report-section';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  script: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The reason travels in the address: the contract editor opens with 'goals-changed' chosen and
 * agrees the next version with it, history kept.
 */
export function startGoalsChangedUpdate(reportId: string): void {
  navigate({ screen: 'contract', reportId, reason: 'goals-changed' });
}

/** The four signs that their goals have changed, the words to name it, and the update. */
export function GoalsChangedSection({ reportId }: { reportId: string }) {
  const styles = useStyles();
  return (
    <ReportSection id="goals-changed" title="When their goals have changed">
      <Text>{GOALS_CHANGED.normalising}</Text>
      <Text weight="semibold" as="h3" id="goals-signs-title">
        Signs to notice
      </Text>
      <ul className={styles.list} aria-labelledby="goals-signs-title">
        {GOALS_CHANGED_SIGN_LIST.map((sign) => (
          <li key={sign.id}>{sign.text}</li>
        ))}
      </ul>
      <Text weight="semibold" as="h3">
        {GOALS_CHANGED.nameItLead.replace(/:$/, '')}
      </Text>
      <blockquote className={styles.script}>
        <Text>“{scriptById(GOALS_CHANGED.nameItScriptId).text}”</Text>
      </blockquote>
      <Text>{GOALS_CHANGED.updateContract}</Text>
      <Text className={styles.muted}>{GOALS_CHANGED.carefulHandling}</Text>
      <div>
        <Button
          appearance="primary"
          onClick={() => {
            startGoalsChangedUpdate(reportId);
          }}
        >
          Update the contract (goals changed)
        </Button>
      </div>
    </ReportSection>
  );
}
