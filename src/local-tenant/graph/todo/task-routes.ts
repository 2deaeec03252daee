/**
 * To Do tasks and their linked resources. todoTask has no transactionId or other idempotency
 * key; a client that must not create a task twice records its own id in a linkedResource's
 * externalId and looks it up with `$filter=linkedResources/any(l: l/externalId eq '…')`.
 * https://learn.microsoft.com/en-us/graph/api/todotasklist-list-tasks
 * https://learn.microsoft.com/en-us/graph/api/todotasklist-post-tasks
 * https://learn.microsoft.com/en-us/graph/api/todotask-get
 * https://learn.microsoft.com/en-us/graph/api/todotask-update
 * https://learn.microsoft.com/en-us/graph/api/todotask-delete
 * https://learn.microsoft.com/en-us/graph/api/todotask-list-linkedresources
 * https://learn.microsoft.com/en-us/graph/api/todotask-post-linkedresources
 */
import type { TenantContext } from '../../core/context';
import { empty, graphError, json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import { graphBodyError, odataContext } from '../collections';
import { TASKS_READ, TASKS_WRITE, idMalformed, itemNotFound, lookupList } from './list-routes';
import { readLinkedResourceBody, readTaskInput, type TaskInput } from './task-input';
import {
  preferredZone,
  queryTasks,
  shapeTask,
  unknownTaskProperty,
  type TaskShapeOptions,
} from './task-shape';
import { epochToWallTime, preciseInstant } from './time-zones';
import {
  isWellFormedTodoId,
  listsOf,
  newTodoChangeKey,
  newTodoId,
  todoSlice,
  type StoredList,
  type StoredTask,
} from './todo-state';

export interface TaskPath {
  user: string | undefined;
  list: string;
}

function shapeOptions(req: GraphRequest, linkedResources?: boolean): TaskShapeOptions | Reply {
  const unknown = unknownTaskProperty(req.odata.select);
  if (unknown !== undefined) {
    return graphError(
      400,
      'BadRequest',
      `Could not find a property named '${unknown}' on type 'microsoft.graph.todoTask'.`,
    );
  }
  let expandLinks = false;
  for (const item of req.odata.expand ?? []) {
    const name = item.property.toLowerCase();
    if (name === 'linkedresources') expandLinks = true;
    else if (name !== 'checklistitems' && name !== 'attachments' && name !== 'extensions') {
      return graphError(
        400,
        'BadRequest',
        `Could not find a property named '${item.property}' on type 'microsoft.graph.todoTask'.`,
      );
    }
  }
  return {
    select: req.odata.select,
    zone: preferredZone(req),
    linkedResources: linkedResources ?? expandLinks,
  };
}

function tasksContext(ownerId: string, listId: string): string {
  return `users('${ownerId}')/todo/lists('${listId}')/tasks`;
}

export function listTasks(ctx: TenantContext, req: GraphRequest, path: TaskPath): Reply {
  const found = lookupList(ctx, req, path.user, path.list, TASKS_READ);
  if (!found.ok) return found.reply;
  const options = shapeOptions(req);
  if ('kind' in options) return options;
  const page = queryTasks(ctx, req, found.list.tasks);
  if (!page.ok) return page.reply;
  return json({
    '@odata.context': odataContext(ctx, tasksContext(found.owner.id, found.list.id)),
    ...(req.odata.count ? { '@odata.count': page.count } : {}),
    value: page.items.map((task) => shapeTask(task, options)),
    ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
  });
}

function applyInput(task: StoredTask, input: TaskInput, now: Date): void {
  const at = preciseInstant(now);
  if (input.title !== undefined) task.title = input.title;
  if (input.body !== undefined) {
    task.body = input.body;
    task.bodyLastModifiedDateTime = at;
  }
  if (input.importance !== undefined) task.importance = input.importance;
  if (input.isReminderOn !== undefined) task.isReminderOn = input.isReminderOn;
  if (input.categories !== undefined) task.categories = input.categories;
  if (input.dueDateTime !== undefined) task.dueDateTime = input.dueDateTime;
  if (input.startDateTime !== undefined) task.startDateTime = input.startDateTime;
  if (input.reminderDateTime !== undefined) task.reminderDateTime = input.reminderDateTime;
  if (input.recurrence !== undefined) task.recurrence = input.recurrence;
  if (input.linkedResources !== undefined) task.linkedResources = input.linkedResources;
  if (input.completedDateTime !== undefined) task.completedDateTime = input.completedDateTime;
  if (input.status !== undefined) {
    const wasCompleted = task.status === 'completed';
    task.status = input.status;
    if (input.status === 'completed' && !wasCompleted && input.completedDateTime === undefined) {
      // To Do records the day the task was completed.
      const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
      task.completedDateTime = { dateTime: epochToWallTime(day, 'UTC'), timeZone: 'UTC' };
    }
    if (input.status !== 'completed') task.completedDateTime = null;
  }
  task.lastModifiedDateTime = at;
  task.changeKey = newTodoChangeKey();
}

export async function createTask(
  ctx: TenantContext,
  req: GraphRequest,
  path: TaskPath,
): Promise<Reply> {
  const found = lookupList(ctx, req, path.user, path.list, TASKS_WRITE);
  if (!found.ok) return found.reply;
  const body = await req.readJson();
  if (!body.ok) return graphBodyError(body);
  const input = readTaskInput(body.value, true);
  if (!input.ok) return input.reply;
  const now = ctx.clock.now();
  const created = preciseInstant(now);
  const task: StoredTask = {
    id: newTodoId(),
    changeKey: newTodoChangeKey(),
    title: '',
    body: { content: '', contentType: 'text' },
    importance: 'normal',
    status: 'notStarted',
    isReminderOn: false,
    categories: [],
    createdDateTime: created,
    lastModifiedDateTime: created,
    bodyLastModifiedDateTime: created,
    dueDateTime: null,
    startDateTime: null,
    reminderDateTime: null,
    completedDateTime: null,
    recurrence: null,
    linkedResources: [],
  };
  applyInput(task, input.value, now);
  todoSlice(ctx).update(() => {
    found.list.tasks.push(task);
  });
  const options = shapeOptions(req, task.linkedResources.length > 0);
  if ('kind' in options) return options;
  return json(
    {
      '@odata.context': odataContext(ctx, `${tasksContext(found.owner.id, found.list.id)}/$entity`),
      ...shapeTask(task, options),
    },
    201,
  );
}

type TaskLookup =
  { ok: true; list: StoredList; task: StoredTask; ownerId: string } | { ok: false; reply: Reply };

function lookupTask(
  ctx: TenantContext,
  req: GraphRequest,
  path: TaskPath,
  taskId: string,
  rule: typeof TASKS_READ,
): TaskLookup {
  const found = lookupList(ctx, req, path.user, path.list, rule);
  if (!found.ok) return found;
  if (!isWellFormedTodoId(taskId)) return { ok: false, reply: idMalformed() };
  const task = found.list.tasks.find((candidate) => candidate.id === taskId);
  if (task) return { ok: true, list: found.list, task, ownerId: found.owner.id };
  const elsewhere = listsOf(ctx, found.owner.id).some((list) =>
    list.tasks.some((candidate) => candidate.id === taskId),
  );
  return {
    ok: false,
    reply: elsewhere
      ? graphError(
          400,
          'invalidRequest',
          'Parent folder specified does not contain a Task with given Id',
        )
      : itemNotFound(),
  };
}

export function getTask(
  ctx: TenantContext,
  req: GraphRequest,
  path: TaskPath,
  taskId: string,
): Reply {
  const found = lookupTask(ctx, req, path, taskId, TASKS_READ);
  if (!found.ok) return found.reply;
  const options = shapeOptions(req);
  if ('kind' in options) return options;
  return json({
    '@odata.context': odataContext(ctx, `${tasksContext(found.ownerId, found.list.id)}/$entity`),
    ...shapeTask(found.task, options),
  });
}

export async function updateTask(
  ctx: TenantContext,
  req: GraphRequest,
  path: TaskPath,
  taskId: string,
): Promise<Reply> {
  const found = lookupTask(ctx, req, path, taskId, TASKS_WRITE);
  if (!found.ok) return found.reply;
  const body = await req.readJson();
  if (!body.ok) return graphBodyError(body);
  const input = readTaskInput(body.value, false);
  if (!input.ok) return input.reply;
  if (!found.list.tasks.includes(found.task)) return itemNotFound();
  todoSlice(ctx).update(() => {
    applyInput(found.task, input.value, ctx.clock.now());
  });
  const options = shapeOptions(req);
  if ('kind' in options) return options;
  return json({
    '@odata.context': odataContext(ctx, `${tasksContext(found.ownerId, found.list.id)}/$entity`),
    ...shapeTask(found.task, options),
  });
}

export function deleteTask(
  ctx: TenantContext,
  req: GraphRequest,
  path: TaskPath,
  taskId: string,
): Reply {
  const found = lookupTask(ctx, req, path, taskId, TASKS_WRITE);
  if (!found.ok) return found.reply;
  todoSlice(ctx).update(() => {
    found.list.tasks.splice(found.list.tasks.indexOf(found.task), 1);
  });
  return empty(204);
}

export function listLinkedResources(
  ctx: TenantContext,
  req: GraphRequest,
  path: TaskPath,
  taskId: string,
): Reply {
  const found = lookupTask(ctx, req, path, taskId, TASKS_READ);
  if (!found.ok) return found.reply;
  return json({
    '@odata.context': odataContext(
      ctx,
      `${tasksContext(found.ownerId, found.list.id)}('${found.task.id}')/linkedResources`,
    ),
    value: found.task.linkedResources,
  });
}

export async function createLinkedResource(
  ctx: TenantContext,
  req: GraphRequest,
  path: TaskPath,
  taskId: string,
): Promise<Reply> {
  const found = lookupTask(ctx, req, path, taskId, TASKS_WRITE);
  if (!found.ok) return found.reply;
  const body = await req.readJson();
  if (!body.ok) return graphBodyError(body);
  const resource = readLinkedResourceBody(body.value);
  if (!resource.ok) return resource.reply;
  if (found.task.linkedResources.length > 0) {
    return graphError(400, 'invalidRequest', 'Only one item in linkedResources is allowed.');
  }
  todoSlice(ctx).update(() => {
    found.task.linkedResources.push(resource.value);
    found.task.lastModifiedDateTime = preciseInstant(ctx.clock.now());
    found.task.changeKey = newTodoChangeKey();
  });
  return json(
    {
      '@odata.context': odataContext(
        ctx,
        `${tasksContext(found.ownerId, found.list.id)}('${found.task.id}')/linkedResources/$entity`,
      ),
      ...resource.value,
    },
    201,
  );
}
