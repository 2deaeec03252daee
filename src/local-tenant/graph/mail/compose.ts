/**
 * Turning a client's message object into a stored draft, and applying PATCH to one.
 * https://learn.microsoft.com/en-us/graph/api/user-post-messages
 * https://learn.microsoft.com/en-us/graph/api/message-update (updatable only if isDraft = true)
 */
import type { TenantContext } from '../../core/context';
import { graphError, type Reply } from '../../core/reply';
import type { DirectoryUser } from '../../state/types';
import { findMailboxUser, mailboxAddress } from './delivery';
import { mergeProperties } from './extended-properties';
import {
  newChangeKey,
  newConversationId,
  newConversationIndex,
  newImmutableId,
  newInternetMessageId,
  newMessageId,
  type EmailAddress,
  type StoredMessage,
  type WellKnownFolder,
} from './mail-state';
import { toEmailAddress, type MessageInput, type RecipientInput } from './message-input';
import { wrapHtml } from './message-shape';

function resolver(ctx: TenantContext): (address: string) => string | undefined {
  return (address) => findMailboxUser(ctx.store.state, address)?.displayName;
}

function addresses(ctx: TenantContext, recipients: RecipientInput[] | undefined): EmailAddress[] {
  return (recipients ?? []).map((recipient) => toEmailAddress(recipient, resolver(ctx)));
}

function storedBody(body: StoredMessage['body']): StoredMessage['body'] {
  return body.contentType === 'html'
    ? { contentType: 'html', content: wrapHtml(body.content) }
    : body;
}

/** A new message as POST /messages creates it (a draft) or sendMail submits it. */
export function composeMessage(
  ctx: TenantContext,
  owner: DirectoryUser,
  input: MessageInput,
  folder: WellKnownFolder,
): StoredMessage {
  const now = ctx.clock.now().toISOString();
  const self = mailboxAddress(owner);
  const single = (recipient: RecipientInput | null | undefined): EmailAddress | null =>
    recipient ? toEmailAddress(recipient, resolver(ctx)) : null;
  return {
    id: newMessageId(),
    immutableId: newImmutableId(),
    ownerId: owner.id,
    folder,
    createdDateTime: now,
    lastModifiedDateTime: now,
    receivedDateTime: now,
    sentDateTime: now,
    changeKey: newChangeKey(),
    subject: input.subject ?? '',
    body: storedBody(input.body ?? { contentType: 'text', content: '' }),
    importance: input.importance ?? 'normal',
    isRead: true,
    isDraft: true,
    // Exchange fills from/sender with the mailbox owner when the message is submitted.
    from: single(input.from),
    sender: single(input.sender),
    toRecipients: addresses(ctx, input.toRecipients),
    ccRecipients: addresses(ctx, input.ccRecipients),
    bccRecipients: addresses(ctx, input.bccRecipients),
    replyTo: addresses(ctx, input.replyTo),
    categories: input.categories ?? [],
    internetMessageId:
      input.internetMessageId ?? newInternetMessageId(self.address.split('@')[1] ?? 'local'),
    conversationId: newConversationId(),
    conversationIndex: newConversationIndex(),
    isDeliveryReceiptRequested: input.isDeliveryReceiptRequested ?? false,
    isReadReceiptRequested: input.isReadReceiptRequested ?? false,
    inferenceClassification: input.inferenceClassification ?? 'focused',
    flag: input.flag ?? { flagStatus: 'notFlagged' },
    internetMessageHeaders: input.internetMessageHeaders ?? [],
    singleValueExtendedProperties: mergeProperties([], input.singleValueExtendedProperties ?? []),
    submittedDateTime: null,
  };
}

const DRAFT_ONLY: (keyof MessageInput)[] = ['body', 'subject', 'internetMessageId', 'replyTo'];

/** PATCH /messages/{id}: returns an error reply, or undefined after changing the message. */
export function applyPatch(
  ctx: TenantContext,
  message: StoredMessage,
  input: MessageInput,
): Reply | undefined {
  if (!message.isDraft) {
    const blocked = DRAFT_ONLY.find((key) => input[key] !== undefined);
    if (blocked) {
      return graphError(
        400,
        'ErrorInvalidPropertyUpdateSentMessage',
        'Update operation is invalid for property of a sent message.',
      );
    }
  }
  const single = (recipient: RecipientInput | null): EmailAddress | null =>
    recipient ? toEmailAddress(recipient, resolver(ctx)) : null;
  if (input.subject !== undefined) message.subject = input.subject;
  if (input.body !== undefined) message.body = storedBody(input.body);
  if (input.importance !== undefined) message.importance = input.importance;
  if (input.toRecipients !== undefined) message.toRecipients = addresses(ctx, input.toRecipients);
  if (input.ccRecipients !== undefined) message.ccRecipients = addresses(ctx, input.ccRecipients);
  if (input.bccRecipients !== undefined)
    message.bccRecipients = addresses(ctx, input.bccRecipients);
  if (input.replyTo !== undefined) message.replyTo = addresses(ctx, input.replyTo);
  if (input.from !== undefined) message.from = single(input.from);
  if (input.sender !== undefined) message.sender = single(input.sender);
  if (input.categories !== undefined) message.categories = input.categories;
  if (input.isRead !== undefined) message.isRead = input.isRead;
  if (input.isDeliveryReceiptRequested !== undefined) {
    message.isDeliveryReceiptRequested = input.isDeliveryReceiptRequested;
  }
  if (input.isReadReceiptRequested !== undefined) {
    message.isReadReceiptRequested = input.isReadReceiptRequested;
  }
  if (input.inferenceClassification !== undefined) {
    message.inferenceClassification = input.inferenceClassification;
  }
  if (input.internetMessageId !== undefined) message.internetMessageId = input.internetMessageId;
  if (input.flag !== undefined) message.flag = input.flag;
  if (input.internetMessageHeaders !== undefined) {
    message.internetMessageHeaders = input.internetMessageHeaders;
  }
  if (input.singleValueExtendedProperties !== undefined) {
    message.singleValueExtendedProperties = mergeProperties(
      message.singleValueExtendedProperties,
      input.singleValueExtendedProperties,
    );
  }
  message.lastModifiedDateTime = ctx.clock.now().toISOString();
  message.changeKey = newChangeKey();
  return undefined;
}
