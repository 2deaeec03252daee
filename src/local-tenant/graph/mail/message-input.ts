/**
 * Reads a message body from POST /messages, PATCH /messages/{id} and sendMail the way Graph's
 * OData reader does: unknown properties and wrong types are 400 `RequestBodyRead`.
 * https://learn.microsoft.com/en-us/graph/api/user-post-messages
 * https://learn.microsoft.com/en-us/graph/api/message-update
 * https://learn.microsoft.com/en-us/graph/api/singlevaluelegacyextendedproperty-post-singlevalueextendedproperties
 */
import { isRecord } from '../../core/is-record';
import { graphError, type Reply } from '../../core/reply';
import { normaliseValue, parsePropertyId } from './extended-properties';
import type { EmailAddress, ExtendedProperty, StoredMessage } from './mail-state';

/** The recipient as written by the client; a missing display name is resolved later. */
export interface RecipientInput {
  name: string | undefined;
  address: string;
}

export interface MessageInput {
  subject?: string;
  body?: StoredMessage['body'];
  importance?: StoredMessage['importance'];
  toRecipients?: RecipientInput[];
  ccRecipients?: RecipientInput[];
  bccRecipients?: RecipientInput[];
  replyTo?: RecipientInput[];
  from?: RecipientInput | null;
  sender?: RecipientInput | null;
  categories?: string[];
  isRead?: boolean;
  isDeliveryReceiptRequested?: boolean;
  isReadReceiptRequested?: boolean;
  inferenceClassification?: StoredMessage['inferenceClassification'];
  internetMessageId?: string;
  flag?: Record<string, unknown>;
  internetMessageHeaders?: { name: string; value: string }[];
  singleValueExtendedProperties?: ExtendedProperty[];
}

export type InputResult<T> = { ok: true; value: T } | { ok: false; reply: Reply };

const READ_ONLY = new Set([
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'receivedDateTime',
  'sentDateTime',
  'hasAttachments',
  'bodyPreview',
  'parentFolderId',
  'conversationId',
  'conversationIndex',
  'isDraft',
  'webLink',
  'uniqueBody',
]);

const WRITABLE = new Set([
  'subject',
  'body',
  'importance',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'from',
  'sender',
  'categories',
  'isRead',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
  'inferenceClassification',
  'internetMessageId',
  'flag',
  'internetMessageHeaders',
  'singleValueExtendedProperties',
  'attachments',
]);

