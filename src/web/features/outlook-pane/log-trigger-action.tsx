import { Button, Field, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { TRIGGER_LIST, TRIGGERS, TRIGGERS_INTRO, type TriggerId } from '../../../domain';
import { ErrorBar } from '../../shared/query-state';
import { useLogTrigger } from '../../data/log-trigger';
import { LeavingSignalCaution } from '../../shared/leaving-signal-caution';
import { usePaneStyles } from './pane-styles';

const isTrigger = (value: string): value is TriggerId => value in TRIGGERS;

/**
 * The triggers screen's "Log a trigger", narrowed to the pane: a category from the playbook's
 * list and nothing else, so nothing anyone said can be kept here either.
 */
export function LogTriggerAction({ reportId }: { reportId: string }) {
  const styles = usePaneStyles();
  const log = useLogTrigger(reportId);
  const [chosen, setChosen] = useState<TriggerId | undefined>(undefined);
  const [logged, setLogged] = useState<string>();
  return (
    <form
      className={styles.section}
      aria-labelledby="pane-trigger"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen === undefined) return;
        log.mutate(chosen, {
          onSuccess: (result) => {
            setChosen(undefined);
            setLogged(result.label);
          },
        });
      }}
    >
      <Text as="h3" weight="semibold" id="pane-trigger">
        Log a trigger
      </Text>
      <Field
        label={TRIGGERS_INTRO.replace(/:$/, '')}
        hint="Only the category and the date are kept."
      >
        <Select
          className={styles.fill}
          select={{ className: styles.fill }}
          value={chosen ?? ''}
          onChange={(_, data) => {
            setChosen(isTrigger(data.value) ? data.value : undefined);
            setLogged(undefined);
          }}
        >
          <option value="">Choose a category</option>
          {TRIGGER_LIST.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </Select>
      </Field>
      {chosen !== undefined && TRIGGERS[chosen].leavingSignal ? <LeavingSignalCaution /> : null}
      {log.error ? <ErrorBar error={log.error} what="The trigger" title="Not logged" /> : null}
      <div className={styles.row}>
        <Button type="submit" disabled={chosen === undefined || log.isPending}>
          {log.isPending ? 'Logging…' : 'Log trigger'}
        </Button>
        <span aria-live="polite">{logged ? <Text>Logged: {logged}.</Text> : null}</span>
      </div>
    </form>
  );
}
