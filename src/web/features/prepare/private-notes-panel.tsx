import {
  Badge,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { AutosaveStatusLine } from '../../shared/autosave/autosave-status';
import { ConflictPanel } from '../../shared/autosave/conflict-panel';
import { usePrivateNotesAutosave } from './api/autosave-private-notes';

const useStyles = makeStyles({
  heading: { margin: 0 },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  titleRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  privacy: { color: tokens.colorNeutralForeground2 },
});

/**
 * The manager's private notes for one report. They autosave to the manager's OneDrive app
 * folder and are never sent to the career API, so the person never sees them.
 */
export function PrivateNotesPanel({ reportId }: { reportId: string }) {
  const styles = useStyles();
  const titleId = useId();
  const { engine, snapshot, valid } = usePrivateNotesAutosave(reportId);
  const status = snapshot?.status.kind ?? 'loading';
  const editable = valid && status !== 'loading' && status !== 'unreachable';
  const conflict = snapshot?.status.kind === 'conflict' ? snapshot.status : undefined;

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <div className={styles.titleRow}>
        <Title3 as="h2" className={styles.heading} id={titleId}>
          Your private notes
        </Title3>
        <Badge appearance="outline" color="informative">
          Only you
        </Badge>
      </div>
      <Text className={styles.privacy}>
        Only you can read these notes. They are stored in your OneDrive, not in the shared contract.
      </Text>
      {!valid ? (
        <MessageBar intent="error">
          <MessageBarBody>
            Notes cannot be kept for this person: their id cannot name a file in your OneDrive.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label="Private preparation notes" hint="Saved as you type.">
        <Textarea
          value={snapshot?.value ?? ''}
          onChange={(_, data) => {
            engine?.edit(data.value);
          }}
          disabled={!editable}
          readOnly={conflict !== undefined}
          resize="vertical"
          rows={12}
        />
      </Field>
      <AutosaveStatusLine
        snapshot={snapshot}
        where="your OneDrive"
        onRetry={() => engine?.retry()}
      />
      {conflict && engine ? (
        <ConflictPanel
          key={conflict.theirs}
          what="private notes"
          mine={conflict.mine}
          theirs={conflict.theirs}
          onResolve={(merged) => {
            engine.resolve(merged);
          }}
        />
      ) : null}
    </section>
  );
}
