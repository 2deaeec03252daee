/**
 * Microsoft To Do in Microsoft Graph v1.0: task lists, tasks and linked resources.
 * Demo seed: each manager's "Tasks" list holds a couple of ordinary tasks.
 * https://learn.microsoft.com/en-us/graph/api/resources/todo-overview
 */
import type { TenantFeature } from '../../core/context';
import type { GraphRequest } from '../../core/router';
import type { SeedInput } from '../../seed/build-state';
import { createList, deleteList, getList, getLists, updateList } from './list-routes';
import {
  createLinkedResource,
  createTask,
  deleteTask,
  getTask,
  listLinkedResources,
  listTasks,
  updateTask,
  type TaskPath,
} from './task-routes';
import { preciseInstant } from './time-zones';
import { newTask, provisionLists, type TodoState } from './todo-state';

const DAY_MS = 24 * 3600 * 1000;

function seedTodo({ state, org, now }: SeedInput): void {
  const data: TodoState = { lists: [], provisioned: [] };
  for (const person of org?.people ?? []) {
    provisionLists(data, person.id);
    if (person.reportKeys.length === 0) continue;
    const list = data.lists.find(
      (candidate) =>
        candidate.ownerId === person.id && candidate.wellknownListName === 'defaultList',
    );
    const created = preciseInstant(new Date(now.getTime() - 5 * DAY_MS));
    const titles = ['Review team goals for next quarter', 'Submit expense report'];
    for (const title of titles) {
      list?.tasks.push(newTask(title, created));
    }
  }
  state.features.todo = data;
}

export const todoFeature: TenantFeature = {
  name: 'todo',
  register(routes, ctx) {
    for (const prefix of ['/me/todo', '/users/{user}/todo']) {
      const user = (req: GraphRequest): string | undefined => req.params.user;
      const list = (req: GraphRequest): string => req.params.list ?? '';
      const at = (req: GraphRequest): TaskPath => ({ user: user(req), list: list(req) });
      const task = (req: GraphRequest): string => req.params.task ?? '';
      routes.graph('GET', `${prefix}/lists`, (req) => getLists(ctx, req, user(req)));
      routes.graph('POST', `${prefix}/lists`, (req) => createList(ctx, req, user(req)));
      routes.graph('GET', `${prefix}/lists/{list}`, (req) =>
        getList(ctx, req, user(req), list(req)),
      );
      routes.graph('PATCH', `${prefix}/lists/{list}`, (req) =>
        updateList(ctx, req, user(req), list(req)),
      );
      routes.graph('DELETE', `${prefix}/lists/{list}`, (req) =>
        deleteList(ctx, req, user(req), list(req)),
      );
      routes.graph('GET', `${prefix}/lists/{list}/tasks`, (req) => listTasks(ctx, req, at(req)));
      routes.graph('POST', `${prefix}/lists/{list}/tasks`, (req) => createTask(ctx, req, at(req)));
      routes.graph('GET', `${prefix}/lists/{list}/tasks/{task}`, (req) =>
        getTask(ctx, req, at(req), task(req)),
      );
      routes.graph('PATCH', `${prefix}/lists/{list}/tasks/{task}`, (req) =>
        updateTask(ctx, req, at(req), task(req)),
      );
      routes.graph('DELETE', `${prefix}/lists/{list}/tasks/{task}`, (req) =>
        deleteTask(ctx, req, at(req), task(req)),
      );
      routes.graph('GET', `${prefix}/lists/{list}/tasks/{task}/linkedResources`, (req) =>
        listLinkedResources(ctx, req, at(req), task(req)),
      );
      routes.graph('POST', `${prefix}/lists/{list}/tasks/{task}/linkedResources`, (req) =>
        createLinkedResource(ctx, req, at(req), task(req)),
      );
    }
  },
  seed: seedTodo,
};
