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
import type { PermissionRule } from '../auth';
import { odataContext } from '../collections';
import {
  parsedBody,
  refused,
  replyFrom,
  resolveThen,
  resolved,
  type Resolved,
  type Step,
} from '../route-helper';
import { TASKS_READ, TASKS_WRITE, idMalformed, itemNotFound, todoList } from './list-routes';
import { readLinkedResourceBody, readNewTask, readTaskPatch, type TaskInput } from './task-input';
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
  newTask,
  newTodoChangeKey,
  todoSlice,
  type StoredList,
  type StoredTask,
} from './todo-state';

export interface TaskPath {
  user: string | undefined;
  list: string;
}

const unknownProperty = (name: string): Reply =>
  graphError(
    400,
    'BadRequest',
    `Could not find a property named '${name}' on type 'microsoft.graph.todoTask'.`,
  );

/** `$select` and `$expand` of a task request; linked resources come back when expanded. */
function readShapeOptions(req: GraphRequest): Resolved<TaskShapeOptions> {
  const unknown = unknownTaskProperty(req.odata.select);
  if (unknown !== undefined) return refused(unknownProperty(unknown));
  let expandLinks = false;
  for (const item of req.odata.expand ?? []) {
    const name = item.property.toLowerCase();
    if (name === 'linkedresources') expandLinks = true;
    else if (name !== 'checklistitems' && name !== 'attachments' && name !== 'extensions') {
      return refused(unknownProperty(item.property));
    }
  }
  return resolved({
    select: req.odata.select,
    zone: preferredZone(req),
    linkedResources: expandLinks,
  });
}

function tasksContext(ownerId: string, listId: string): string {
  return `users('${ownerId}')/todo/lists('${listId}')/tasks`;
}

