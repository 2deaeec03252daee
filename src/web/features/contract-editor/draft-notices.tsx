import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import { useState } from 'react';
import type { Overlap } from './rebase-draft';

const useStyles = makeStyles({
  overlaps: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The draft came back from this browser's storage; discarding it takes a second click. */
export function RestoredDraftNotice({
  savedAt,
  onDiscard,
}: {
  savedAt: string;
  onDiscard: () => void;
}) {
  const dates = useDateFormat();
  const [confirm, setConfirm] = useState(false);
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        Restored your unsaved draft from {dates.instant(savedAt)}. It stays in this browser until
        you save it.
      </MessageBarBody>
      <MessageBarActions>
        {confirm ? (
          <Button onClick={onDiscard}>Yes, discard my draft</Button>
        ) : (
          <Button
            onClick={() => {
              setConfirm(true);
            }}
          >
            Discard my draft
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}

/** After a re-apply: where both changed the same thing, theirs is shown beside what was kept. */
export function OverlapsNotice({ overlaps }: { overlaps: readonly Overlap[] }) {
  const styles = useStyles();
  if (overlaps.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        Both of you changed the same thing; your version is kept, theirs is here:
        <ul className={styles.overlaps}>
          {overlaps.map((o, i) => (
            <li key={`${String(i)}:${o.field}`}>
              {o.what} ({o.field}): theirs “{o.theirs}”, yours “{o.yours}”
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
