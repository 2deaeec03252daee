import { Text } from '@fluentui/react-components';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import type { Person, TimeZoneId } from '../../../domain';
import { useDateFormat } from '../../shared/use-date-format';
import { useBookNextConversation } from '../../data/book-next-conversation';
import { BookNextControls } from '../../shared/book-next-controls';
import { toHistory } from '../../shared/follow-through-state';
import { usePaneStyles } from './pane-styles';

export interface BookNextActionProps {
  report: Person;
  manager: Person;
  zone: TimeZoneId;
  conversations: readonly ConversationRecord[];
  /** The start of the full conversation already booked, if any: nothing to book then. */
  nextStart: string | undefined;
}

/**
 * The close screen's "Book the next conversation", from the pane: the conversation the cadence
 * says is due, 90 minutes free for both, a Teams meeting in both calendars recurring quarterly.
 */
export function BookNextAction(props: BookNextActionProps) {
  const { report, manager, zone, conversations, nextStart } = props;
  const styles = usePaneStyles();
  const dates = useDateFormat();
  const book = useBookNextConversation(report.id, zone);
  const submit = () => {
    book.mutate({
      history: toHistory({ report, managerId: manager.id, conversations }),
      manager,
      report,
    });
  };
  const booked = book.data?.conversation.event;
  return (
    <section aria-labelledby="pane-book" className={styles.section}>
      <Text as="h3" weight="semibold" id="pane-book">
        Next conversation
      </Text>
      {booked ? (
        <Text aria-live="polite">
          Booked for {dates.range(booked.start, booked.end)}, in both calendars.
        </Text>
      ) : nextStart ? (
        <Text>Already booked for {dates.instant(nextStart)}.</Text>
      ) : (
        <BookNextControls
          error={book.error}
          pending={book.isPending}
          rowClassName={styles.row}
          onBook={submit}
        />
      )}
    </section>
  );
}
