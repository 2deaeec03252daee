import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { DateFormat } from '../../shared/date-format';
import { useDateFormat } from '../../shared/use-date-format';
import type { ConversationList } from '../../../adapters/career-api/career-api-client';
import { PHASES, triggerById } from '../../../domain';
import { hrefFor } from '../../app/routes';
import { conversationLabel } from '../../../domain';
import { ConversationStateBadge } from './record-badges';
import { conversationsNewestFirst } from './report-page-model';
import { ReportSection } from '../../shared/report-section';
import { EARLIER_HISTORY_NOTE } from '../../shared/earlier-history';
import { SharedNotesText } from '../../shared/shared-notes-text';
import { plainList } from '../../shared/list-styles';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalM),
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  notes: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    whiteSpace: 'pre-wrap',
  },
});

function when(at: string | undefined, dates: DateFormat): string {
  return at ? dates.instant(at) : 'no date';
}

/** Every conversation on record, newest first: kind, date, phases reached, the shared notes. */
export function HistorySection({ reportId, list }: { reportId: string; list: ConversationList }) {
  const dates = useDateFormat();
  const styles = useStyles();
  const items = conversationsNewestFirst(list.items);
  return (
    <ReportSection id="history" title="Conversation history">
      {items.length === 0 ? (
        <Text>
          {list.earlierHistory
            ? 'No career conversation with you yet.'
            : 'No career conversation on record yet.'}{' '}
          <Link href={hrefFor({ screen: 'book', reportId })}>Book the quarterly series</Link>
        </Text>
      ) : (
        <ul className={styles.list} aria-label="Conversations, newest first">
          {items.map((c) => (
            <li key={c.id} className={styles.item}>
              <div className={styles.heading}>
                <Text weight="semibold" as="h3">
                  {conversationLabel(c.kind)}, {when(c.heldAt ?? c.event?.start, dates)}
                </Text>
                <ConversationStateBadge state={c.state} />
              </div>
              {c.trigger ? (
                <Text size={200}>Called by a trigger: {triggerById(c.trigger).label}</Text>
              ) : null}
              {c.kind === 'full' || c.phasesReached.length > 0 ? (
                <Text size={200} className={styles.muted}>
                  Phases reached:{' '}
                  {c.phasesReached.length === 0
                    ? 'none yet'
                    : c.phasesReached.map((p) => PHASES[p].title).join(' · ')}
                </Text>
              ) : null}
              {c.summarySentAt ? (
                <Text size={200} className={styles.muted}>
                  Summary sent {dates.instant(c.summarySentAt)}
                </Text>
              ) : null}
              {c.sharedNotes.trim() ? (
                <blockquote className={styles.notes} aria-label="Shared notes">
                  <SharedNotesText notes={c.sharedNotes} />
                </blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {list.earlierHistory ? <Text className={styles.muted}>{EARLIER_HISTORY_NOTE}</Text> : null}
    </ReportSection>
  );
}
