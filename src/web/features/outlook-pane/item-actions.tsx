import { Link, Text } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import { appLinksFor } from '../../../domain';
import { hrefFor } from '../../app/routes';
import { useAppLinkTarget } from '../../data/app-links';
import type { OutlookItem } from '../../host/outlook-item';
import { usePaneStyles } from './pane-styles';
import { itemEventQuery } from './item-event-query';

/** The booked conversation an event is: its own event, or an occurrence of its series. */
export function conversationOfEvent(
  conversations: readonly ConversationRecord[],
  eventId: string | undefined,
): ConversationRecord | undefined {
  if (eventId === undefined) return undefined;
  return conversations.find(
    (c) => c.state === 'booked' && (c.event?.eventId === eventId || c.event?.seriesId === eventId),
  );
}

/** On the booked career conversation's event: straight into conversation mode. */
export function MeetingAction({
  item,
  reportId,
  conversations,
}: {
  item: OutlookItem;
  reportId: string;
  conversations: readonly ConversationRecord[];
}) {
  const styles = usePaneStyles();
  const eventId = useQuery(itemEventQuery(item));
  const booked = conversationOfEvent(conversations, eventId.data ?? undefined);
  if (!booked) return null;
  return (
    <section aria-labelledby="pane-meeting" className={styles.section}>
      <Text as="h3" weight="semibold" id="pane-meeting">
        This is your booked career conversation
      </Text>
      <Link href={hrefFor({ screen: 'conversation', reportId, phase: 'where-now' })}>
        Open conversation mode
      </Link>
    </section>
  );
}

/** Their page in the app, in Teams when the app is there, else in the browser. */
export function OpenInAppAction({ reportId }: { reportId: string }) {
  const styles = usePaneStyles();
  const target = useAppLinkTarget();
  if (!target) return null;
  const links = appLinksFor(target, { page: 'contract', reportId });
  return (
    <div className={styles.row}>
      {links.teams ? (
        <Link href={links.teams} target="_blank" rel="noreferrer">
          Open their page in Teams
        </Link>
      ) : null}
      <Link href={links.browser} target="_blank" rel="noreferrer">
        Open their page in the browser
      </Link>
    </div>
  );
}
