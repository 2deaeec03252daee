import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { PromptDelivery, TimeZoneId } from '../../../domain';
import { Temporal } from '../../../domain';
import { useDateFormat } from '../../shared/use-date-format';

export interface PromptStatusProps {
  prompt: PromptDelivery;
  /** When the conversation starts. */
  meetsAt: string;
  name: string;
  reportZone: TimeZoneId;
  now: Temporal.Instant;
}

/** When the prompt was or will be delivered, in the manager's time and the report's. */
export function PromptStatus({ prompt, meetsAt, name, reportZone, now }: PromptStatusProps) {
  const dates = useDateFormat();
  const meeting = ` The conversation starts ${dates.dayTime(meetsAt)}.`;
  const when = dates.dayTime(prompt.deliverAt);
  const theirs =
    reportZone === dates.zone
      ? ''
      : ` (${dates.inZone(reportZone).dayTime(prompt.deliverAt)} for ${name})`;
  const queued = dates.dayTime(prompt.queuedAt);
  const pending = Temporal.Instant.compare(prompt.deliverAt, now) > 0;
  if (prompt.channel === 'chat') {
    return (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Sent in Teams chat</MessageBarTitle>
          <Text>
            Posted to {name} in your one-on-one Teams chat on {when}
            {theirs}.{meeting}
          </Text>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={pending ? 'info' : 'success'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{pending ? 'Queued by mail' : 'Delivered by mail'}</MessageBarTitle>
        <Text>
          {pending
            ? `Will arrive ${when}${theirs} in ${name}’s mailbox. Your mail server holds it until then, so it goes even if this app is closed.`
            : `Delivered to ${name}’s mailbox ${when}${theirs}.`}{' '}
          Queued {queued}.{meeting}
        </Text>
      </MessageBarBody>
    </MessageBar>
  );
}
