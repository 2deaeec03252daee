import { Field, Link, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import type { DateFormat } from '../../shared/date-format';
import { useDateFormat } from '../../shared/use-date-format';
import { useState } from 'react';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import {
  CHECKLIST_IDS,
  CHECKLIST_TITLES,
  evaluateChecklists,
  type ChecklistItemId,
  type ReportHistory,
  type Temporal,
} from '../../../domain';
import { hrefFor } from '../../app/routes';
import { conversationLabel } from '../../../domain';
import { ErrorBar } from '../../shared/query-state';
import { useSaveManualTick } from './api/save-manual-ticks';
import { ChecklistGroup } from './checklist-group';
import {
  checklistConversations,
  defaultChecklistConversation,
  previousFullConversation,
} from './report-page-model';
import { ReportSection } from '../../shared/report-section';

const useStyles = makeStyles({
  groups: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(400px, 1fr))',
    gap: tokens.spacingVerticalL,
  },
  picker: { maxWidth: '420px' },
});

function optionLabel(c: ConversationRecord, dates: DateFormat): string {
  const at = c.heldAt ?? c.event?.start;
  const state = c.state === 'held' ? 'held' : 'booked for';
  return `${conversationLabel(c.kind)}, ${state} ${at ? dates.instant(at) : 'no date'}`;
}

/** The playbook's four checklists for one full conversation, ticked from the records. */
export function ChecklistsSection({
  reportId,
  history,
  conversations,
  now,
  zone,
}: {
  reportId: string;
  history: ReportHistory;
  /** The same conversations as the API gave them, with their ETags for a manual tick. */
  conversations: readonly ConversationRecord[];
  now: Temporal.Instant;
  zone: string;
}) {
  const dates = useDateFormat();
  const styles = useStyles();
  const options = checklistConversations(conversations);
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  const save = useSaveManualTick(reportId);
  const [status, setStatus] = useState('');
  // The tick as the person clicked it, set in the click's own render: the mutation's pending state
  // arrives a tick later, and a controlled checkbox would flick back in between.
  const [clicked, setClicked] = useState<{ item: ChecklistItemId; ticked: boolean }>();
  const conversation =
    options.find((c) => c.id === chosenId) ?? defaultChecklistConversation(conversations);

  if (conversation === undefined) {
    return (
      <ReportSection id="checklists" title="Checklists">
        <Text>
          The before, during and after checklists start once a career conversation is booked.{' '}
          <Link href={hrefFor({ screen: 'book', reportId })}>Book the quarterly series</Link>
        </Text>
      </ReportSection>
    );
  }
  const previous = previousFullConversation(conversations, conversation);
  const state = evaluateChecklists({
    history,
    conversation,
    ...(previous ? { previous } : {}),
    now,
    zone,
    wording: dates,
  });

  return (
    <ReportSection id="checklists" title="Checklists">
      <Field label="Checklists for" className={styles.picker}>
        <Select
          value={conversation.id}
          onChange={(_, data) => {
            setChosenId(data.value);
          }}
        >
          {options.map((c) => (
            <option key={c.id} value={c.id}>
              {optionLabel(c, dates)}
            </option>
          ))}
        </Select>
      </Field>
      {save.error ? (
        <ErrorBar error={save.error} what="Your tick" title="Your tick was not saved" />
      ) : null}
      <div className={styles.groups}>
        {CHECKLIST_IDS.map((id) => (
          <ChecklistGroup
            key={id}
            title={CHECKLIST_TITLES[id]}
            items={state[id]}
            pending={clicked ?? (save.isPending ? save.variables : undefined)}
            tick={(item, ticked) => {
              setStatus('');
              setClicked({ item, ticked });
              save.mutate(
                { conversation, item, ticked },
                {
                  onSuccess: () => {
                    setStatus(ticked ? 'Ticked.' : 'Tick removed.');
                  },
                  onSettled: () => {
                    setClicked(undefined);
                  },
                },
              );
            }}
          />
        ))}
      </div>
      <Text role="status" aria-live="polite">
        {status}
      </Text>
    </ReportSection>
  );
}
