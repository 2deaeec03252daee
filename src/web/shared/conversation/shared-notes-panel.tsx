import {
  Checkbox,
  Field,
  makeStyles,
  Textarea,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { PHASE_IDS, phaseById, type PhaseId } from '../../../domain';
import type { AutosaveEngine, AutosaveSnapshot } from '../autosave/autosave-engine';
import { AutosaveStatusLine } from '../autosave/autosave-status';
import { ConflictPanel } from '../autosave/conflict-panel';
import { HIDDEN_WHEN_NARROW } from '../narrow';
import { mergePhaseNotes, parsePhaseNotes, serializePhaseNotes } from './notes-sync/phase-notes';
import {
  phasesReached,
  sharedNotesText,
  type SharedNotesValue,
} from './notes-sync/shared-notes-value';

const useStyles = makeStyles({
  // The field's own label names the notes: on a narrow screen the heading is for screen readers.
  heading: { margin: 0, ...HIDDEN_WHEN_NARROW },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface SharedNotesPanelProps {
  phase: PhaseId;
  engine: AutosaveEngine<SharedNotesValue>;
  snapshot: AutosaveSnapshot<SharedNotesValue> | undefined;
  reportName: string | undefined;
  /** The field's height; the meeting side panel asks for fewer rows to keep it on screen. */
  rows?: number;
}

/** This phase's part of the notes both people see, autosaved to the conversation record. */
export function SharedNotesPanel({
  phase,
  engine,
  snapshot,
  reportName,
  rows = 8,
}: SharedNotesPanelProps) {
  const styles = useStyles();
  const value = snapshot?.value;
  const status = snapshot?.status;
  const conflict = status?.kind === 'conflict' ? status : undefined;
  const ready = value !== undefined && status?.kind !== 'loading' && status?.kind !== 'unreachable';
  const title = phaseById(phase).title;
  const text = value?.notes[phase] ?? '';
  const hasNotes = text.trim() !== '';
  const covered = value ? phasesReached(value).includes(phase) : false;

  const edit = (change: Partial<SharedNotesValue>) => {
    if (value) engine.edit({ ...value, ...change });
  };

  return (
    <section className={styles.root} aria-labelledby={`shared-notes-${phase}`}>
      <Subtitle1 as="h3" className={styles.heading} id={`shared-notes-${phase}`}>
        Shared notes
      </Subtitle1>
      <Field
        label={`Shared notes: ${title}`}
        hint={`${reportName ?? 'They'} can read these notes: they are part of the conversation record you both see.`}
      >
        <Textarea
          value={text}
          onChange={(_, data) => {
            if (value) edit({ notes: { ...value.notes, [phase]: data.value } });
          }}
          disabled={!ready}
          readOnly={conflict !== undefined}
          resize="vertical"
          rows={rows}
        />
      </Field>
      <AutosaveStatusLine
        snapshot={snapshot}
        where="the conversation record"
        onRetry={() => {
          engine.retry();
        }}
      />
      <Checkbox
        checked={covered}
        disabled={!ready || hasNotes || conflict !== undefined}
        onChange={(_, data) => {
          if (!value) return;
          const rest = value.covered.filter((p) => p !== phase);
          edit({ covered: data.checked === true ? [...rest, phase] : rest });
        }}
        label={
          hasNotes
            ? `“${title}” is covered: it has notes`
            : `We covered “${title}” in this conversation`
        }
      />
      {conflict ? (
        <ConflictPanel
          key={sharedNotesText(conflict.theirs)}
          what="shared notes"
          mine={sharedNotesText(conflict.mine)}
          theirs={sharedNotesText(conflict.theirs)}
          initialMerge={serializePhaseNotes(
            mergePhaseNotes(conflict.mine.notes, conflict.theirs.notes),
          )}
          onResolve={(merged) => {
            const both = [...conflict.mine.covered, ...conflict.theirs.covered];
            engine.resolve({
              notes: parsePhaseNotes(merged),
              covered: PHASE_IDS.filter((p) => both.includes(p)),
            });
          }}
        />
      ) : null}
    </section>
  );
}