export function listTasks(ctx: TenantContext, req: GraphRequest, path: TaskPath): Promise<Reply> {
  const steps = {
    found: todoList(ctx, path.user, path.list, TASKS_READ),
    options: readShapeOptions,
  };
  return resolveThen(req, steps, ({ found, options }) => {
    return replyFrom(queryTasks(ctx, req, found.list.tasks), (page) =>
      json({
        '@odata.context': odataContext(ctx, tasksContext(found.owner.id, found.list.id)),
        ...(req.odata.count ? { '@odata.count': page.count } : {}),
        value: page.items.map((task) => shapeTask(task, options)),
        ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}),
      }),
    );
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

/**
 * A task as the request's `$select` and `$expand` ask; they are read after the change, so a bad
 * `$select` on POST or PATCH answers 400 with the change made, as the handlers always did.
 */
function taskReply(
  ctx: TenantContext,
  req: GraphRequest,
  found: FoundTask,
  shown: { status: number; linkedResources?: boolean },
): Reply {
  return replyFrom(readShapeOptions(req), (options) =>
    json(
      {
        '@odata.context': odataContext(
          ctx,
          `${tasksContext(found.ownerId, found.list.id)}/$entity`,
        ),
        ...shapeTask(found.task, {
          ...options,
          linkedResources: shown.linkedResources ?? options.linkedResources,
        }),
      },
      shown.status,
    ),
  );
}

export function createTask(ctx: TenantContext, req: GraphRequest, path: TaskPath): Promise<Reply> {
  const steps = {
    found: todoList(ctx, path.user, path.list, TASKS_WRITE),
    input: parsedBody(readNewTask),
  };
  return resolveThen(req, steps, ({ found, input }) => {
    const now = ctx.clock.now();
    const task = newTask('', preciseInstant(now));
    applyInput(task, input, now);
    todoSlice(ctx).update(() => {
      found.list.tasks.push(task);
    });
    const created = { list: found.list, task, ownerId: found.owner.id };
    // A new task shows its linked resources when it has any, expanded or not.
    return taskReply(ctx, req, created, {
      status: 201,
      linkedResources: task.linkedResources.length > 0,
    });
  });
}

interface FoundTask {
  list: StoredList;
  task: StoredTask;
  ownerId: string;
}

/** The task the path names, as a step of the route helper. */
function todoTask(
  ctx: TenantContext,
  path: TaskPath,
  taskId: string,
  rule: PermissionRule,
): Step<FoundTask> {
  const list = todoList(ctx, path.user, path.list, rule);
  return async (req) => {
    const found = await list(req);
    if (!found.ok) return found;
    if (!isWellFormedTodoId(taskId)) return refused(idMalformed());
    const task = found.value.list.tasks.find((candidate) => candidate.id === taskId);
    if (task) return resolved({ list: found.value.list, task, ownerId: found.value.owner.id });
    const elsewhere = listsOf(ctx, found.value.owner.id).some((other) =>
      other.tasks.some((candidate) => candidate.id === taskId),
    );
    return refused(
      elsewhere
        ? graphError(
            400,
            'invalidRequest',
            'Parent folder specified does not contain a Task with given Id',
          )
        : itemNotFound(),
    );
  };
}

export function getTask(
  ctx: TenantContext,
  req: GraphRequest,
  path: TaskPath,
  taskId: string,
): Promise<Reply> {
  const steps = { found: todoTask(ctx, path, taskId, TASKS_READ) };
  return resolveThen(req, steps, ({ found }) => taskReply(ctx, req, found, { status: 200 }));
}

export function updateTask(
  ctx: TenantContext,
  req: GraphRequest,
  path: TaskPath,
  taskId: string,
): Promise<Reply> {
  const steps = {
    found: todoTask(ctx, path, taskId, TASKS_WRITE),
    input: parsedBody(readTaskPatch),
  };
  return resolveThen(req, steps, ({ found, input }) => {
    if (!found.list.tasks.includes(found.task)) return itemNotFound();
    todoSlice(ctx).update(() => {
      applyInput(found.task, input, ctx.clock.now());
    });
    return taskReply(ctx, req, found, { status: 200 });
  });
}

export function deleteTask(
  ctx: TenantContext,
  req: GraphRequest,
  path: TaskPath,
  taskId: string,
): Promise<Reply> {
  return resolveThen(req, { found: todoTask(ctx, path, taskId, TASKS_WRITE) }, ({ found }) => {
    todoSlice(ctx).update(() => {
      found.list.tasks.splice(found.list.tasks.indexOf(found.task), 1);
    });
    return empty(204);
  });
}

function linkedResourcesContext(ctx: TenantContext, found: FoundTask, suffix: string): string {
  const tasks = tasksContext(found.ownerId, found.list.id);
  return odataContext(ctx, `${tasks}('${found.task.id}')/linkedResources${suffix}`);
}

export function listLinkedResources(
  ctx: TenantContext,
  req: GraphRequest,
  path: TaskPath,
  taskId: string,
): Promise<Reply> {
  return resolveThen(req, { found: todoTask(ctx, path, taskId, TASKS_READ) }, ({ found }) =>
    json({
      '@odata.context': linkedResourcesContext(ctx, found, ''),
      value: found.task.linkedResources,
    }),
  );
}

export function createLinkedResource(
  ctx: TenantContext,
  req: GraphRequest,
  path: TaskPath,
  taskId: string,
): Promise<Reply> {
  const steps = {
    found: todoTask(ctx, path, taskId, TASKS_WRITE),
    resource: parsedBody(readLinkedResourceBody),
  };
  return resolveThen(req, steps, ({ found, resource }) => {
    if (found.task.linkedResources.length > 0) {
      return graphError(400, 'invalidRequest', 'Only one item in linkedResources is allowed.');
    }
    todoSlice(ctx).update(() => {
      found.task.linkedResources.push(resource);
      found.task.lastModifiedDateTime = preciseInstant(ctx.clock.now());
      found.task.changeKey = newTodoChangeKey();
    });
    return json(
      { '@odata.context': linkedResourcesContext(ctx, found, '/$entity'), ...resource },
      201,
    );
  });
}
