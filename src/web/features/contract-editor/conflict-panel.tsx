import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import {
  CONTRACT_CHANGE_REASON_LABELS,
  describeContractChange,
  diffContractVersions,
  type ContractVersion,
} from '../../../domain';
import { draftAsVersion, EMPTY_VERSION, type ContractDraft } from './contract-draft';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function ChangeList({ label, changes }: { label: string; changes: string[] }) {
  const styles = useStyles();
  return (
    <div>
      <Text weight="semibold" as="h3" id={`${label}-title`}>
        {label}
      </Text>
      {changes.length === 0 ? (
        <Text as="p">No changes to the agreed terms (progress only).</Text>
      ) : (
        <ul className={styles.list} aria-label={label}>
          {changes.map((line, i) => (
            <li key={`${String(i)}:${line}`}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export interface ConflictPanelProps {
  draft: ContractDraft;
  latest: ContractVersion;
  onReapply: () => void;
}

/**
 * Someone saved the contract after this draft was started. Both sides are shown as the
 * domain describes changes, the draft stays as it is, and one click re-applies it onto the
 * latest version so the manager can check and save: neither change is lost.
 */
export function ConflictPanel({ draft, latest, onReapply }: ConflictPanelProps) {
  const dates = useDateFormat();
  const styles = useStyles();
  const base = draft.base ?? EMPTY_VERSION;
  const theirs = diffContractVersions(base, latest).map(describeContractChange);
  const yours = diffContractVersions(base, draftAsVersion(draft)).map(describeContractChange);
  const newVersion = latest.version !== base.version;
  return (
    <section aria-label="Saved meanwhile">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>
            {newVersion
              ? `Version ${String(latest.version)} was saved while you were editing`
              : 'The contract changed while you were editing'}
          </MessageBarTitle>
          {newVersion ? (
            <Text>
              Agreed {dates.instant(latest.agreedAt)} (
              {CONTRACT_CHANGE_REASON_LABELS[latest.reason]})
              {latest.note.trim() === '' ? '.' : `: ${latest.note}`}
            </Text>
          ) : null}
          <Text>
            Your draft is kept in this browser. Re-apply it onto the latest version, check the
            result, then save.
          </Text>
          <div className={styles.columns}>
            <ChangeList label="What they changed" changes={theirs} />
            <ChangeList label="Your unsaved changes" changes={yours} />
          </div>
          <div>
            <Button appearance="primary" onClick={onReapply}>
              Re-apply my changes onto version {latest.version}
            </Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
