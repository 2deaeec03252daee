import { Button, Link, makeStyles, Text, Subtitle1, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import { phaseById, Temporal } from '../../../domain';
import { useState } from 'react';
import { heldWouldBeEarly } from '../../data/end-series-early';
import { HeldEarlyDialog } from '../../shared/held-early-dialog';
import { hrefFor } from '../../app/routes';
import type { AutosaveEngine, AutosaveSnapshot } from '../../shared/autosave/autosave-engine';
import { ErrorBar } from '../../shared/query-state';
import { useProfile } from '../../data/use-report-data';
import { useSaveDirection } from '../../data/save-direction';
import { proposedDirection } from './api/confirm-direction';
import { useMarkHeld } from './api/mark-held';
import {
  phasesReached,
  type SharedNotesValue,
} from '../../shared/conversation/notes-sync/shared-notes-value';

const useStyles = makeStyles({
  heading: { margin: 0 },
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
  },
});

export interface MarkHeldSectionProps {
  record: ConversationRecord;
  engine: AutosaveEngine<SharedNotesValue>;
  snapshot: AutosaveSnapshot<SharedNotesValue> | undefined;
}

/** The end of phase 3: mark the conversation held (notes saved first), then the contract. */
export function MarkHeldSection({ record, engine, snapshot }: MarkHeldSectionProps) {
  const dates = useDateFormat();
  const styles = useStyles();
  const held = useMarkHeld(record);
  const profile = useProfile(record.reportId);
  const saveDirection = useSaveDirection(record.reportId);
  const proposed = proposedDirection(snapshot?.value?.notes['where-to-go'] ?? '');
  const recordedDirection = profile.data?.direction;
  const [askEarly, setAskEarly] = useState(false);
  const reached = snapshot?.value ? phasesReached(snapshot.value) : record.phasesReached;
  const contract = (
    <Link href={hrefFor({ screen: 'contract', reportId: record.reportId })}>
      Next: the development contract
    </Link>
  );

  return (
    <section className={styles.root} aria-labelledby="end-of-conversation">
      <Subtitle1 as="h3" className={styles.heading} id="end-of-conversation">
        End of the conversation
      </Subtitle1>
      <Text>
        Phases covered:{' '}
        {reached.length > 0 ? reached.map((p) => `“${phaseById(p).title}”`).join(', ') : 'none yet'}
      </Text>
      {record.state === 'held' ? (
        <div className={styles.actions} role="status">
          <Text weight="semibold">
            Held{record.heldAt ? ` ${dates.instant(record.heldAt)}` : ''}.
          </Text>
          {contract}
        </div>
      ) : (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={held.isPending}
            onClick={() => {
              if (heldWouldBeEarly(record, Temporal.Now.instant())) setAskEarly(true);
              else held.mutate({ notes: engine, early: false });
            }}
          >
            {held.isPending ? 'Saving…' : 'Mark held'}
          </Button>
          {contract}
        </div>
      )}
      {proposed ? (
        <div className={styles.actions} aria-label="Their direction" role="group">
          {recordedDirection?.text === proposed ? (
            <Text role="status">
              Recorded as their direction {dates.instant(recordedDirection.recordedAt)}: “{proposed}
              ”.
            </Text>
          ) : (
            <>
              <Text>Phase 2 produced: “{proposed}”.</Text>
              <Button
                disabled={saveDirection.isPending || profile.isPending}
                onClick={() => {
                  saveDirection.mutate({ text: proposed, base: profile.data ?? null });
                }}
              >
                Confirm as their direction
              </Button>
            </>
          )}
        </div>
      ) : null}
      {saveDirection.error ? (
        <ErrorBar error={saveDirection.error} what="Recording their direction" />
      ) : null}
      {held.error ? (
        <ErrorBar
          error={held.error}
          what="Marking the conversation held"
          retry={() => {
            held.mutate({ notes: engine, early: heldWouldBeEarly(record, Temporal.Now.instant()) });
          }}
        />
      ) : null}
      <HeldEarlyDialog
        open={askEarly}
        firstSession={record.event ? dates.range(record.event.start, record.event.end) : ''}
        onConfirm={() => {
          setAskEarly(false);
          held.mutate({ notes: engine, early: true });
        }}
        onDismiss={() => {
          setAskEarly(false);
        }}
      />
    </section>
  );
}
