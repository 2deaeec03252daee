import {
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { TRIGGER_LIST, TRIGGERS, TRIGGERS_INTRO, type TriggerId } from '../../../domain';
import { ErrorBar } from '../../shared/query-state';
import { ReportSection } from '../../shared/report-section';
import { useLogTrigger } from '../../data/log-trigger';
import { LeavingSignalCaution } from '../../shared/leaving-signal-caution';

const useStyles = makeStyles({
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

const isTrigger = (value: string): value is TriggerId => value in TRIGGERS;

/** Log one of the playbook's six triggers: a category, never free text about the person. */
export function LogTriggerSection({
  reportId,
  onLogged,
}: {
  reportId: string;
  onLogged: (label: string) => void;
}) {
  const styles = useStyles();
  const log = useLogTrigger(reportId);
  const [chosen, setChosen] = useState<TriggerId | undefined>(undefined);

  return (
    <ReportSection id="log-trigger" title="Log a trigger">
      <Text className={styles.muted}>
        Only the category is recorded, with the date. There is no field for what they said.
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen === undefined) return;
          log.mutate(chosen, {
            onSuccess: (logged) => {
              setChosen(undefined);
              onLogged(logged.label);
            },
          });
        }}
      >
        <Field label={TRIGGERS_INTRO.replace(/:$/, '')} required>
          <RadioGroup
            value={chosen ?? ''}
            onChange={(_, data) => {
              if (isTrigger(data.value)) setChosen(data.value);
            }}
          >
            {TRIGGER_LIST.map((t) => (
              <Radio key={t.id} value={t.id} label={`${t.label}: ${t.text}`} />
            ))}
          </RadioGroup>
        </Field>
        {chosen !== undefined && TRIGGERS[chosen].leavingSignal ? <LeavingSignalCaution /> : null}
        {log.error ? <ErrorBar error={log.error} what="The trigger" title="Not logged" /> : null}
        <div className={styles.actions}>
          <Button
            appearance="primary"
            type="submit"
            disabled={chosen === undefined || log.isPending}
          >
            {log.isPending ? 'Logging…' : 'Log trigger'}
          </Button>
        </div>
      </form>
    </ReportSection>
  );
}
