import { Badge, Link, makeStyles, Text, ToggleButton, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import { useState } from 'react';
import type { CurrentContract } from '../../../adapters/career-api/career-api-client';
import { PHASES } from '../../../domain';
import { hrefFor } from '../../app/routes';
import { ErrorBar } from '../../shared/query-state';
import type { ContractHistory } from './api/get-contract-history';
import { versionHistory, type VersionEntry } from './report-page-model';
import { ReportSection } from '../../shared/report-section';
import { VersionTerms } from '../../shared/version-terms';
import { EARLIER_HISTORY_NOTE } from '../../shared/earlier-history';
import { plainList } from '../../shared/list-styles';

const useStyles = makeStyles({
  shown: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  versions: plainList(tokens.spacingVerticalM),
  version: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground2 },
});

function VersionItem({
  entry,
  selected,
  select,
}: {
  entry: VersionEntry;
  selected: boolean;
  select: () => void;
  zone: string;
}) {
  const dates = useDateFormat();
  const styles = useStyles();
  const { version } = entry;
  return (
    <li className={styles.version}>
      <div className={styles.heading}>
        <Text weight="semibold" as="h4">
          Version {version.version}
        </Text>
        <Badge appearance="outline" shape="rounded" color="brand">
          {entry.reasonLabel}
        </Badge>
        <Text className={styles.muted}>agreed {dates.instant(version.agreedAt)}</Text>
        <ToggleButton size="small" checked={selected} onClick={select}>
          {selected ? 'Shown above' : `Show version ${version.version} as agreed`}
        </ToggleButton>
      </div>
      {version.note ? <Text>Why: {version.note}</Text> : null}
      {entry.changes.length > 0 ? (
        <ul className={styles.changes} aria-label={`What changed in version ${version.version}`}>
          {entry.changes.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : entry.previousHidden ? (
        <Text className={styles.muted}>The version before it is not shared with you.</Text>
      ) : version.version > 1 ? (
        <Text className={styles.muted}>No change to the terms.</Text>
      ) : null}
    </li>
  );
}

/** The contract in force, and every version before it: what changed, and why. */
export function ContractSection({
  reportId,
  contract,
  history,
  zone,
}: {
  reportId: string;
  contract: CurrentContract | null;
  history: ContractHistory;
  zone: string;
}) {
  const dates = useDateFormat();
  const styles = useStyles();
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const hiddenNote = history.earlierHistory ? (
    <Text className={styles.muted}>{EARLIER_HISTORY_NOTE}</Text>
  ) : null;

  if (contract === null) {
    return (
      <ReportSection id="contract" title="Development contract">
        <Text>
          No development contract yet. It is agreed at the end of “{PHASES['close-the-gap'].title}”:
          their commitments, yours, what you will review and the open question.
        </Text>
        {hiddenNote}
      </ReportSection>
    );
  }
  // The current version as read with the contract: it carries the latest done marks.
  const versions = [
    ...history.versions.filter((v) => v.version !== contract.current.version),
    contract.current,
  ];
  const entries = versionHistory(versions);
  const shownNumber = chosen ?? contract.current.version;
  const shown = versions.find((v) => v.version === shownNumber) ?? contract.current;
  const isCurrent = shown.version === contract.current.version;

  return (
    <ReportSection id="contract" title="Development contract">
      <div className={styles.shown}>
        <Text weight="semibold" as="h3" aria-live="polite">
          {isCurrent
            ? `Version ${shown.version}, in force since ${dates.instant(shown.agreedAt)}`
            : `Version ${shown.version} as agreed ${dates.instant(shown.agreedAt)} (no longer in force)`}
        </Text>
        <VersionTerms version={shown} />
        <Link href={hrefFor({ screen: 'contract', reportId })}>Update the contract</Link>
      </div>
      <Text weight="semibold" as="h3">
        Versions: what changed, and why
      </Text>
      {history.error ? (
        <ErrorBar error={history.error} what="Earlier versions" retry={history.refetch} />
      ) : null}
      {history.isPending && history.versions.length === 0 ? (
        <Text className={styles.muted}>Loading earlier versions…</Text>
      ) : null}
      <ul className={styles.versions} aria-label="Contract versions, newest first">
        {entries.map((entry) => (
          <VersionItem
            key={entry.version.version}
            entry={entry}
            selected={entry.version.version === shownNumber}
            select={() => {
              setChosen(entry.version.version);
            }}
            zone={zone}
          />
        ))}
      </ul>
      {hiddenNote}
    </ReportSection>
  );
}
