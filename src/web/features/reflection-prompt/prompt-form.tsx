import {
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  Title3,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ConversationRecord } from '../../../adapters/career-api/career-api-client';
import type { BookingPeople } from '../../../app/my-365/booking';
import { ASSUMED_WORKING_HOURS } from '../../../domain';
import type { PromptChannel } from '../../../app/my-365/prompt/queue-reflection-prompt';
import { planReflectionPrompt } from '../../../app/my-365/prompt/queue-reflection-prompt';
import type { Temporal, TimeZoneId } from '../../../domain';
import { lintPromiseLanguage, REFLECTION_PROMPT, scriptById } from '../../../domain';
import { ErrorBar } from '../../shared/query-state';
import { useDateFormat } from '../../shared/use-date-format';
import { useTextDraft } from '../../shared/use-text-draft';
import { useQueuePrompt } from './api/queue-prompt';
import { PromptWording } from './prompt-wording';
import { usePromptStyles } from './prompt-styles';

const newKey = (): string => crypto.randomUUID();
/** The playbook's titles lead into a list ("...in advance:"); a heading stands alone. */
const headingOf = (title: string): string => title.replace(/:\s*$/, '');

export interface PromptFormProps {
  reportId: string;
  people: BookingPeople;
  conversation: ConversationRecord & { event: { start: string } };
  zone: TimeZoneId;
  now: Temporal.Instant;
}

/** The prompt, the channel and when it lands, a preview, and the one button that sends it. */
export function PromptForm({ reportId, people, conversation, zone, now }: PromptFormProps) {
  const styles = usePromptStyles();
  const dates = useDateFormat();
  const name = people.report.displayName;
  const wording = useTextDraft(
    `reflection-prompt.${reportId}`,
    scriptById('reflection-prompt').text,
  );
  const [channel, setChannel] = useState<PromptChannel>('mail');
  const [key, setKey] = useState(newKey);
  const queue = useQueuePrompt(reportId, () => {
    wording.clear();
    setKey(newKey());
  });
  const firstSessionStart = conversation.event.start;
  const plan = planReflectionPrompt({
    ...people,
    wording: wording.text,
    firstSessionStart,
    zone,
    reportHours: ASSUMED_WORKING_HOURS,
    now,
  });
  const findings = lintPromiseLanguage(wording.text, { party: 'manager', context: 'summary' });
  const send = (): void => {
    queue.mutate({
      people,
      conversation,
      firstSessionStart,
      wording: wording.text,
      channel,
      zone,
      reportHours: ASSUMED_WORKING_HOURS,
      key,
    });
  };
  const mailWhen = plan.ok ? dates.dayTime(plan.mailDeliverAt) : undefined;
  const theirWhen =
    plan.ok && plan.reportZone !== zone
      ? ` (${dates.inZone(plan.reportZone).dayTime(plan.mailDeliverAt)} for ${name})`
      : '';

  return (
    <div className={styles.root}>
      <section aria-labelledby="prompt-title" className={styles.section}>
        <Title3 as="h2" id="prompt-title">
          {headingOf(REFLECTION_PROMPT.title)}
        </Title3>
        <Text>{REFLECTION_PROMPT.note}</Text>
        <Text className={styles.muted}>
          The conversation starts {dates.dayTime(firstSessionStart)} (your time, {zone}).
        </Text>
        <Text>{REFLECTION_PROMPT.lead}</Text>
        <PromptWording
          name={name}
          text={wording.text}
          onChange={wording.change}
          edited={wording.edited}
          onReset={wording.clear}
          findings={findings}
        />
      </section>
      <section aria-labelledby="channel-title" className={styles.section}>
        <Title3 as="h2" id="channel-title">
          How it reaches {name}
        </Title3>
        <RadioGroup
          aria-labelledby="channel-title"
          value={channel}
          onChange={(_, data) => {
            setChannel(data.value === 'chat' ? 'chat' : 'mail');
          }}
        >
          <Radio
            value="mail"
            label={`By mail, delivered ${mailWhen ?? 'a few days before'}${theirWhen}`}
          />
          <Radio value="chat" label="In Teams chat, sent now: a chat message cannot be scheduled" />
        </RadioGroup>
        {plan.ok
          ? plan.warnings.map((w) => (
              <MessageBar key={w} intent="warning" layout="multiline">
                <MessageBarBody>{w}</MessageBarBody>
              </MessageBar>
            ))
          : null}
        {!plan.ok ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{plan.errors.map((e) => e.message).join(' ')}</MessageBarBody>
          </MessageBar>
        ) : null}
      </section>
      {plan.ok ? (
        <section aria-labelledby="preview-title" className={styles.section}>
          <Title3 as="h2" id="preview-title">
            What {name} receives
          </Title3>
          <Card>
            {channel === 'mail' ? <Text weight="semibold">{plan.message.subject}</Text> : null}
            <Text className={styles.preview}>{plan.message.text}</Text>
          </Card>
        </section>
      ) : null}
      {queue.error ? (
        <ErrorBar error={queue.error} what="The prompt" title="Not sent yet" retry={send} />
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!plan.ok || queue.isPending} onClick={send}>
          {queue.isPending
            ? 'Sending…'
            : channel === 'mail'
              ? `Queue the mail for ${mailWhen ?? 'later'}`
              : 'Send in Teams chat now'}
        </Button>
      </div>
    </div>
  );
}
