import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Text,
  Textarea,
  Title3,
  tokens,
} from '@fluentui/react-components';
import type { RefObject } from 'react';
import {
  CONTRACT_CHANGE_REASON_LABELS,
  REVISION_REASONS,
  type ContractChangeReason,
} from '../../../domain';
import type { DraftProblem } from './check-draft';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
  },
});

export interface SavePanelProps {
  firstVersion: boolean;
  nextVersion: number;
  reason: ContractChangeReason;
  note: string;
  /** "Linked to the career conversation of …", or why none is. */
  linkText: string;
  problems: readonly DraftProblem[];
  problemsRef: RefObject<HTMLDivElement | null>;
  /** Once there is something to save, or a save was tried: an untouched form shows no errors. */
  showProblems: boolean;
  showNoteProblems: boolean;
  /** "Version N saved.": shown and announced beside the button, where the manager is looking. */
  confirmation: string;
  confirmationRef: RefObject<HTMLDivElement | null>;
  saving: boolean;
  onReason: (reason: ContractChangeReason) => void;
  onNote: (note: string) => void;
  onSave: () => void;
}

/** Why it changed, what is still missing by the playbook's rules, and the save itself. */
export function SavePanel({ problemsRef, confirmationRef, ...props }: SavePanelProps) {
  const styles = useStyles();
  const noteProblems = props.showNoteProblems
    ? props.problems.filter((p) => p.target === 'note' || p.target === 'reason')
    : [];
  return (
    <section className={styles.section} aria-labelledby="save-title">
      <Title3 as="h2" id="save-title">
        Agree version {props.nextVersion}
      </Title3>
      {props.firstVersion ? (
        <Text>This is the first version of the contract.</Text>
      ) : (
        <Field label="Why it changes">
          <Select
            value={props.reason}
            onChange={(_, data) => {
              props.onReason(data.value as ContractChangeReason);
            }}
          >
            {REVISION_REASONS.map((r) => (
              <option key={r} value={r}>
                {CONTRACT_CHANGE_REASON_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field
        label={props.firstVersion ? 'Note (optional)' : 'What changed and why'}
        hint="Both of you will see it in the contract's history."
        {...(noteProblems.length === 0
          ? {}
          : {
              validationState: 'error' as const,
              validationMessage: noteProblems.map((p) => p.message).join(' '),
            })}
      >
        <Textarea
          value={props.note}
          resize="vertical"
          onChange={(_, data) => {
            props.onNote(data.value);
          }}
        />
      </Field>
      <Text>{props.linkText}</Text>
      <div ref={problemsRef} tabIndex={-1} aria-live="polite">
        {!props.showProblems ? null : props.problems.length === 0 ? (
          <MessageBar intent="success">
            <MessageBarBody>Ready to agree: dated commitments from both of you.</MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Before you save</MessageBarTitle>
              <ul className={styles.problems} aria-label="Before you save">
                {props.problems.map((p, i) => (
                  <li key={`${p.target}:${p.field ?? ''}:${String(i)}`}>{p.message}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div ref={confirmationRef} tabIndex={-1} role="status" aria-live="polite">
        {props.confirmation === '' ? null : (
          <MessageBar intent="success">
            <MessageBarBody>{props.confirmation}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.saving} onClick={props.onSave}>
          Save version {props.nextVersion}
        </Button>
        {props.saving ? <Spinner size="tiny" label="Saving…" /> : null}
      </div>
    </section>
  );
}
