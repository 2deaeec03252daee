import {
  Button,
  Card,
  Field,
  Input,
  makeStyles,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import {
  lintPromiseLanguage,
  MANAGER_COMMITMENT_KIND_LIST,
  REPORT_COMMITMENT_KIND_LIST,
  type CommitmentKind,
  type CommitmentStatus,
} from '../../../domain';
import { applySuggestion } from './apply-suggestion';
import { firstPlaceholder, statusChoices, type DraftCommitment } from './contract-draft';
import type { DraftProblem } from './check-draft';
import { dropReasonInputId, dueInputId } from './field-ids';
import { LintHints } from './lint-hints';
import { fluentRef } from '../../shared/fluent-ref';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
  kind: { minWidth: '16rem', flexGrow: 1 },
});

/** Problems the lint hints already explain beside the wording, with their fixes. */
const SHOWN_AS_HINT: readonly string[] = ['unresolved-promise', 'vague-action'];

const STATUS_LABEL: Record<CommitmentStatus, string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped (say why)',
};

export interface CommitmentCardProps {
  commitment: DraftCommitment;
  /** Its number within its party's list, for labels a screen reader can tell apart. */
  label: string;
  /**
   * Its status in the agreed version the draft started from; undefined for a new commitment. An
   * agreed commitment can change status or be dropped, not deleted.
   */
  agreedStatus?: CommitmentStatus;
  problems: readonly DraftProblem[];
  showProblems: boolean;
  onChange: (next: DraftCommitment) => void;
  onRemove: () => void;
  /** Just added from a quick start: focus it and select its first placeholder. */
  selectOnMount?: boolean;
}

/** One dated commitment: what, by when, its kind, and the lint inline as it is typed. */
export function CommitmentCard({
  commitment: c,
  label,
  agreedStatus,
  problems,
  showProblems,
  onChange,
  onRemove,
  selectOnMount = false,
}: CommitmentCardProps) {
  const styles = useStyles();
  const actionRef = useRef<HTMLTextAreaElement>(null);
  // Set by a click (or a quick start); the effect below acts on it once the text is in place.
  const pendingSelect = useRef(selectOnMount);
  const kinds = c.party === 'manager' ? MANAGER_COMMITMENT_KIND_LIST : REPORT_COMMITMENT_KIND_LIST;
  const findings = useMemo(
    () =>
      c.status === 'open'
        ? lintPromiseLanguage(c.action, {
            party: c.party,
            context: 'commitment',
            hasDueDate: c.due !== '',
          })
        : [],
    [c.action, c.due, c.party, c.status],
  );

  // After a rephrasing is applied, its first placeholder is selected so typing replaces it.
  useEffect(() => {
    if (!pendingSelect.current) return;
    pendingSelect.current = false;
    const area = actionRef.current;
    const at = firstPlaceholder(c.action);
    if (area === null) return;
    area.focus();
    if (at !== undefined) area.setSelectionRange(at.start, at.end);
  }, [c.action]);

  const promised = findings.some((f) => f.code === 'promise');
  const problem = (field: string) => {
    // What the lint explains beside the wording is said there once, not again under the field.
    const found = showProblems
      ? problems.filter(
          (p) => p.field === field && !(p.code !== undefined && SHOWN_AS_HINT.includes(p.code)),
        )
      : [];
    return found.length === 0
      ? {}
      : {
          validationState: 'error' as const,
          validationMessage: found.map((p) => p.message).join(' '),
        };
  };
  const set = (patch: Partial<DraftCommitment>) => {
    onChange({ ...c, ...patch });
  };

  return (
    <Card className={styles.card} role="group" aria-label={label}>
      <Field label={`${label}: what, specifically`} {...problem('action')}>
        <Textarea
          ref={fluentRef(actionRef)}
          value={c.action}
          resize="vertical"
          onChange={(_, data) => {
            set({ action: data.value });
          }}
        />
      </Field>
      <LintHints
        findings={findings}
        onApply={(finding, suggestion) => {
          set({ action: applySuggestion(c.action, finding.span, suggestion) });
          pendingSelect.current = true;
        }}
      />
      {promised || c.inGiftReason !== '' ? (
        <Field
          label={`${label}: why this is in your own gift`}
          hint="Only if it truly is yours to deliver. Until you rephrase it or say why, this version cannot be agreed; they will read your reason as your statement."
          {...problem('inGiftReason')}
        >
          <Input
            value={c.inGiftReason}
            onChange={(_, data) => {
              set({ inGiftReason: data.value });
            }}
          />
        </Field>
      ) : null}
      <div className={styles.row}>
        <Field label={`${label}: by`} {...problem('due')}>
          <Input
            id={dueInputId(c.key)}
            type="date"
            value={c.due}
            onChange={(_, data) => {
              set({ due: data.value });
            }}
          />
        </Field>
        <Field label={`${label}: kind`} className={styles.kind} {...problem('kind')}>
          <Select
            value={c.kind}
            onChange={(_, data) => {
              set({ kind: data.value as CommitmentKind });
            }}
          >
            {kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </Select>
        </Field>
        {agreedStatus !== undefined ? (
          <Field label={`${label}: status`}>
            <Select
              value={c.status}
              onChange={(_, data) => {
                set({ status: data.value as CommitmentStatus });
              }}
            >
              {statusChoices(c.party, agreedStatus).map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <Button onClick={onRemove}>Remove {label.toLowerCase()}</Button>
        )}
      </div>
      {c.status === 'dropped' ? (
        <Field label={`${label}: why it is dropped`} {...problem('droppedReason')}>
          <Input
            id={dropReasonInputId(c.key)}
            value={c.droppedReason}
            onChange={(_, data) => {
              set({ droppedReason: data.value });
            }}
          />
        </Field>
      ) : null}
    </Card>
  );
}
