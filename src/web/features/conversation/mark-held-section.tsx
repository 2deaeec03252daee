import { Button, Link, makeStyles, Text, Subtitle1, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import { phaseById } from '../../../domain';
import { hrefFor } from '../../app/routes';
import type { AutosaveEngine, AutosaveSnapshot } from '../../shared/autosave/autosave-engine';
import { ErrorBar } from '../../shared/query-state';
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
  const held = useMarkHeld(record.reportId, record.id);
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
              held.mutate(engine);
            }}
          >
            {held.isPending ? 'Saving…' : 'Mark held'}
          </Button>
          {contract}
        </div>
      )}
      {held.error ? (
        <ErrorBar
          error={held.error}
          what="Marking the conversation held"
          retry={() => {
            held.mutate(engine);
          }}
        />
      ) : null}
    </section>
  );
}
