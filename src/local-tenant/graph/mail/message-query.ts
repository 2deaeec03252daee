/**
 * `$filter`, `$orderby`, `$top` and `$skip` paging for message collections.
 * https://learn.microsoft.com/en-us/graph/api/user-list-messages
 *   - page size 10 by default, `$top` 1..1000, `@odata.nextLink` carries `$skip`;
 *   - `$filter` with `$orderby`: ordered properties must come first in the filter, in the same
 *     order, or the request fails with `InefficientFilter`.
 * https://learn.microsoft.com/en-us/graph/api/singlevaluelegacyextendedproperty-get (lambda)
 */
import type { TenantContext } from '../../core/context';
import { graphError, type Reply } from '../../core/reply';
import { resolved, type Resolved } from '../route-helper';
import type { TenantRequest } from '../../core/request';
import { compareExtendedPropertyId } from './extended-properties';
import {
  evaluateLambdaFilter,
  lambdaFilterProperties,
  parseLambdaFilter,
  type LambdaFilter,
} from './lambda-filter';
import { folderId, type StoredMessage } from './mail-state';
import { bodyPreview } from './message-shape';

const MAX_PAGE = 1000;
const DEFAULT_PAGE = 10;

/** Scalar paths a message filter or sort may name, resolved against a stored message. */
function messageValue(message: StoredMessage, path: string): unknown {
  const lower = path.toLowerCase();
  const address = (who: 'from' | 'sender', part: string): unknown =>
    message[who] ? message[who][part === 'name' ? 'name' : 'address'] : null;
  switch (lower) {
    case 'from/emailaddress/address':
    case 'from/emailaddress/name':
      return address('from', lower.endsWith('name') ? 'name' : 'address');
    case 'sender/emailaddress/address':
    case 'sender/emailaddress/name':
      return address('sender', lower.endsWith('name') ? 'name' : 'address');
    case 'flag/flagstatus':
      return message.flag.flagStatus ?? 'notFlagged';
    case 'parentfolderid':
      return folderId(message.ownerId, message.folder);
    case 'hasattachments':
      return false;
    case 'bodypreview':
      return bodyPreview(message);
    case 'body/content':
      return message.body.content;
    default: {
      const entry = Object.entries(message).find(([key]) => key.toLowerCase() === lower);
      const value = entry?.[1];
      return typeof value === 'object' && value !== null ? undefined : value;
    }
  }
}

const FILTERABLE = new Set(
  [
    'id',
    'subject',
    'receivedDateTime',
    'sentDateTime',
    'createdDateTime',
    'lastModifiedDateTime',
    'isRead',
    'isDraft',
    'importance',
    'inferenceClassification',
    'conversationId',
    'internetMessageId',
    'parentFolderId',
    'hasAttachments',
    'bodyPreview',
    'body/content',
    'from/emailAddress/address',
    'from/emailAddress/name',
    'sender/emailAddress/address',
    'sender/emailAddress/name',
    'flag/flagStatus',
    'categories',
    'toRecipients',
    'ccRecipients',
    'singleValueExtendedProperties',
  ].map((name) => name.toLowerCase()),
);

const collections = (message: StoredMessage, name: string): unknown[] | undefined => {
  switch (name.toLowerCase()) {
    case 'singlevalueextendedproperties':
      return message.singleValueExtendedProperties;
    case 'categories':
      return message.categories;
    case 'torecipients':
      return message.toRecipients.map((recipient) => ({ emailAddress: recipient }));
    case 'ccrecipients':
      return message.ccRecipients.map((recipient) => ({ emailAddress: recipient }));
    default:
      return undefined;
  }
};

const badProperty = (name: string): Reply =>
  graphError(
    400,
    'RequestBroker--ParseUri',
    `Could not find a property named '${name}' on type 'microsoft.graph.message'.`,
  );

export type MessagePage = Resolved<{
  items: StoredMessage[];
  nextLink: string | undefined;
  count: number;
}>;

