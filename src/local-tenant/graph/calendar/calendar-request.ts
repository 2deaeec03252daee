// Shared request plumbing of the calendar endpoints: finding an event by id (ErrorInvalidIdMalformed
// / ErrorItemNotFound), ETag preconditions (ErrorIrresolvableConflict), time windows
// (ErrorInvalidParameter), transactional writes.
// https://learn.microsoft.com/en-us/graph/api/event-get?view=graph-rest-1.0
import type { Temporal } from 'temporal-polyfill';
import type { TenantContext } from '../../core/context';
import { graphError, type Reply } from '../../core/reply';
import type { TenantRequest } from '../../core/request';
import type { FeatureSlice } from '../../state/store';
import type { DirectoryUser } from '../../state/types';
import { graphBodyError } from '../collections';
import { check, refused, resolved, type Resolved, type Step } from '../route-helper';
import { calendarEnv, type CalendarEnv } from './calendar-env';
import { etagOf, parseEventId } from './event-ids';
import { calendarMailbox } from './mailbox';
import { readPreferences } from './prefer';
import { checkEventSelect } from './event-shape';
import { occurrenceOn, viewOf, type EventView } from './instances';
import { BodyProblem } from './json-reader';
import type { CalendarState, StoredEvent } from './state';
import { parseQueryInstant } from './time-zones';

export type Located =
  | { ok: true; kind: 'item'; item: StoredEvent; view: EventView }
  | { ok: true; kind: 'occurrence'; item: StoredEvent; view: EventView }
  | { ok: false; reply: Reply };

export const itemNotFound = (): Reply =>
  graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

export function locateEvent(calendar: CalendarState, owner: DirectoryUser, id: string): Located {
  const parts = parseEventId(id);
  if (!parts)
    return { ok: false, reply: graphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.') };
  if (parts.ownerId !== owner.id) return { ok: false, reply: itemNotFound() };
  const item = calendar.events.find(
    (event) => event.key === parts.key && event.ownerId === owner.id,
  );
  if (!item) return { ok: false, reply: itemNotFound() };
  if (parts.kind === 'event') return { ok: true, kind: 'item', item, view: viewOf(item) };
  const view = item.recurrence ? occurrenceOn(item, parts.originalDate) : undefined;
  return view ? { ok: true, kind: 'occurrence', item, view } : { ok: false, reply: itemNotFound() };
}

/** `If-Match` with a stale @odata.etag is refused rather than overwriting someone's change. */
export function checkIfMatch(req: TenantRequest, view: EventView): Reply | undefined {
  const expected = req.header('if-match');
  if (expected === undefined || expected.trim() === '*') return undefined;
  const current = etagOf(view.changeKey);
  const matches = expected.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === current || trimmed === `"${view.changeKey}"` || trimmed === view.changeKey;
  });
  return matches
    ? undefined
    : graphError(
        412,
        'ErrorIrresolvableConflict',
        'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
      );
}

export interface TimeWindow {
  from: Temporal.Instant;
  to: Temporal.Instant;
}

/** `startDateTime` and `endDateTime` are required; an offset is honoured, none means UTC. */
export function readTimeWindow(req: TenantRequest): Resolved<TimeWindow> {
  const param = (name: string): string | undefined => {
    for (const [key, value] of req.query) if (key.toLowerCase() === name) return value;
    return undefined;
  };
  const start = param('startdatetime');
  const end = param('enddatetime');
  if (!start || !end) {
    return refused(
      graphError(
        400,
        'ErrorInvalidParameter',
        'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
      ),
    );
  }
  const from = parseQueryInstant(start);
  const to = parseQueryInstant(end);
  if (!from || !to) {
    const bad = from ? 'EndDateTime' : 'StartDateTime';
    return refused(
      graphError(
        400,
        'ErrorInvalidParameter',
        `The value '${from ? end : start}' of parameter '${bad}' is invalid.`,
      ),
    );
  }
  return resolved({ from, to });
}

/** An unknown name in `$select` is refused before anything else is read. */
export const eventSelect: Step<true> = check((req) => checkEventSelect(req.odata.select));

/** Graph requires a JSON content type on bodies; a missing one is 415. */
export function checkContentType(req: TenantRequest): Reply | undefined {
  const type = req.header('content-type');
  if (type !== undefined && type.trim() !== '') return undefined;
  return graphError(
    415,
    'RequestBodyRead',
    'A missing or empty content type header was found when trying to read a message. The content type header is required.',
  );
}

/** The JSON body, which needs a JSON content type. */
export async function readBody(req: TenantRequest): Promise<Resolved<unknown>> {
  const typeProblem = checkContentType(req);
  if (typeProblem) return refused(typeProblem);
  const body = await req.readJson();
  return body.ok ? resolved(body.value) : refused(graphBodyError(body));
}

/** A body that may be left out (`cancel` without a comment): no body reads as `{}`. */
export async function readOptionalBody(req: TenantRequest): Promise<Resolved<unknown>> {
  const text = await req.readText();
  if (text.ok && text.value.trim() === '') return resolved({});
  return readBody(req);
}

/**
 * Runs a calendar change on a copy and keeps it only if it completes, so a request refused
 * half-way (a BodyProblem) changes nothing. The change answers with the reply to send.
 */
export function writeCalendar(
  ctx: TenantContext,
  slice: FeatureSlice<CalendarState>,
  change: (env: CalendarEnv) => Reply,
): Reply {
  const draft = structuredClone(slice.get());
  const env = calendarEnv(draft, ctx.store.state.users, ctx.tenantId, ctx.clock.now(), () =>
    ctx.newId(),
  );
  try {
    const reply = change(env);
    slice.update((data) => {
      data.events = draft.events;
    });
    return reply;
  } catch (error) {
    if (error instanceof BodyProblem) return error.reply;
    throw error;
  }
}

/** What a change to an event needs first: the writable mailbox, `Prefer`, then the body. */
export function changeSteps(ctx: TenantContext, userSegment: string | undefined) {
  return {
    mailbox: calendarMailbox(ctx, userSegment, 'write'),
    prefs: readPreferences,
    body: readBody,
  };
}

/** What an expanded view (calendarView, instances) needs first: mailbox, window, `$select`. */
export function viewSteps(ctx: TenantContext, userSegment: string | undefined) {
  return {
    mailbox: calendarMailbox(ctx, userSegment, 'read'),
    window: readTimeWindow,
    select: eventSelect,
  };
}
