/**
 * Mailbox data kept by the mail feature: every message of every user, with the folder it sits in.
 * Shapes follow the Graph message resource so handlers project them without renaming.
 * https://learn.microsoft.com/en-us/graph/api/resources/message
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { TenantContext } from '../../core/context';
import type { FeatureSlice } from '../../state/store';

export const WELL_KNOWN_FOLDERS = [
  'inbox',
  'drafts',
  'sentitems',
  'outbox',
  'deleteditems',
  'junkemail',
  'archive',
] as const;
export type WellKnownFolder = (typeof WELL_KNOWN_FOLDERS)[number];

export const FOLDER_DISPLAY_NAMES: Record<WellKnownFolder, string> = {
  inbox: 'Inbox',
  drafts: 'Drafts',
  sentitems: 'Sent Items',
  outbox: 'Outbox',
  deleteditems: 'Deleted Items',
  junkemail: 'Junk Email',
  archive: 'Archive',
};

export const emailAddressSchema = z.object({ name: z.string(), address: z.string() });
export type EmailAddress = z.infer<typeof emailAddressSchema>;

export const extendedPropertySchema = z.object({ id: z.string(), value: z.string() });
export type ExtendedProperty = z.infer<typeof extendedPropertySchema>;

export const storedMessageSchema = z.object({
  /** REST id: changes when the message moves to another folder, as Exchange's does. */
  id: z.string(),
  /** Immutable id (Prefer: IdType="ImmutableId"): survives moves. */
  immutableId: z.string(),
  ownerId: z.string(),
  folder: z.enum(WELL_KNOWN_FOLDERS),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  receivedDateTime: z.string(),
  sentDateTime: z.string().nullable(),
  changeKey: z.string(),
  subject: z.string(),
  body: z.object({ contentType: z.enum(['text', 'html']), content: z.string() }),
  importance: z.enum(['low', 'normal', 'high']),
  isRead: z.boolean(),
  isDraft: z.boolean(),
  from: emailAddressSchema.nullable(),
  sender: emailAddressSchema.nullable(),
  toRecipients: z.array(emailAddressSchema),
  ccRecipients: z.array(emailAddressSchema),
  bccRecipients: z.array(emailAddressSchema),
  replyTo: z.array(emailAddressSchema),
  categories: z.array(z.string()),
  internetMessageId: z.string(),
  conversationId: z.string(),
  conversationIndex: z.string(),
  isDeliveryReceiptRequested: z.boolean(),
  isReadReceiptRequested: z.boolean(),
  inferenceClassification: z.enum(['focused', 'other']),
  flag: z.record(z.string(), z.unknown()),
  internetMessageHeaders: z.array(z.object({ name: z.string(), value: z.string() })),
  singleValueExtendedProperties: z.array(extendedPropertySchema),
  /**
   * Set when the owner asked to send a draft whose PR_DEFERRED_SEND_TIME is still ahead: the
   * message waits in Drafts, as Exchange Online keeps scheduled messages, until it is due.
   */
  submittedDateTime: z.string().nullable(),
});
export type StoredMessage = z.infer<typeof storedMessageSchema>;

export const mailStateSchema = z.object({ messages: z.array(storedMessageSchema) });
export type MailState = z.infer<typeof mailStateSchema>;

export function mailSlice(ctx: TenantContext): FeatureSlice<MailState> {
  return ctx.store.slice('mail', mailStateSchema, () => ({ messages: [] }));
}

/** Exchange REST ids are long base64 strings; these keep the look and the alphabet. */
export function newMessageId(): string {
  return `AAMkAG${randomBytes(57).toString('base64url')}AAA=`;
}

export function newImmutableId(): string {
  return `AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A${randomBytes(36).toString('base64url')}AAA=`;
}

export function newChangeKey(): string {
  return `CQAAABYAAAD${randomBytes(18).toString('base64url')}`;
}

export function newConversationId(): string {
  return `AAQkAG${randomBytes(30).toString('base64url')}=`;
}

export function newConversationIndex(): string {
  return randomBytes(22).toString('base64');
}

export function newInternetMessageId(domain: string): string {
  return `<${randomBytes(12).toString('hex').toUpperCase()}@${domain}>`;
}

/** A well-formed id is what Exchange could have issued; anything else is ErrorInvalidIdMalformed. */
export function isWellFormedId(id: string): boolean {
  return /^(AAMkA|AQMkA|AAkALg)[A-Za-z0-9_+/-]{20,}={0,2}$/.test(id);
}

/** Folder ids are stable per mailbox, so a client may keep them. */
export function folderId(ownerId: string, folder: WellKnownFolder | 'msgfolderroot'): string {
  const digest = createHash('sha256').update(`mail-folder:${ownerId}:${folder}`).digest();
  return `AAMkAG${digest.toString('base64url')}AAAAAAEMAAA=`;
}

/** Resolves a well-known folder name (case-insensitive) or a folder id of this mailbox. */
export function resolveFolder(ownerId: string, idOrName: string): WellKnownFolder | undefined {
  const lower = idOrName.toLowerCase();
  const byName = WELL_KNOWN_FOLDERS.find((name) => name === lower);
  if (byName) return byName;
  return WELL_KNOWN_FOLDERS.find((name) => folderId(ownerId, name) === idOrName);
}

export function findMessage(
  state: MailState,
  ownerId: string,
  id: string,
): StoredMessage | undefined {
  return state.messages.find(
    (message) => message.ownerId === ownerId && (message.id === id || message.immutableId === id),
  );
}

/** The MAPI tag Exchange reads to hold a message until a time (PidTagDeferredSendTime). */
export const DEFERRED_SEND_TIME_TAG = 0x3fef;
