import {
  Field,
  makeStyles,
  Select,
  Subtitle2,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import { PHASE_IDS, PHASE_LIST, phaseById, type PhaseId } from '../../../domain';
import { useDateFormat } from '../../shared/use-date-format';
import { useSharedNotesAutosave } from '../conversation/api/autosave-shared-notes';
import { describeRecord, plannedMinutes } from '../conversation/conversation-for-mode';
import { PhaseFollowUps } from '../conversation/phase-guide';
import { OpeningQuestions } from '../conversation/phase-questions';
import { SharedNotesPanel } from '../conversation/shared-notes-panel';
import { ConversationTimer } from '../conversation/timer/conversation-timer';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    justifyContent: 'space-between',
    gap: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The first phase not yet reached: where the conversation picks up. */
function currentPhase(record: ConversationRecord): PhaseId {
  return PHASE_IDS.find((phase) => !record.phasesReached.includes(phase)) ?? 'where-now';
}

/**
 * The manager's side panel: conversation mode narrowed to 320 px. The phase's opening questions
 * and the shared notes come first (both fit the first screen), then the techniques and probes.
 * Notes autosave to the same record, with the same conflict handling, as conversation mode.
 */
export function ManagerMeetingPanel({
  record,
  reportName,
}: {
  record: ConversationRecord;
  reportName: string;
}) {
  const styles = useStyles();
  const dates = useDateFormat();
  const { engine, snapshot } = useSharedNotesAutosave(record.id);
  const [phase, setPhase] = useState<PhaseId>(() => currentPhase(record));
  const minutes = plannedMinutes(record);
  const info = phaseById(phase);
  return (
    <div className={styles.root}>
      <Title3 as="h1" className={styles.heading}>
        Career conversation: {reportName}
      </Title3>
      <Text size={200} className={styles.muted}>
        {describeRecord(record, dates)}
      </Text>
      <div className={styles.bar}>
        <Field label="Phase" size="small">
          <Select
            size="small"
            value={phase}
            onChange={(_, data) => {
              setPhase(data.value as PhaseId);
            }}
          >
            {PHASE_LIST.map((p) => (
              <option key={p.id} value={p.id}>
                {p.number}. {p.title}
              </option>
            ))}
          </Select>
        </Field>
        <ConversationTimer
          conversationId={record.id}
          {...(minutes ? { plannedMinutes: minutes } : {})}
        />
      </div>
      <Subtitle2 as="h2" className={styles.heading}>
        {info.number}. {info.title}
      </Subtitle2>
      <OpeningQuestions phase={phase} />
      <SharedNotesPanel phase={phase} engine={engine} snapshot={snapshot} reportName={reportName} />
      <PhaseFollowUps phase={phase} />
    </div>
  );
}
