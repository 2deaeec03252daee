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
import { findUser } from '../../entra/lookups';
import type { DirectoryUser } from '../../state/types';
import { requireScopes, type PermissionRule } from '../auth';
import { graphBodyError, odataContext } from '../collections';
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

export type TodoOwner = { ok: true; owner: DirectoryUser } | { ok: false; reply: Reply };

/** `user` undefined means `/me`; delegated callers reach only their own lists. */
export function resolveTodoOwner(
  ctx: TenantContext,
  req: GraphRequest,
  user: string | undefined,
  rule: PermissionRule,
): TodoOwner {
  const caller = req.caller;
  if (user === undefined && caller.kind !== 'delegated') {
    return {
      ok: false,
      reply: graphError(
        400,
        'BadRequest',
        '/me request is only valid with delegated authentication flow.',
      ),
    };
  }
  const denied = requireScopes(caller, rule, 'outlook');
  if (denied) return { ok: false, reply: denied };
  const owner = findUser(
    ctx.store.state,
    user ?? (caller.kind === 'delegated' ? caller.userId : ''),
  );
  if (!owner) {
    return {
      ok: false,
      reply: graphError(404, 'ErrorInvalidUser', `The requested user '${user ?? ''}' is invalid.`),
    };
  }
  if (caller.kind === 'delegated' && caller.userId !== owner.id) {
    return {
      ok: false,
      reply: graphError(
        403,
        'ErrorAccessDenied',
        'Access is denied. Check credentials and try again.',
      ),
    };
  }
  return { ok: true, owner };
}

export type ListLookup =
  { ok: true; owner: DirectoryUser; list: StoredList } | { ok: false; reply: Reply };

export function lookupList(
  ctx: TenantContext,
  req: GraphRequest,
  user: string | undefined,
  listId: string,
  rule: PermissionRule,
): ListLookup {
  const target = resolveTodoOwner(ctx, req, user, rule);
  if (!target.ok) return target;
  const lists = listsOf(ctx, target.owner.id);
  if (!isWellFormedTodoId(listId)) return { ok: false, reply: idMalformed() };
  const list = lists.find((candidate) => candidate.id === listId);
  if (!list) return { ok: false, reply: itemNotFound() };
  return { ok: true, owner: target.owner, list };
}

function listsContext(ctx: TenantContext, ownerId: string): string {
  return odataContext(ctx, `users('${ownerId}')/todo/lists`);
}

export function getLists(ctx: TenantContext, req: GraphRequest, user: string | undefined): Reply {
  const target = resolveTodoOwner(ctx, req, user, TASKS_READ);
  if (!target.ok) return target.reply;
  return json({
    '@odata.context': listsContext(ctx, target.owner.id),
    value: listsOf(ctx, target.owner.id).map(shapeList),
  });
}

function readDisplayName(raw: unknown): string | Reply {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return graphError(400, 'invalidRequest', 'Invalid request.');
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'displayName' && !key.startsWith('@odata.')) {
      return graphError(
        400,
        'RequestBodyRead',
        `The property '${key}' does not exist on type 'microsoft.graph.todoTaskList'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
      );
    }
  }
  const name = 'displayName' in raw ? raw.displayName : undefined;
  if (typeof name !== 'string' || name.trim() === '') {
    return graphError(400, 'invalidRequest', 'The displayName of a task list is required.');
  }
  return name;
}

export async function createList(
  ctx: TenantContext,
  req: GraphRequest,
  user: string | undefined,
): Promise<Reply> {
  const target = resolveTodoOwner(ctx, req, user, TASKS_WRITE);
  if (!target.ok) return target.reply;
  const body = await req.readJson();
  if (!body.ok) return graphBodyError(body);
  const name = readDisplayName(body.value);
  if (typeof name !== 'string') return name;
  listsOf(ctx, target.owner.id);
  const list = todoSlice(ctx).update((data) => {
    const created = emptyList(target.owner.id, name, 'none');
    data.lists.push(created);
    return created;
  });
  return json(
    {
      '@odata.context': odataContext(ctx, `users('${target.owner.id}')/todo/lists/$entity`),
      ...shapeList(list),
    },
    201,
  );
}

export function getList(
  ctx: TenantContext,
  req: GraphRequest,
  user: string | undefined,
  listId: string,
): Reply {
  const found = lookupList(ctx, req, user, listId, TASKS_READ);
  if (!found.ok) return found.reply;
  return json({
    '@odata.context': odataContext(ctx, `users('${found.owner.id}')/todo/lists/$entity`),
    ...shapeList(found.list),
  });
}

export async function updateList(
  ctx: TenantContext,
  req: GraphRequest,
  user: string | undefined,
  listId: string,
): Promise<Reply> {
  const found = lookupList(ctx, req, user, listId, TASKS_WRITE);
  if (!found.ok) return found.reply;
  const body = await req.readJson();
  if (!body.ok) return graphBodyError(body);
  const name = readDisplayName(body.value);
  if (typeof name !== 'string') return name;
  todoSlice(ctx).update(() => {
    found.list.displayName = name;
    found.list.changeKey = newTodoChangeKey();
  });
  return json({
    '@odata.context': odataContext(ctx, `users('${found.owner.id}')/todo/lists/$entity`),
    ...shapeList(found.list),
  });
}

export function deleteList(
  ctx: TenantContext,
  req: GraphRequest,
  user: string | undefined,
  listId: string,
): Reply {
  const found = lookupList(ctx, req, user, listId, TASKS_WRITE);
  if (!found.ok) return found.reply;
  if (found.list.wellknownListName !== 'none') {
    return graphError(400, 'invalidRequest', 'A well-known list cannot be deleted.');
  }
  todoSlice(ctx).update((data) => {
    data.lists.splice(data.lists.indexOf(found.list), 1);
  });
  return empty(204);
}
