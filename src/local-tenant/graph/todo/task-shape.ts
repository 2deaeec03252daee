/**
 * todoTask and todoTaskList on the wire, and task queries: `$filter` (including
 * `linkedResources/any(l: l/externalId eq '…')` and `categories/any(c: c eq '…')`), `$orderby`,
 * `$select`, `$expand=linkedResources`, and `$skip` paging (10 per page by default).
 * https://learn.microsoft.com/en-us/graph/api/resources/todotask
 * https://learn.microsoft.com/en-us/graph/api/todotasklist-list-tasks
 * https://learn.microsoft.com/en-us/graph/api/todotask-list-linkedresources
 */
import type { TenantContext } from '../../core/context';
import { graphError, type Reply } from '../../core/reply';
import { resolved, type Resolved } from '../route-helper';
import type { TenantRequest } from '../../core/request';
import {
  evaluateLambdaFilter,
  lambdaFilterProperties,
  parseLambdaFilter,
} from '../mail/lambda-filter';
import { resolveTimeZone } from '../graph-time-zones';
import { epochToWallTime } from './time-zones';
import type { StoredDateTime, StoredList, StoredTask } from './todo-state';

export const TASK_PROPERTIES = [
  'importance',
  'isReminderOn',
  'status',
  'title',
  'createdDateTime',
  'lastModifiedDateTime',
  'hasAttachments',
  'categories',
  'id',
  'body',
  'bodyLastModifiedDateTime',
  'dueDateTime',
  'startDateTime',
  'reminderDateTime',
  'completedDateTime',
  'recurrence',
] as const;

export function shapeList(list: StoredList): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.todoTaskList',
    '@odata.etag': `W/"${list.changeKey}"`,
    displayName: list.displayName,
    isOwner: true,
    isShared: false,
    wellknownListName: list.wellknownListName,
    id: list.id,
  };
}

/** `Prefer: outlook.timezone="…"`: the zone dateTimeTimeZone values are written in. */
export function preferredZone(req: TenantRequest): string {
  const prefer = req.header('prefer') ?? '';
  const zone = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer)?.[1];
  return zone && resolveTimeZone(zone) ? zone : 'UTC';
}

function inZone(value: StoredDateTime, zone: string): StoredDateTime {
  if (zone === 'UTC') return value;
  const ms = Date.parse(`${value.dateTime.slice(0, 23)}Z`);
  return { dateTime: epochToWallTime(ms, zone), timeZone: zone };
}

export interface TaskShapeOptions {
  select: string[] | undefined;
  zone: string;
  linkedResources: boolean;
}

export function shapeTask(task: StoredTask, options: TaskShapeOptions): Record<string, unknown> {
  const wanted = (name: string): boolean =>
    name === 'id' ||
    !options.select ||
    options.select.some((item) => item.toLowerCase() === name.toLowerCase());
  const body: Record<string, unknown> = { '@odata.etag': `W/"${task.changeKey}"` };
  for (const name of TASK_PROPERTIES) {
    if (!wanted(name)) continue;
    switch (name) {
      case 'hasAttachments':
        body[name] = false;
        break;
      case 'dueDateTime':
      case 'startDateTime':
      case 'reminderDateTime':
      case 'completedDateTime': {
        // To Do leaves unset dates out of the response rather than writing null.
        const value = task[name];
        if (value) body[name] = inZone(value, options.zone);
        break;
      }
      case 'recurrence':
        if (task.recurrence) body[name] = task.recurrence;
        break;
      default:
        body[name] = task[name];
    }
  }
  if (options.linkedResources) body.linkedResources = task.linkedResources;
  return body;
}

export function unknownTaskProperty(select: string[] | undefined): string | undefined {
  return select?.find(
    (name) => !TASK_PROPERTIES.some((known) => known.toLowerCase() === name.toLowerCase()),
  );
}

const FILTERABLE = [
  'id',
  'title',
  'status',
  'importance',
  'isReminderOn',
  'hasAttachments',
  'createdDateTime',
  'lastModifiedDateTime',
  'bodyLastModifiedDateTime',
  'body/content',
  'dueDateTime/dateTime',
  'startDateTime/dateTime',
  'reminderDateTime/dateTime',
  'completedDateTime/dateTime',
  'categories',
  'linkedResources',
].map((name) => name.toLowerCase());

