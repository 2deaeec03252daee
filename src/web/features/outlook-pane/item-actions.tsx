import { Button, Link, Text } from '@fluentui/react-components';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import { linksTo } from '../../../app/use-cases/links-to';
import { appLinksFor, composeInvitation, type Person, type TimeZoneId } from '../../../domain';
import { hrefFor } from '../../app/routes';
import { useAppLinkTarget } from '../../data/app-links';
import type { OutlookItem } from '../../host/outlook-item';
import { ErrorBar } from '../../shared/query-state';
import { usePaneStyles } from './pane-styles';

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
  const eventId = useQuery({
    queryKey: ['outlook-item', 'event-id'],
    queryFn: () => item.eventId(),
  });
  const booked = conversationOfEvent(conversations, eventId.data);
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

/** In a message being written: the playbook's invitation, addressed to the report, at the cursor. */
export function ComposeAction({
  item,
  report,
  manager,
  zone,
}: {
  item: OutlookItem;
  report: Person;
  manager: Person;
  zone: TimeZoneId;
}) {
  const styles = usePaneStyles();
  const appLinks = useAppLinkTarget();
  const insert = useMutation({
    mutationFn: (html: string) => item.insertIntoBody?.(html) ?? Promise.resolve(),
  });
  if (!item.insertIntoBody) return null;
  const invitation = () =>
    composeInvitation({
      manager,
      report,
      sessions: [],
      zone: report.timeZone ?? zone,
      ...linksTo(appLinks, { page: 'contract', reportId: report.id }),
    }).html;
  return (
    <section aria-labelledby="pane-compose" className={styles.section}>
      <Text as="h3" weight="semibold" id="pane-compose">
        In this message
      </Text>
      {insert.error ? (
        <ErrorBar error={insert.error} what="The wording" title="Not inserted" />
      ) : null}
      <div className={styles.row}>
        <Button
          disabled={insert.isPending}
          onClick={() => {
            insert.mutate(invitation());
          }}
        >
          Insert the invitation wording
        </Button>
        <span aria-live="polite">{insert.isSuccess ? <Text>Inserted.</Text> : null}</span>
      </div>
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
