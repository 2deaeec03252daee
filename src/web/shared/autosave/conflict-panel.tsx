import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { mergeTexts } from './merge-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  versions: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});

export interface ConflictPanelProps {
  mine: string;
  theirs: string;
  /** What the text is, e.g. "notes". */
  what: string;
  /** A merge that knows the text's structure; by default every line of both. */
  initialMerge?: string;
  onResolve: (merged: string) => void;
}

/**
 * Both versions side by side and a merge to edit, prefilled with every line of both: the
 * person removes what they do not want; nothing has to be retyped. Key it by `theirs` so a
 * newer conflict starts from a fresh merge.
 */
export function ConflictPanel({ mine, theirs, what, initialMerge, onResolve }: ConflictPanelProps) {
  const styles = useStyles();
  const [merged, setMerged] = useState(() => initialMerge ?? mergeTexts(mine, theirs));
  return (
    <section className={styles.root} aria-label={`Merge your ${what}`}>
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>Your {what} were changed somewhere else</MessageBarTitle>
          Perhaps in another tab or on another device. Nothing was overwritten: check the merged
          version, change it as you like, then save it.
        </MessageBarBody>
      </MessageBar>
      <div className={styles.versions}>
        <Field label="Your version (on this device)">
          <Textarea value={mine} readOnly resize="vertical" rows={6} />
        </Field>
        <Field label="The version saved elsewhere">
          <Textarea value={theirs} readOnly resize="vertical" rows={6} />
        </Field>
      </div>
      <Field label="Merged version" hint="Both versions, each line once where they agree.">
        <Textarea
          value={merged}
          onChange={(_, data) => {
            setMerged(data.value);
          }}
          resize="vertical"
          rows={8}
        />
      </Field>
      <div>
        <Button
          appearance="primary"
          onClick={() => {
            onResolve(merged);
          }}
        >
          Save the merged version
        </Button>
      </div>
    </section>
  );
}
