import {
  composeContractSummary,
  toIsoInstant,
  type Clock,
  type ComposedMessage,
  type ConversationRecord,
  type DevelopmentContract,
  type IsoInstant,
  type Person,
  type Temporal,
  type TimeZoneId,
} from '../../../domain';
import { isPortError, PortError, type Mailer } from '../../ports';
import { linksTo } from '../links-to';
import type { AppLinkTarget } from '../../../domain';

/** A conversation as read, with the version tag a change must present. */
export interface ConversationAt {
  record: ConversationRecord;
  etag: string;
}

export interface SendSummaryPorts {
  /** The manager's own mailbox: the summary comes from them, not from an app. */
  mailer: Mailer;
  /** Records on the shared conversation when the summary went out (conditional on `etag`). */
  markSummarySent(conversationId: string, sentAt: IsoInstant, etag: string): Promise<void>;
  /** Reads the conversation again after someone else changed it. */
  readConversation(conversationId: string): Promise<ConversationAt>;
  clock: Clock;
}

export interface SendSummaryInput {
  manager: Person;
  report: Person;
  contract: DevelopmentContract;
  conversation: ConversationAt;
  zone: TimeZoneId;
  /** The manager's own opening paragraph; the playbook's default when blank. */
  intro?: string;
  /** Where the app runs, so the mail links back into it; no link when absent. */
  appLinks?: AppLinkTarget;
}

export interface SummarySent {
  messageId: string;
  sentAt: IsoInstant;
}

export type SummaryMessageInput = Omit<SendSummaryInput, 'conversation'> & {
  conversation: ConversationRecord;
};

/**
 * The summary mail as the report reads it, linking back to the conversation: one wording for the
 * mail and for anywhere else it is written out (the Outlook pane inserts it into a new message).
 */
export function summaryMessage(input: SummaryMessageInput, now: Temporal.Instant): ComposedMessage {
  const { conversation } = input;
  return composeContractSummary({
    manager: input.manager,
    report: input.report,
    contract: input.contract,
    conversation,
    zone: input.zone,
    now,
    ...(input.intro === undefined ? {} : { intro: input.intro }),
    ...linksTo(input.appLinks, {
      page: 'conversation',
      reportId: input.report.id,
      conversationId: conversation.id,
    }),
  });
}

/** One summary per conversation, however often the button is pressed or the request retried. */
export const summaryIdempotencyKey = (conversationId: string): string =>
  `contract-summary:${conversationId}`;

/**
 * Mails the written summary of the development contract to the report, then records the time on
 * the conversation, which is what ticks "sent a written summary within 48 hours". The mail goes
 * first: a summary recorded but never sent would be the checklist claiming something untrue. If
 * the record changed in between (a note saved in another tab), it is read again and the time is
 * recorded on the fresh version; the mail is not sent twice, because its key is the conversation.
 */
export async function sendSummary(
  ports: SendSummaryPorts,
  input: SendSummaryInput,
): Promise<SummarySent> {
  const { record } = input.conversation;
  if (record.state !== 'held') {
    throw new PortError(
      'invalid',
      'Mark the conversation as held first: the 48 hours for the summary count from then.',
    );
  }
  if (input.report.mail.trim() === '') {
    throw new PortError('invalid', `${input.report.displayName} has no mail address to send to.`);
  }
  const message = summaryMessage({ ...input, conversation: record }, ports.clock.now());
  const sent = await ports.mailer.send({
    to: [{ email: input.report.mail, name: input.report.displayName }],
    subject: message.subject,
    html: message.html,
    idempotencyKey: summaryIdempotencyKey(record.id),
  });
  const sentAt = toIsoInstant(ports.clock.now());
  try {
    await ports.markSummarySent(record.id, sentAt, input.conversation.etag);
  } catch (error) {
    if (!isPortError(error, 'conflict')) throw error;
    const fresh = await ports.readConversation(record.id);
    if (fresh.record.summarySentAt !== undefined) {
      return { messageId: sent.id, sentAt: fresh.record.summarySentAt };
    }
    await ports.markSummarySent(record.id, sentAt, fresh.etag);
  }
  return { messageId: sent.id, sentAt };
}
