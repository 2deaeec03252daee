import { Switch, Text } from '@fluentui/react-components';
import { MANAGER_NUDGE_KINDS, REPORT_NUDGE_KINDS, type NudgeKind } from '../../../domain';
import { ReportSection } from '../../shared/report-section';
import { ErrorBar } from '../../shared/query-state';
import { useNudgePreferences, useSetNudgePreferences } from './api/nudge-preferences';

/**
 * The person's own switches for the reminders the app sends to their Teams activity feed. A
 * report sees theirs; a manager also sees the manager's reminders. At most one a day either way.
 */
export function NudgeSettingsCard({ manager }: { manager: boolean }) {
  const preferences = useNudgePreferences();
  const saving = useSetNudgePreferences();
  const kinds: readonly NudgeKind[] = manager
    ? [...MANAGER_NUDGE_KINDS, ...REPORT_NUDGE_KINDS]
    : REPORT_NUDGE_KINDS;
  const items = (preferences.data?.items ?? []).filter((item) => kinds.includes(item.kind));
  const toggle = (kind: NudgeKind, on: boolean): void => {
    const off = (preferences.data?.items ?? [])
      .filter((item) => (item.kind === kind ? !on : !item.on))
      .map((item) => item.kind);
    saving.mutate(off);
  };
  return (
    <ReportSection id="teams-nudges" title="Reminders in Teams">
      <Text>
        At most one reminder a day reaches your Teams activity feed. It never quotes notes or
        commitments. Switch off any kind you do not want.
      </Text>
      {items.map((item) => (
        <Switch
          key={item.kind}
          label={item.description}
          checked={item.on}
          disabled={saving.isPending}
          onChange={(_event, data) => {
            toggle(item.kind, data.checked);
          }}
        />
      ))}
      {preferences.error !== null && <ErrorBar error={preferences.error} what="Your reminders" />}
      {saving.error !== null && <ErrorBar error={saving.error} what="Your reminder choice" />}
    </ReportSection>
  );
}
