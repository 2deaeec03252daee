import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useDateFormat } from '../../shared/use-date-format';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import { PHASE_IDS, phaseById, type PhaseId } from '../../../domain';
import { hrefFor } from '../../app/routes';
import { useConversations, useReportOverview } from '../../data/use-report-data';
import { QueryState } from '../../shared/query-state';
import { ReportJourneyLayout } from '../../app/report-journey/report-journey-layout';
import type { ReportScreenProps } from '../../app/report-journey/report-screen-props';
import { useSharedNotesAutosave } from '../../shared/conversation/autosave-shared-notes';
import {
  conversationForMode,
  describeRecord,
  plannedMinutes,
} from '../../data/conversation-for-mode';
import { MarkHeldSection } from './mark-held-section';
import { NoRecord } from './no-record';
import {
  PhaseFollowUps,
  PhaseGuide,
  PhasePurpose,
  PhaseTitle,
} from '../../shared/conversation/phase-guide';
import { NARROW, useIsNarrow } from '../../shared/narrow';
import { OpeningQuestions, PhaseGuidance } from '../../shared/conversation/phase-questions';
import { PhaseNav } from './phase-nav';
import { SharedNotesPanel } from '../../shared/conversation/shared-notes-panel';
import { ConversationTimer } from '../../shared/conversation/timer/conversation-timer';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    [NARROW]: { gap: tokens.spacingVerticalS },
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingVerticalS,
    // The phase select and the timer share the line.
    [NARROW]: { flexWrap: 'nowrap', '& > nav': { flex: '1 1 0', minWidth: 0 } },
  },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface ModeProps {
  reportId: string;
  reportName: string | undefined;
  phase: PhaseId;
}

function nextPhase(phase: PhaseId): PhaseId | undefined {
  return PHASE_IDS[PHASE_IDS.indexOf(phase) + 1];
}

/** One phase of a conversation with its record: notes autosave across the three phases. */
function ConversationMode({
  record,
  reportId,
  reportName,
  phase,
}: ModeProps & { record: ConversationRecord }) {
  const dates = useDateFormat();
  const styles = useStyles();
  const { engine, snapshot } = useSharedNotesAutosave(record.id);
  const next = nextPhase(phase);
  const minutes = plannedMinutes(record);
  const narrow = useIsNarrow();
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <PhaseNav reportId={reportId} phase={phase} />
        <ConversationTimer
          conversationId={record.id}
          {...(minutes ? { plannedMinutes: minutes } : {})}
        />
      </div>
      <div className={styles.meta}>
        <Text className={styles.muted}>{describeRecord(record, dates)}</Text>
        {record.event?.joinUrl ? (
          <Link href={record.event.joinUrl}>Join the Teams meeting</Link>
        ) : null}
      </div>
      <PhaseTitle phase={phase} withPurpose={!narrow} />
      {/* The questions that open the phase and the notes first: both fit the first screen, even
          in a 360 px meeting side panel; the purpose (when narrow), how to hold the phase and the
          probes follow. */}
      <OpeningQuestions phase={phase} withGuidance={false} />
      <SharedNotesPanel
        phase={phase}
        engine={engine}
        snapshot={snapshot}
        reportName={reportName}
        {...(narrow ? { rows: 4 } : {})}
      />
      {narrow ? <PhasePurpose phase={phase} /> : null}
      <PhaseGuidance phase={phase} />
      <PhaseFollowUps phase={phase} />
      {next ? (
        <Link href={hrefFor({ screen: 'conversation', reportId, phase: next })}>
          Next: {phaseById(next).number}. {phaseById(next).title}
        </Link>
      ) : (
        <MarkHeldSection record={record} engine={engine} snapshot={snapshot} />
      )}
    </div>
  );
}

/** Screen 6: conversation mode, one screen per phase, narrow enough to sit beside a meeting. */
export function ConversationScreen({
  reportId,
  zone,
  phase,
}: ReportScreenProps & { phase: PhaseId }) {
  const styles = useStyles();
  const conversations = useConversations(reportId);
  const { report } = useReportOverview(reportId, zone);
  const reportName = report?.person.displayName;
  return (
    <ReportJourneyLayout reportId={reportId} zone={zone} step="conversation" title="Conversation">
      <QueryState
        query={conversations}
        what="The conversation record"
        loadingLabel="Loading the conversation…"
      >
        {(list) => {
          const record = conversationForMode(list.items);
          return record ? (
            <ConversationMode
              key={record.id}
              record={record}
              reportId={reportId}
              reportName={reportName}
              phase={phase}
            />
          ) : (
            <div className={styles.root}>
              <NoRecord reportId={reportId} {...(reportName ? { reportName } : {})} />
              <PhaseNav reportId={reportId} phase={phase} />
              <PhaseTitle phase={phase} />
              <PhaseGuide phase={phase} />
            </div>
          );
        }}
      </QueryState>
    </ReportJourneyLayout>
  );
}
