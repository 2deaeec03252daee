import { makeStyles, Select, Subtitle1, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import { PHASE_LIST, phaseById, type PhaseId } from '../../../domain';
import { useDateFormat } from '../../shared/use-date-format';
import { useSharedNotesAutosave } from '../../shared/conversation/autosave-shared-notes';
import { describeRecord, phaseUnderWay, plannedMinutes } from '../../data/conversation-for-mode';
import { PhaseFollowUps } from '../../shared/conversation/phase-guide';
import { OpeningQuestions, PhaseGuidance } from '../../shared/conversation/phase-questions';
import { SharedNotesPanel } from '../../shared/conversation/shared-notes-panel';
import { ConversationTimer } from '../../shared/conversation/timer/conversation-timer';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  // Beside the timer on one line; the phase's full title is the heading just below.
  phase: { flex: '1 1 6rem', minWidth: 0 },
});

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
  const [phase, setPhase] = useState<PhaseId>(() => phaseUnderWay(record));
  const minutes = plannedMinutes(record);
  const info = phaseById(phase);
  return (
    <div className={styles.root}>
      <Subtitle1 as="h1" className={styles.heading}>
        {reportName}
      </Subtitle1>
      <Text size={200} className={styles.muted}>
        {describeRecord(record, dates)}
      </Text>
      <div className={styles.bar}>
        <Select
          aria-label="Phase"
          className={styles.phase}
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
        <ConversationTimer
          conversationId={record.id}
          {...(minutes ? { plannedMinutes: minutes } : {})}
        />
      </div>
      <Subtitle2 as="h2" className={styles.heading}>
        {info.number}. {info.title}
      </Subtitle2>
      <OpeningQuestions phase={phase} withGuidance={false} />
      <SharedNotesPanel
        phase={phase}
        engine={engine}
        snapshot={snapshot}
        reportName={reportName}
        rows={4}
      />
      <PhaseGuidance phase={phase} />
      <PhaseFollowUps phase={phase} />
    </div>
  );
}
