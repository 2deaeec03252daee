import { Switch, Text } from '@fluentui/react-components';
import type { NudgeKind } from '../../domain';
import { useNudgePreferences, useSetNudgePreferences } from '../data/nudge-preferences';
import { ErrorBar } from './query-state';
import { ReportSection } from './report-section';

/**
 * The person's own switches for the reminders the app sends to their Teams activity feed, for
 * the kinds of the screen it is on: a report's in My development, a manager's on their team
 * overview too (a manager at the top of the organisation has no My development). Switching one
 * kind keeps the person's choice for every other kind, shown here or not.
 */
export function NudgeSettingsCard({ kinds }: { kinds: readonly NudgeKind[] }) {
  const preferences = useNudgePreferences();
  const saving = useSetNudgePreferences();
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
