import { Badge, Button, Field, Text, Textarea } from '@fluentui/react-components';
import { useId, useRef, useState, type ReactNode } from 'react';
import type { CurrentContract } from '../../../adapters/career-api/career-api-client';
import { CONTRACT_LIMITS, Temporal, type Party } from '../../../domain';
import { commitmentLine, inGiftLine } from '../../../domain/messages/contract-lines';
import { ErrorBar } from '../query-state';
import { useMarkCommitmentDone } from '../../data/mark-commitment-done';
import { DoneNote } from '../done-note';
import { ReportSection } from '../report-section';
import { fluentRef } from '../fluent-ref';
import { commitmentRows, KEPT_LABEL, type CommitmentRow, type Kept } from './my-development-model';
import { useSectionStyles } from './section-styles';

const KEPT_COLOUR: Record<Kept, 'success' | 'warning' | 'danger' | 'informative'> = {
  kept: 'success',
  'kept-late': 'warning',
  overdue: 'danger',
  open: 'informative',
};

/** Your commitments (you mark them done) and your manager's to you, with whether they were kept. */
export function CommitmentsCard({
  userId,
  contract,
  zone,
  managerFirstName,
}: {
  userId: string;
  contract: CurrentContract;
  zone: string;
  /** Who the note is for, as the form names them. */
  managerFirstName: string;
}) {
  const today = Temporal.Now.plainDateISO(zone);
  const rows = (party: Party) => commitmentRows(contract.current.commitments, party, today, zone);
  return (
    <ReportSection id="my-commitments" title="Commitments">
      <Rows
        title="Yours"
        label="Your commitments"
        rows={rows('report')}
        action={(row) => (
          <MarkDone
            userId={userId}
            contract={contract}
            zone={zone}
            row={row}
            noteFor={managerFirstName}
          />
        )}
      />
      <Rows
        title="Your manager’s, to you"
        label="Your manager’s commitments"
        rows={rows('manager')}
        statement={(row) => inGiftLine(row.commitment, managerFirstName)}
      />
    </ReportSection>
  );
}

function Rows({
  title,
  label,
  rows,
  action,
  statement,
}: {
  title: string;
  label: string;
  rows: CommitmentRow[];
  action?: (row: CommitmentRow) => ReactNode;
  /** What the commitment's maker said of it, attributed to them. */
  statement?: (row: CommitmentRow) => string | undefined;
}) {
  const styles = useSectionStyles();
  return (
    <>
      <Text as="h3" weight="semibold">
        {title}
      </Text>
      {rows.length === 0 ? (
        <Text className={styles.muted}>None in the current version.</Text>
      ) : (
        <ul aria-label={label} className={styles.plainList}>
          {rows.map((row) => (
            <li key={row.commitment.id} className={styles.row}>
              <Text>{commitmentLine(row.commitment)}</Text>
              <Badge appearance="tint" color={KEPT_COLOUR[row.kept]}>
                {KEPT_LABEL[row.kept]}
              </Badge>
              <DoneNote commitment={row.commitment} />
              <Statement text={statement?.(row)} />
              {action?.(row)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Statement({ text }: { text: string | undefined }) {
  const styles = useSectionStyles();
  return text === undefined ? null : (
    <Text block italic className={styles.muted}>
      {text}
    </Text>
  );
}

/**
 * "Mark done" opens a small form beside the commitment for an optional note to the manager; it
 * is only saved on Confirm. Escape or Cancel closes it and puts focus back on the button.
 */
function MarkDone({
  userId,
  contract,
  zone,
  row,
  noteFor,
}: {
  userId: string;
  contract: CurrentContract;
  zone: string;
  row: CommitmentRow;
  noteFor: string;
}) {
  const styles = useSectionStyles();
  const mark = useMarkCommitmentDone(userId, zone);
  const [failed, setFailed] = useState<unknown>();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const formId = useId();
  if (row.commitment.status !== 'open') return null;
  const { action } = row.commitment;
  const close = (): void => {
    setAsking(false);
    setNote('');
    opener.current?.focus();
  };
  return (
    <>
      <Button
        ref={fluentRef(opener)}
        size="small"
        aria-label={`Mark done: ${action}`}
        aria-expanded={asking}
        aria-controls={asking ? formId : undefined}
        onClick={() => {
          setFailed(undefined);
          setAsking(!asking);
        }}
      >
        Mark done
      </Button>
      {asking && (
        <form
          id={formId}
          aria-label={`Mark done: ${action}`}
          className={styles.fullLine}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              close();
            }
          }}
          onSubmit={(event) => {
            event.preventDefault();
            setFailed(undefined);
            mark.mutate(
              {
                commitmentId: row.commitment.id,
                etag: contract.etag,
                ...(note.trim() === '' ? {} : { note }),
              },
              { onError: setFailed },
            );
          }}
        >
          <Field
            label={`Add a note for ${noteFor} (optional)`}
            hint={`Up to ${String(CONTRACT_LIMITS.doneNoteMax)} characters. You both see it beside the commitment.`}
          >
            <Textarea
              autoFocus
              value={note}
              maxLength={CONTRACT_LIMITS.doneNoteMax}
              onChange={(_, data) => {
                setNote(data.value);
              }}
            />
          </Field>
          <div className={styles.row}>
            <Button type="submit" appearance="primary" disabled={mark.isPending}>
              {mark.isPending ? 'Saving…' : 'Confirm'}
            </Button>
            <Button type="button" disabled={mark.isPending} onClick={close}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {failed !== undefined && <ErrorBar error={failed} what="Marking it done" />}
    </>
  );
}