class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const unknownProperty = (name: string, type: string): InputError =>
  new InputError(
    'RequestBodyRead',
    `The property '${name}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  );

const wrongType = (value: unknown, type: string): InputError =>
  new InputError(
    'RequestBodyRead',
    `Cannot convert the literal '${JSON.stringify(value)}' to the expected type '${type}'.`,
  );

function checkKeys(object: Record<string, unknown>, allowed: string[], type: string): void {
  for (const key of Object.keys(object)) {
    if (key.startsWith('@odata.')) continue;
    if (!allowed.includes(key)) throw unknownProperty(key, type);
  }
}

function readString(value: unknown): string {
  if (typeof value !== 'string') throw wrongType(value, 'Edm.String');
  return value;
}

function readBoolean(value: unknown): boolean {
  // OData readers accept "true"/"false" strings for booleans, as the sendMail example sends.
  if (value === 'true' || value === 'false') return value === 'true';
  if (typeof value !== 'boolean') throw wrongType(value, 'Edm.Boolean');
  return value;
}

function readEnum<T extends string>(value: unknown, allowed: readonly T[]): T {
  const text = readString(value).toLowerCase();
  const match = allowed.find((candidate) => candidate.toLowerCase() === text);
  if (!match) throw new InputError('RequestBodyRead', `Requested value '${text}' was not found.`);
  return match;
}

function readRecipient(value: unknown): RecipientInput {
  if (!isRecord(value)) throw wrongType(value, 'microsoft.graph.recipient');
  checkKeys(value, ['emailAddress'], 'recipient');
  const address = value.emailAddress;
  if (!isRecord(address)) {
    throw new InputError(
      'ErrorInvalidRecipients',
      'At least one recipient is not valid., Recipient is missing an email address.',
    );
  }
  checkKeys(address, ['name', 'address'], 'emailAddress');
  return {
    name:
      address.name === undefined || address.name === null ? undefined : readString(address.name),
    address: address.address === undefined ? '' : readString(address.address).trim(),
  };
}

function readRecipients(value: unknown): RecipientInput[] {
  if (value === null) return [];
  if (!Array.isArray(value)) throw wrongType(value, 'Collection(microsoft.graph.recipient)');
  return value.map(readRecipient);
}

function readBody(value: unknown): StoredMessage['body'] {
  if (!isRecord(value)) throw wrongType(value, 'microsoft.graph.itemBody');
  checkKeys(value, ['contentType', 'content'], 'itemBody');
  const contentType =
    value.contentType === undefined || value.contentType === ''
      ? 'text'
      : readEnum(value.contentType, ['text', 'html'] as const);
  const content =
    value.content === undefined || value.content === null ? '' : readString(value.content);
  return { contentType, content };
}

function readExtendedProperties(value: unknown): ExtendedProperty[] {
  if (!Array.isArray(value))
    throw wrongType(value, 'Collection(microsoft.graph.singleValueLegacyExtendedProperty)');
  return value.map((item) => {
    if (!isRecord(item)) throw wrongType(item, 'microsoft.graph.singleValueLegacyExtendedProperty');
    checkKeys(item, ['id', 'value'], 'singleValueLegacyExtendedProperty');
    const id = readString(item.id);
    if (!parsePropertyId(id)) {
      throw new InputError(
        'ErrorInvalidProperty',
        `The extended property id '${id}' is not valid.`,
      );
    }
    const raw = item.value === null || item.value === undefined ? '' : readString(item.value);
    const normalised = normaliseValue(id, raw);
    if (normalised === undefined) {
      throw new InputError(
        'ErrorInvalidExtendedPropertyValue',
        `The value '${raw}' is not valid for the extended property '${id}'.`,
      );
    }
    return { id, value: normalised };
  });
}

function readHeaders(value: unknown): { name: string; value: string }[] {
  if (!Array.isArray(value))
    throw wrongType(value, 'Collection(microsoft.graph.internetMessageHeader)');
  return value.map((item) => {
    if (!isRecord(item)) throw wrongType(item, 'microsoft.graph.internetMessageHeader');
    checkKeys(item, ['name', 'value'], 'internetMessageHeader');
    const name = readString(item.name);
    if (!/^x-/i.test(name)) {
      throw new InputError(
        'InvalidInternetMessageHeader',
        `The internet message header name '${name}' should start with 'x-' or 'X-'.`,
      );
    }
    return { name, value: readString(item.value) };
  });
}

function readField(input: MessageInput, key: string, value: unknown): void {
  switch (key) {
    case 'subject':
      input.subject = value === null ? '' : readString(value);
      return;
    case 'body':
      input.body = readBody(value);
      return;
    case 'importance':
      input.importance = readEnum(value, ['low', 'normal', 'high'] as const);
      return;
    case 'toRecipients':
    case 'ccRecipients':
    case 'bccRecipients':
    case 'replyTo':
      input[key] = readRecipients(value);
      return;
    case 'from':
    case 'sender':
      input[key] = value === null ? null : readRecipient(value);
      return;
    case 'categories':
      if (!Array.isArray(value)) throw wrongType(value, 'Collection(Edm.String)');
      input.categories = value.map(readString);
      return;
    case 'isRead':
    case 'isDeliveryReceiptRequested':
    case 'isReadReceiptRequested':
      input[key] = readBoolean(value);
      return;
    case 'inferenceClassification':
      input.inferenceClassification = readEnum(value, ['focused', 'other'] as const);
      return;
    case 'internetMessageId':
      input.internetMessageId = readString(value);
      return;
    case 'flag':
      if (!isRecord(value)) throw wrongType(value, 'microsoft.graph.followupFlag');
      input.flag = value;
      return;
    case 'internetMessageHeaders':
      input.internetMessageHeaders = readHeaders(value);
      return;
    case 'singleValueExtendedProperties':
      input.singleValueExtendedProperties = readExtendedProperties(value);
      return;
    case 'attachments':
      if (Array.isArray(value) && value.length > 0) {
        throw new InputError(
          'ErrorInvalidRequest',
          'Attachments are not supported by the local tenant.',
        );
      }
      return;
  }
}

/** Reads a message object; read-only properties are ignored, as Graph ignores them on write. */
export function readMessageInput(raw: unknown): InputResult<MessageInput> {
  if (!isRecord(raw)) {
    return {
      ok: false,
      reply: graphError(400, 'RequestBodyRead', 'The request body must be a JSON object.'),
    };
  }
  const input: MessageInput = {};
  try {
    for (const [key, value] of Object.entries(raw)) {
      if (key.startsWith('@odata.') || READ_ONLY.has(key)) continue;
      if (!WRITABLE.has(key)) throw unknownProperty(key, 'message');
      readField(input, key, value);
    }
  } catch (error) {
    if (error instanceof InputError) {
      return { ok: false, reply: graphError(400, error.code, error.message) };
    }
    throw error;
  }
  return { ok: true, value: input };
}

/** `{ message, saveToSentItems }` of sendMail. */
export function readSendMailInput(
  raw: unknown,
): InputResult<{ message: MessageInput; saveToSentItems: boolean }> {
  if (!isRecord(raw)) {
    return {
      ok: false,
      reply: graphError(400, 'RequestBodyRead', 'The request body must be a JSON object.'),
    };
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'message' && key !== 'saveToSentItems' && !key.startsWith('@odata.')) {
      return {
        ok: false,
        reply: graphError(
          400,
          'UnableToDeserializePostBody',
          `The parameter '${key}' in the request payload is not a valid parameter for the operation 'sendMail'.`,
        ),
      };
    }
  }
  if (raw.message === undefined) {
    return {
      ok: false,
      reply: graphError(
        400,
        'ErrorInvalidParameter',
        "The value of the parameter 'Message' is empty.",
      ),
    };
  }
  const message = readMessageInput(raw.message);
  if (!message.ok) return message;
  let saveToSentItems = true;
  if (raw.saveToSentItems !== undefined && raw.saveToSentItems !== null) {
    try {
      saveToSentItems = readBoolean(raw.saveToSentItems);
    } catch (error) {
      if (error instanceof InputError) {
        return { ok: false, reply: graphError(400, error.code, error.message) };
      }
      throw error;
    }
  }
  return { ok: true, value: { message: message.value, saveToSentItems } };
}

/** A syntactically valid SMTP address (what Exchange can resolve as a one-off recipient). */
export function isSmtpAddress(address: string): boolean {
  return /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(address);
}

export function toEmailAddress(
  recipient: RecipientInput,
  resolveName: (address: string) => string | undefined,
): EmailAddress {
  return {
    name: recipient.name ?? resolveName(recipient.address) ?? recipient.address,
    address: recipient.address,
  };
}