function readFilter(
  source: string | undefined,
): { ok: true; filter: LambdaFilter | undefined } | { ok: false; reply: Reply } {
  if (source === undefined) return { ok: true, filter: undefined };
  const parsed = parseLambdaFilter(source);
  if (!parsed.ok) return { ok: false, reply: graphError(400, 'BadRequest', parsed.message) };
  const unknown = lambdaFilterProperties(parsed.filter).find(
    (path) => !FILTERABLE.has(path.toLowerCase()),
  );
  if (unknown !== undefined) return { ok: false, reply: badProperty(unknown) };
  return { ok: true, filter: parsed.filter };
}

function checkOrderAgainstFilter(
  order: { property: string }[],
  filter: LambdaFilter | undefined,
): Reply | undefined {
  if (!filter || order.length === 0) return undefined;
  const seen: string[] = [];
  for (const path of lambdaFilterProperties(filter)) {
    if (!seen.includes(path.toLowerCase())) seen.push(path.toLowerCase());
  }
  const inOrder = order.every((item, index) => seen[index] === item.property.toLowerCase());
  return inOrder
    ? undefined
    : graphError(
        400,
        'InefficientFilter',
        'The restriction or sort order is too complex for this operation.',
      );
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  return 0;
}

function nextLinkWithSkip(ctx: TenantContext, req: TenantRequest, skip: number): string {
  const parts: string[] = [];
  for (const [key, value] of req.query) {
    if (key.replace(/^\$/, '').toLowerCase() === 'skip') continue;
    parts.push(`${key}=${encodeURIComponent(value)}`);
  }
  parts.push(`$skip=${String(skip)}`);
  return `${ctx.urls.base}${req.path}?${parts.join('&')}`;
}

export function queryMessages(
  ctx: TenantContext,
  req: TenantRequest,
  messages: StoredMessage[],
): MessagePage {
  const filter = readFilter(req.odata.filter);
  if (!filter.ok) return filter;
  const order = req.odata.orderBy ?? [];
  const unknownOrder = order.find((item) => !FILTERABLE.has(item.property.toLowerCase()));
  if (unknownOrder) return { ok: false, reply: badProperty(unknownOrder.property) };
  const active = filter.filter;
  const inefficient = checkOrderAgainstFilter(order, active);
  if (inefficient) return { ok: false, reply: inefficient };

  const matching = active
    ? messages.filter((message) =>
        evaluateLambdaFilter(active, {
          property: (path) => messageValue(message, path),
          collection: (name) => collections(message, name),
          compare: (collection, node, element) =>
            collection.toLowerCase() === 'singlevalueextendedproperties'
              ? compareExtendedPropertyId(node, element)
              : undefined,
        }),
      )
    : [...messages];
  const sort =
    order.length > 0 ? order : [{ property: 'receivedDateTime', direction: 'desc' as const }];
  matching.sort((a, b) => {
    for (const item of sort) {
      const result = compare(messageValue(a, item.property), messageValue(b, item.property));
      if (result !== 0) return item.direction === 'desc' ? -result : result;
    }
    return 0;
  });

  let size = DEFAULT_PAGE;
  if (req.odata.top !== undefined) {
    const top = Number(req.odata.top);
    if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE) {
      return {
        ok: false,
        reply: graphError(
          400,
          'ErrorInvalidUrlQuery',
          `The value '${req.odata.top}' of the query parameter '$top' is invalid. The value should be between 1 and ${String(MAX_PAGE)}.`,
        ),
      };
    }
    size = top;
  }
  let skip = 0;
  if (req.odata.skip !== undefined) {
    skip = Number(req.odata.skip);
    if (!Number.isInteger(skip) || skip < 0) {
      return {
        ok: false,
        reply: graphError(400, 'BadRequest', `Invalid value '${req.odata.skip}' for $skip.`),
      };
    }
  }
  const items = matching.slice(skip, skip + size);
  return resolved({
    items,
    count: matching.length,
    nextLink: skip + size < matching.length ? nextLinkWithSkip(ctx, req, skip + size) : undefined,
  });
}
