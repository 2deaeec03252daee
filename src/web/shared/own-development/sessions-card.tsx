import { Link, Text } from '@fluentui/react-components';
import { useDateFormat } from '../use-date-format';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import { scriptById } from '../../../domain/playbook/scripts';
import { conversationLabel } from '../../../domain';
import { ReportSection } from '../report-section';
import type { SessionsView } from './my-development-model';
import { useSectionStyles } from './section-styles';
import { SharedNotesText } from '../shared-notes-text';

/** The next sessions with how to join, the reflection prompt once it reached you. */
export function SessionsCard({ view, zone }: { view: SessionsView; zone: string }) {
  const dates = useDateFormat();
  const styles = useSectionStyles();
  return (
    <ReportSection id="my-sessions" title="Your next sessions">
      {view.upcoming.length === 0 ? (
        <Text className={styles.muted}>
          Nothing is booked yet. Your manager books the sessions.
        </Text>
      ) : (
        <ul aria-label="Sessions booked with you, soonest first" className={styles.plainList}>
          {view.upcoming.map((c) => (
            <li key={c.id} className={styles.row}>
              <Text>
                {conversationLabel(c.kind)}: {dates.instant(c.event?.start ?? '')}
              </Text>
              {c.event?.joinUrl !== undefined && (
                <Link href={c.event.joinUrl} target="_blank" rel="noreferrer">
                  Join in Teams
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {view.promptsSent.map((c) => (
        <Prompt key={c.id} conversation={c} zone={zone} />
      ))}
    </ReportSection>
  );
}

function Prompt({ conversation }: { conversation: ConversationRecord; zone: string }) {
  const dates = useDateFormat();
  const styles = useSectionStyles();
  const prompt = conversation.prompt;
  if (!prompt) return null;
  return (
    <div>
      <Text as="h3" weight="semibold" block>
        Before we meet: the reflection prompt
      </Text>
      <Text block className={styles.muted}>
        Sent by {prompt.channel === 'mail' ? 'mail' : 'Teams chat'} on{' '}
        {dates.instant(prompt.deliverAt)}. Your manager may have put it in their own words.
      </Text>
      <Text as="p" block className={styles.notes}>
        {scriptById('reflection-prompt').text}
      </Text>
    </div>
  );
}

/**
 * The notes your manager shared with you, newest first: after each conversation on your page, or
 * the one conversation under way in a meeting's side panel.
 */
export function SharedNotesCard({
  records,
  empty = 'No notes were shared with you yet.',
}: {
  records: readonly ConversationRecord[];
  empty?: string;
}) {
  const dates = useDateFormat();
  const styles = useSectionStyles();
  return (
    <ReportSection id="my-notes" title="Notes shared with you">
      {records.length === 0 ? (
        <Text className={styles.muted}>{empty}</Text>
      ) : (
        <ul aria-label="Shared notes, newest first" className={styles.plainList}>
          {records.map((c) => (
            <li key={c.id}>
              <Text weight="semibold" block>
                {conversationLabel(c.kind)}, {dates.instant(c.heldAt ?? c.event?.start ?? '')}
              </Text>
              {c.sharedNotes.trim() === '' ? (
                <Text as="p" block className={styles.notes}>
                  No notes yet.
                </Text>
              ) : (
                <div className={styles.notes}>
                  <SharedNotesText notes={c.sharedNotes} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </ReportSection>
  );
}