function taskValue(task: StoredTask, path: string): unknown {
  const lower = path.toLowerCase();
  if (lower === 'hasattachments') return false;
  if (lower === 'body/content') return task.body.content;
  const [head = '', tail] = lower.split('/');
  const entry = Object.entries(task).find(([key]) => key.toLowerCase() === head);
  const value: unknown = entry?.[1];
  if (tail === 'datetime') {
    return typeof value === 'object' && value !== null && 'dateTime' in value
      ? value.dateTime
      : null;
  }
  return typeof value === 'object' && value !== null ? undefined : value;
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b);
  if (typeof a === 'boolean' && typeof b === 'boolean') return a ? 1 : -1;
  return 0;
}

export type TaskPage = Resolved<{
  items: StoredTask[];
  nextLink: string | undefined;
  count: number;
}>;

function withSkip(ctx: TenantContext, req: TenantRequest, skip: number): string {
  const parts: string[] = [];
  for (const [key, value] of req.query) {
    if (key.replace(/^\$/, '').toLowerCase() === 'skip') continue;
    parts.push(`${key}=${encodeURIComponent(value)}`);
  }
  parts.push(`$skip=${String(skip)}`);
  return `${ctx.urls.base}${req.path}?${parts.join('&')}`;
}

const badRequest = (message: string): Reply => graphError(400, 'invalidRequest', message);

export function queryTasks(ctx: TenantContext, req: TenantRequest, tasks: StoredTask[]): TaskPage {
  let matching = [...tasks];
  if (req.odata.filter !== undefined) {
    const parsed = parseLambdaFilter(req.odata.filter);
    if (!parsed.ok) return { ok: false, reply: badRequest(parsed.message) };
    const filter = parsed.filter;
    const unknown = lambdaFilterProperties(filter).find(
      (path) => !FILTERABLE.includes(path.toLowerCase()),
    );
    if (unknown !== undefined) {
      return {
        ok: false,
        reply: graphError(
          400,
          'BadRequest',
          `Could not find a property named '${unknown}' on type 'microsoft.graph.todoTask'.`,
        ),
      };
    }
    matching = matching.filter((task) =>
      evaluateLambdaFilter(filter, {
        property: (path) => taskValue(task, path),
        collection: (name) =>
          name.toLowerCase() === 'categories'
            ? task.categories
            : name.toLowerCase() === 'linkedresources'
              ? task.linkedResources
              : undefined,
      }),
    );
  }
  const order = req.odata.orderBy ?? [{ property: 'createdDateTime', direction: 'asc' as const }];
  const unknownOrder = order.find((item) => !FILTERABLE.includes(item.property.toLowerCase()));
  if (unknownOrder) {
    return {
      ok: false,
      reply: graphError(
        400,
        'BadRequest',
        `Could not find a property named '${unknownOrder.property}' on type 'microsoft.graph.todoTask'.`,
      ),
    };
  }
  matching.sort((a, b) => {
    for (const item of order) {
      const result = compare(taskValue(a, item.property), taskValue(b, item.property));
      if (result !== 0) return item.direction === 'desc' ? -result : result;
    }
    return 0;
  });
  const top = req.odata.top === undefined ? 10 : Number(req.odata.top);
  if (!Number.isInteger(top) || top < 1 || top > 1000) {
    return { ok: false, reply: badRequest(`Invalid value '${String(req.odata.top)}' for $top.`) };
  }
  const skip = req.odata.skip === undefined ? 0 : Number(req.odata.skip);
  if (!Number.isInteger(skip) || skip < 0) {
    return { ok: false, reply: badRequest(`Invalid value '${String(req.odata.skip)}' for $skip.`) };
  }
  return resolved({
    items: matching.slice(skip, skip + top),
    count: matching.length,
    nextLink: skip + top < matching.length ? withSkip(ctx, req, skip + top) : undefined,
  });
}
