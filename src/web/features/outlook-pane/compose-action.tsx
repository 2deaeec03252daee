import { Button, Text } from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import { summaryMessage } from '../../../app/my-365/follow-through';
import { linksTo } from '../../../app/my-365/links-to';
import {
  composeInvitation,
  firstNameOf,
  systemClock,
  type Person,
  type TimeZoneId,
} from '../../../domain';
import { useAppLinkTarget } from '../../data/app-links';
import { lastHeldConversation } from '../../data/current-conversation';
import { useContract, useContractVersion } from '../../data/use-report-data';
import type { OutlookItem } from '../../host/outlook-item';
import { ErrorBar } from '../../shared/query-state';
import { toDevelopmentContract } from '../../shared/follow-through-state';
import { usePaneStyles } from './pane-styles';

interface ComposeProps {
  item: OutlookItem;
  report: Person;
  manager: Person;
  zone: TimeZoneId;
  conversations: readonly ConversationRecord[];
}

/**
 * In a message being written, at the cursor: the playbook's invitation, and the written summary
 * of the latest held conversation in the summary mail's own words, when there is one to give.
 */
export function ComposeAction(props: ComposeProps) {
  const insert = props.item.insertIntoBody;
  return insert ? <ComposeInserts {...props} insert={insert} /> : null;
}

function ComposeInserts({
  report,
  manager,
  zone,
  conversations,
  insert: insertIntoBody,
}: ComposeProps & { insert: (html: string) => Promise<void> }) {
  const styles = usePaneStyles();
  const appLinks = useAppLinkTarget();
  const insert = useMutation({ mutationFn: insertIntoBody });
  const held = lastHeldConversation(conversations);
  const contract = useContract(report.id, zone);
  const current = contract.data?.current.version ?? 0;
  // The summary names what this version dropped, which only the version before it shows.
  const previous = useContractVersion(report.id, current > 1 ? current - 1 : undefined);
  const previousReady = current <= 1 || previous.data !== undefined || previous.error !== null;

  const invitation = () =>
    composeInvitation({
      manager,
      report,
      sessions: [],
      zone: report.timeZone ?? zone,
      ...linksTo(appLinks, { page: 'contract', reportId: report.id }),
    }).html;
  const summary = () =>
    held && contract.data
      ? summaryMessage(
          {
            manager,
            report,
            contract: toDevelopmentContract(contract.data, [previous.data]),
            conversation: held,
            zone,
            ...(appLinks === undefined ? {} : { appLinks }),
          },
          systemClock.now(),
        ).html
      : undefined;

  const first = firstNameOf(report);
  const noSummary = !held
    ? `No summary to insert yet: you have not held a career conversation with ${first}.`
    : contract.data === null
      ? `No summary to insert yet: there is no development contract with ${first} to summarise.`
      : undefined;
  return (
    <section aria-labelledby="pane-compose" className={styles.section}>
      <Text as="h3" weight="semibold" id="pane-compose">
        In this message
      </Text>
      {insert.error ? (
        <ErrorBar error={insert.error} what="The wording" title="Not inserted" />
      ) : null}
      {held && contract.error ? <ErrorBar error={contract.error} what="The contract" /> : null}
      <div className={styles.actions}>
        <Button
          disabled={insert.isPending}
          onClick={() => {
            insert.mutate(invitation());
          }}
        >
          Insert the invitation wording
        </Button>
        {noSummary === undefined && !contract.error ? (
          <Button
            disabled={insert.isPending || !contract.data || !previousReady}
            onClick={() => {
              const html = summary();
              if (html !== undefined) insert.mutate(html);
            }}
          >
            Insert the summary
          </Button>
        ) : null}
        {noSummary === undefined ? null : <Text className={styles.muted}>{noSummary}</Text>}
        <span aria-live="polite">{insert.isSuccess ? <Text>Inserted.</Text> : null}</span>
      </div>
    </section>
  );
}
