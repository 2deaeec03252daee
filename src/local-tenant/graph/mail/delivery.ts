/**
 * Submission and delivery. Sending moves the message to Sent Items and puts a new message in the
 * Inbox of every recipient who has a mailbox in this tenant; others are recorded as sent only.
 * A draft sent with PR_DEFERRED_SEND_TIME (SystemTime 0x3FEF) in the future stays in Drafts
 * until that time, as Exchange Online holds scheduled messages, and is delivered exactly once.
 * https://learn.microsoft.com/en-us/graph/api/message-send
 * https://learn.microsoft.com/en-us/graph/api/user-sendmail
 * https://learn.microsoft.com/en-us/office/client-developer/outlook/mapi/pidtagdeferredsendtime-canonical-property
 */
import type { TenantContext } from '../../core/context';
import type { DirectoryUser, TenantState } from '../../state/types';
import { deferredSendTime } from './extended-properties';
import {
  mailSlice,
  newChangeKey,
  newImmutableId,
  newMessageId,
  type EmailAddress,
  type MailState,
  type StoredMessage,
} from './mail-state';
import { isSmtpAddress } from './message-input';

export type RecipientCheck = { ok: true } | { ok: false; message: string };

/** What Exchange checks at submission: at least one recipient, every one resolvable. */
export function checkRecipients(message: StoredMessage): RecipientCheck {
  const all = [...message.toRecipients, ...message.ccRecipients, ...message.bccRecipients];
  if (all.length === 0) {
    return {
      ok: false,
      message:
        "At least one recipient is not valid., A message can't be sent because it contains no recipients.",
    };
  }
  const bad = all.find((recipient) => !isSmtpAddress(recipient.address));
  if (bad) {
    return {
      ok: false,
      message: `At least one recipient is not valid., Recipient '${bad.address}' is not resolved. All recipients must be resolved before a message can be submitted.`,
    };
  }
  return { ok: true };
}

export function mailboxAddress(user: DirectoryUser): EmailAddress {
  return { name: user.displayName, address: user.mail ?? user.userPrincipalName };
}

/** A tenant mailbox for an SMTP address (primary address or UPN), if there is one. */
export function findMailboxUser(state: TenantState, address: string): DirectoryUser | undefined {
  const lower = address.toLowerCase();
  return state.users.find(
    (user) => user.mail?.toLowerCase() === lower || user.userPrincipalName.toLowerCase() === lower,
  );
}

function deliverCopies(ctx: TenantContext, data: MailState, sent: StoredMessage, at: string): void {
  const recipients = [...sent.toRecipients, ...sent.ccRecipients, ...sent.bccRecipients];
  const delivered = new Set<string>();
  for (const recipient of recipients) {
    const user = findMailboxUser(ctx.store.state, recipient.address);
    if (!user || delivered.has(user.id) || !user.accountEnabled) continue;
    delivered.add(user.id);
    data.messages.push({
      ...structuredClone(sent),
      id: newMessageId(),
      immutableId: newImmutableId(),
      ownerId: user.id,
      folder: 'inbox',
      createdDateTime: at,
      lastModifiedDateTime: at,
      receivedDateTime: at,
      sentDateTime: at,
      changeKey: newChangeKey(),
      isRead: false,
      isDraft: false,
      // Bcc recipients are not disclosed to anyone who receives the message.
      bccRecipients: [],
      categories: [],
      flag: { flagStatus: 'notFlagged' },
      // Named properties travel inside the organisation (TNEF); MAPI proptags such as the
      // deferred send time belong to the sender's copy only.
      singleValueExtendedProperties: sent.singleValueExtendedProperties.filter((property) =>
        /\{[0-9a-f-]{36}\}/i.test(property.id),
      ),
      submittedDateTime: null,
    });
  }
}

/** sendMail's `saveToSentItems`: whether the sender keeps a copy in Sent Items. */
export type SentCopy = 'keep' | 'discard';

/** Moves a submitted message to Sent Items (or drops it) and delivers it, all at `at`. */
function complete(
  ctx: TenantContext,
  data: MailState,
  message: StoredMessage,
  at: string,
  sentCopy: SentCopy,
): void {
  const owner = ctx.store.state.users.find((user) => user.id === message.ownerId);
  const address = owner ? mailboxAddress(owner) : message.from;
  message.from ??= address;
  message.sender ??= address;
  message.isDraft = false;
  message.isRead = true;
  message.sentDateTime = at;
  message.receivedDateTime = at;
  message.lastModifiedDateTime = at;
  message.submittedDateTime = null;
  message.changeKey = newChangeKey();
  deliverCopies(ctx, data, message, at);
  const index = data.messages.indexOf(message);
  if (sentCopy === 'discard') {
    if (index !== -1) data.messages.splice(index, 1);
    return;
  }
  // Moving to another folder gives the item a new REST id, as in Exchange.
  message.folder = 'sentitems';
  message.id = newMessageId();
  if (index === -1) data.messages.push(message);
}

export type SubmitResult = { kind: 'sent' } | { kind: 'scheduled'; dueAt: string };

/** message: send. The draft must already be in the store. */
export function submitDraft(ctx: TenantContext, message: StoredMessage): SubmitResult {
  const now = ctx.clock.now();
  const due = deferredSendTime(message.singleValueExtendedProperties);
  return mailSlice(ctx).update((data) => {
    if (due !== undefined && due > now.getTime()) {
      message.submittedDateTime = now.toISOString();
      message.lastModifiedDateTime = now.toISOString();
      message.changeKey = newChangeKey();
      return { kind: 'scheduled', dueAt: new Date(due).toISOString() };
    }
    complete(ctx, data, message, now.toISOString(), 'keep');
    return { kind: 'sent' };
  });
}

/**
 * user: sendMail. Graph documents extended properties on drafts (POST/PATCH), not on sendMail,
 * so a deferred send time given here is stored but does not hold the message back: schedule
 * through a draft and message: send.
 */
export function sendNew(ctx: TenantContext, message: StoredMessage, sentCopy: SentCopy): void {
  const at = ctx.clock.now().toISOString();
  mailSlice(ctx).update((data) => {
    complete(ctx, data, message, at, sentCopy);
  });
}

/**
 * Delivers every scheduled message whose time has come. Synchronous from check to mark, so
 * concurrent requests (one event loop) can never deliver a message twice. The delivery time is
 * the scheduled time, not the moment the tenant noticed, as Exchange would have sent it then.
 */
export function deliverDueMessages(ctx: TenantContext): number {
  const slice = mailSlice(ctx);
  const nowMs = ctx.clock.epochMs();
  const isDue = (message: StoredMessage): boolean => {
    if (message.submittedDateTime === null || message.folder !== 'drafts') return false;
    const due = deferredSendTime(message.singleValueExtendedProperties);
    return due === undefined || due <= nowMs;
  };
  if (!slice.get().messages.some(isDue)) return 0;
  return slice.update((data) => {
    const due = data.messages.filter(isDue);
    for (const message of due) {
      const dueMs = deferredSendTime(message.singleValueExtendedProperties) ?? nowMs;
      const submittedMs = Date.parse(message.submittedDateTime ?? '') || nowMs;
      complete(ctx, data, message, new Date(Math.max(dueMs, submittedMs)).toISOString(), 'keep');
    }
    return due.length;
  });
}
