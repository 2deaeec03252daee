/**
 * To Do task lists.
 * https://learn.microsoft.com/en-us/graph/api/todo-list-lists
 * https://learn.microsoft.com/en-us/graph/api/todo-post-lists
 * https://learn.microsoft.com/en-us/graph/api/todotasklist-get
 * https://learn.microsoft.com/en-us/graph/api/todotasklist-update
 * https://learn.microsoft.com/en-us/graph/api/todotasklist-delete
 */
import type { TenantContext } from '../../core/context';
import { empty, graphError, json, type Reply } from '../../core/reply';
import type { GraphRequest } from '../../core/router';
import type { DirectoryUser } from '../../state/types';
import type { PermissionRule } from '../auth';
import { odataContext } from '../collections';
import { mailboxOwner, resolveOwner } from '../mailbox-owner';
import type { Resolved, Step } from '../route-helper';
import { parsedBody, refused, resolveThen, resolved } from '../route-helper';
import { shapeList } from './task-shape';
import {
  emptyList,
  isWellFormedTodoId,
  listsOf,
  newTodoChangeKey,
  todoSlice,
  type StoredList,
} from './todo-state';

export const TASKS_READ: PermissionRule = {
  delegated: ['Tasks.Read', 'Tasks.ReadWrite'],
  application: ['Tasks.Read.All', 'Tasks.ReadWrite.All'],
};
export const TASKS_WRITE: PermissionRule = {
  delegated: ['Tasks.ReadWrite'],
  application: ['Tasks.ReadWrite.All'],
};

export const itemNotFound = (): Reply =>
  graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
export const idMalformed = (): Reply =>
  graphError(400, 'ErrorInvalidIdMalformed', 'Id is malformed.');

export interface FoundList {
  owner: DirectoryUser;
  list: StoredList;
}

/** The list the path names, in the caller's reach, as a step of the route helper. */
export function todoList(
  ctx: TenantContext,
  user: string | undefined,
  listId: string,
  rule: PermissionRule,
): Step<FoundList> {
  return (req) => {
    const target = resolveOwner(ctx, req, user, rule);
    if (!target.ok) return target;
    const lists = listsOf(ctx, target.value.id);
    if (!isWellFormedTodoId(listId)) return refused(idMalformed());
    const list = lists.find((candidate) => candidate.id === listId);
    return list ? resolved({ owner: target.value, list }) : refused(itemNotFound());
  };
}

function listsContext(ctx: TenantContext, ownerId: string): string {
  return odataContext(ctx, `users('${ownerId}')/todo/lists`);
}

export function getLists(
  ctx: TenantContext,
  req: GraphRequest,
  user: string | undefined,
): Promise<Reply> {
  return resolveThen(req, { owner: mailboxOwner(ctx, user, TASKS_READ) }, ({ owner }) =>
    json({
      '@odata.context': listsContext(ctx, owner.id),
      value: listsOf(ctx, owner.id).map(shapeList),
    }),
  );
}

/** A todoTaskList body: only `displayName`, and it must not be blank. */
function readDisplayName(raw: unknown): Resolved<string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refused(graphError(400, 'invalidRequest', 'Invalid request.'));
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'displayName' && !key.startsWith('@odata.')) {
      return refused(
        graphError(
          400,
          'RequestBodyRead',
          `The property '${key}' does not exist on type 'microsoft.graph.todoTaskList'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
        ),
      );
    }
  }
  const name = 'displayName' in raw ? raw.displayName : undefined;
  if (typeof name !== 'string' || name.trim() === '') {
    return refused(
      graphError(400, 'invalidRequest', 'The displayName of a task list is required.'),
    );
  }
  return resolved(name);
}

function listReply(ctx: TenantContext, found: FoundList, status = 200): Reply {
  return json(
    {
      '@odata.context': odataContext(ctx, `users('${found.owner.id}')/todo/lists/$entity`),
      ...shapeList(found.list),
    },
    status,
  );
}

export function createList(
  ctx: TenantContext,
  req: GraphRequest,
  user: string | undefined,
): Promise<Reply> {
  const steps = { owner: mailboxOwner(ctx, user, TASKS_WRITE), name: parsedBody(readDisplayName) };
  return resolveThen(req, steps, ({ owner, name }) => {
    listsOf(ctx, owner.id);
    const list = todoSlice(ctx).update((data) => {
      const created = emptyList(owner.id, name, 'none');
      data.lists.push(created);
      return created;
    });
    return listReply(ctx, { owner, list }, 201);
  });
}

export function getList(
  ctx: TenantContext,
  req: GraphRequest,
  user: string | undefined,
  listId: string,
): Promise<Reply> {
  const steps = { found: todoList(ctx, user, listId, TASKS_READ) };
  return resolveThen(req, steps, ({ found }) => listReply(ctx, found));
}

export function updateList(
  ctx: TenantContext,
  req: GraphRequest,
  user: string | undefined,
  listId: string,
): Promise<Reply> {
  const steps = {
    found: todoList(ctx, user, listId, TASKS_WRITE),
    name: parsedBody(readDisplayName),
  };
  return resolveThen(req, steps, ({ found, name }) => {
    todoSlice(ctx).update(() => {
      found.list.displayName = name;
      found.list.changeKey = newTodoChangeKey();
    });
    return listReply(ctx, found);
  });
}

export function deleteList(
  ctx: TenantContext,
  req: GraphRequest,
  user: string | undefined,
  listId: string,
): Promise<Reply> {
  return resolveThen(req, { found: todoList(ctx, user, listId, TASKS_WRITE) }, ({ found }) => {
    if (found.list.wellknownListName !== 'none') {
      return graphError(400, 'invalidRequest', 'A well-known list cannot be deleted.');
    }
    todoSlice(ctx).update((data) => {
      data.lists.splice(data.lists.indexOf(found.list), 1);
    });
    return empty(204);
  });
}
