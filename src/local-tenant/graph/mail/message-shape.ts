/**
 * How a stored message looks on the wire: the default property set in Graph's order, `$select`,
 * `Prefer: outlook.body-content-type` and `Prefer: IdType="ImmutableId"`.
 * https://learn.microsoft.com/en-us/graph/api/resources/message
 * https://learn.microsoft.com/en-us/graph/api/message-get (Prefer headers)
 * https://learn.microsoft.com/en-us/graph/outlook-immutable-id
 */
import type { TenantRequest } from '../../core/request';
import {
  folderId,
  type EmailAddress,
  type ExtendedProperty,
  type StoredMessage,
} from './mail-state';

/** Properties returned without `$select`, in the order Graph writes them. */
export const DEFAULT_MESSAGE_PROPERTIES = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'receivedDateTime',
  'sentDateTime',
  'hasAttachments',
  'internetMessageId',
  'subject',
  'bodyPreview',
  'importance',
  'parentFolderId',
  'conversationId',
  'conversationIndex',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
  'isRead',
  'isDraft',
  'webLink',
  'inferenceClassification',
  'body',
  'sender',
  'from',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'flag',
] as const;

/** Selectable but not returned by default. */
const EXTRA_PROPERTIES = ['uniqueBody', 'internetMessageHeaders'] as const;

export function unknownMessageProperty(select: string[] | undefined): string | undefined {
  const known = new Set<string>(
    [...DEFAULT_MESSAGE_PROPERTIES, ...EXTRA_PROPERTIES].map((name) => name.toLowerCase()),
  );
  return select?.find((name) => !known.has(name.toLowerCase()));
}

export interface ShapeOptions {
  select: string[] | undefined;
  bodyType: 'text' | 'html' | undefined;
  immutableIds: boolean;
}

/** Reads the Prefer header values that change how messages are written. */
export function readShapeOptions(req: TenantRequest): ShapeOptions & { applied: string[] } {
  const prefer = req.header('prefer') ?? '';
  const body = /outlook\.body-content-type\s*=\s*"?(text|html)"?/i.exec(prefer)?.[1]?.toLowerCase();
  const immutable = /IdType\s*=\s*"?ImmutableId"?/i.test(prefer);
  const applied: string[] = [];
  if (body) applied.push(`outlook.body-content-type="${body}"`);
  if (immutable) applied.push('IdType="ImmutableId"');
  return {
    select: req.odata.select,
    bodyType: body === 'text' || body === 'html' ? body : undefined,
    immutableIds: immutable,
    applied,
  };
}

export function htmlToText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<(br|\/p|\/div|\/li|\/h\d)\s*\/?>/gi, '\r\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\r\n(\s*\r\n)+/g, '\r\n')
    .trim();
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Exchange stores an HTML body as a whole document. */
export function wrapHtml(fragment: string): string {
  if (/<html[\s>]/i.test(fragment)) return fragment;
  return `<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n<meta content="text/html; charset=us-ascii">\r\n</head>\r\n<body>\r\n${fragment}\r\n</body>\r\n</html>\r\n`;
}

export function bodyPreview(message: StoredMessage): string {
  const text =
    message.body.contentType === 'html' ? htmlToText(message.body.content) : message.body.content;
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

function renderBody(
  body: StoredMessage['body'],
  wanted: ShapeOptions['bodyType'],
): { contentType: string; content: string } {
  if (wanted === 'text' && body.contentType === 'html') {
    return { contentType: 'text', content: htmlToText(body.content) };
  }
  if (wanted === 'html' && body.contentType === 'text') {
    return { contentType: 'html', content: wrapHtml(escapeHtml(body.content)) };
  }
  return { ...body };
}

const recipient = (address: EmailAddress): { emailAddress: EmailAddress } => ({
  emailAddress: { name: address.name, address: address.address },
});

function value(message: StoredMessage, name: string, options: ShapeOptions): unknown {
  const id = options.immutableIds ? message.immutableId : message.id;
  switch (name) {
    case 'id':
      return id;
    case 'hasAttachments':
      return false;
    case 'bodyPreview':
      return bodyPreview(message);
    case 'parentFolderId':
      return folderId(message.ownerId, message.folder);
    case 'webLink':
      return `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem`;
    case 'body':
    case 'uniqueBody':
      return renderBody(message.body, options.bodyType);
    case 'sender':
    case 'from': {
      const address = message[name];
      return address ? recipient(address) : null;
    }
    case 'toRecipients':
    case 'ccRecipients':
    case 'bccRecipients':
    case 'replyTo':
      return message[name].map(recipient);
    case 'sentDateTime':
      return message.sentDateTime;
    default: {
      const entry = Object.entries(message).find(([key]) => key === name);
      return entry?.[1];
    }
  }
}

/** A message as Graph returns it; `@odata.etag` and `id` are always present. */
export function shapeMessage(
  message: StoredMessage,
  options: ShapeOptions,
  expanded?: ExtendedProperty[],
): Record<string, unknown> {
  const names = options.select
    ? [...DEFAULT_MESSAGE_PROPERTIES, ...EXTRA_PROPERTIES].filter(
        (name) =>
          name === 'id' ||
          options.select?.some((wanted) => wanted.toLowerCase() === name.toLowerCase()),
      )
    : DEFAULT_MESSAGE_PROPERTIES;
  const body: Record<string, unknown> = { '@odata.etag': `W/"${message.changeKey}"` };
  for (const name of names) body[name] = value(message, name, options);
  if (expanded) body.singleValueExtendedProperties = expanded;
  return body;
}
