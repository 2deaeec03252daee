import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import { useState } from 'react';
import type { ProfileRecord } from '../../../adapters/career-api/career-api-client';
import { isPortError } from '../../../app/ports/port-error';
import { PHASES, transitionById } from '../../../domain';
import { ErrorBar } from '../../shared/query-state';
import { useSaveDirection } from '../../data/save-direction';
import { ReportSection } from '../../shared/report-section';

const useStyles = makeStyles({
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

// An unsaved edit survives a reload: typed text is never lost.
const draftKey = (reportId: string) => `direction-draft:${reportId}`;

function readDraft(reportId: string): string | undefined {
  try {
    return sessionStorage.getItem(draftKey(reportId)) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeDraft(reportId: string, text: string | undefined): void {
  try {
    if (text === undefined) sessionStorage.removeItem(draftKey(reportId));
    else sessionStorage.setItem(draftKey(reportId), text);
  } catch {
    // Storage may be off (private mode); the text still lives in the form.
  }
}

/** Their 3-year direction in their own words, the transition points, and the edit. */
export function DirectionSection({
  reportId,
  profile,
}: {
  reportId: string;
  profile: ProfileRecord | null;
}) {
  const dates = useDateFormat();
  const styles = useStyles();
  const save = useSaveDirection(reportId);
  const [draft, setDraft] = useState<string | undefined>(() => readDraft(reportId));
  const [status, setStatus] = useState('');
  const editing = draft !== undefined;
  const change = (text: string | undefined) => {
    setDraft(text);
    writeDraft(reportId, text);
  };
  const conflict = isPortError(save.error, 'conflict');

  return (
    <ReportSection id="direction" title="Direction, in their own words">
      {profile?.direction ? (
        <>
          <blockquote className={styles.quote}>
            <Text>{profile.direction.text}</Text>
          </blockquote>
          <Text size={200} className={styles.muted}>
            Recorded {dates.instant(profile.direction.recordedAt)}
          </Text>
        </>
      ) : (
        <Text>
          Not recorded yet. Ask “{PHASES['where-to-go'].title}” and write it down as they say it.
        </Text>
      )}
      {profile && profile.transitions.length > 0 ? (
        <div>
          <Text weight="semibold">Transition points</Text>
          <ul className={styles.list}>
            {profile.transitions.map((t) => (
              <li key={t.transition}>
                {transitionById(t.transition).label} since {dates.date(t.since)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {editing ? (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            setStatus('');
            save.mutate(
              { text: draft, base: profile },
              {
                onSuccess: () => {
                  change(undefined);
                  setStatus('Direction saved.');
                },
              },
            );
          }}
        >
          <Field
            label="Their direction, in their own words"
            hint="Write it as they said it, not as you would put it. Both of you see it."
          >
            <Textarea
              value={draft}
              resize="vertical"
              rows={4}
              onChange={(_, data) => {
                change(data.value);
              }}
            />
          </Field>
          {save.error ? (
            <ErrorBar
              error={save.error}
              what="The direction"
              {...(conflict
                ? {
                    title:
                      'Changed elsewhere: your text is kept. Check theirs above, then save again.',
                  }
                : {})}
            />
          ) : null}
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save direction'}
            </Button>
            <Button
              onClick={() => {
                change(undefined);
                save.reset();
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className={styles.actions}>
          <Button
            onClick={() => {
              setStatus('');
              change(profile?.direction?.text ?? '');
            }}
          >
            {profile?.direction ? 'Edit direction' : 'Record their direction'}
          </Button>
        </div>
      )}
      <Text role="status" aria-live="polite">
        {status}
      </Text>
    </ReportSection>
  );
}
