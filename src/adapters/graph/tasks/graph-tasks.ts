import { z } from 'zod/mini';
import type { NewTask, Tasks } from '../../../app/ports';
import { PortError } from '../../../app/ports';
import { odataString, segment, type GraphClient } from '../client';
import { SCOPES } from '../shared/scopes';

/** The application name To Do shows beside a task this product created. */
export const LINKED_APPLICATION = 'Career Conversations';

const taskList = z.object({
  id: z.string().check(z.minLength(1)),
  wellknownListName: z.catch(z.nullish(z.string()), null),
});
const linkedResource = z.catch(z.object({ externalId: z.nullish(z.string()) }), {});
const task = z.object({
  id: z.string().check(z.minLength(1)),
  linkedResources: z.catch(z.nullish(z.array(linkedResource)), undefined),
});

/**
 * The signed-in person's To Do tasks, in their default list.
 *
 * Idempotency: each task carries a linkedResource whose externalId is the idempotency key. A
 * create first looks for tasks with the same title (To Do filters on title) and checks their
 * linked resources for the key, so a retried create returns the first task instead of adding a
 * second. Two tasks with the same title and different keys are both kept.
 */
export class GraphTasks implements Tasks {
  private defaultListId: string | undefined;

  constructor(private readonly graph: GraphClient) {}

  async createTask(newTask: NewTask): Promise<{ id: string }> {
    const listPath = `/me/todo/lists/${segment(await this.listId())}/tasks`;
    const existing = await this.findByKey(listPath, newTask.title, newTask.idempotencyKey);
    if (existing) return { id: existing };
    const created = await this.graph.json(
      {
        method: 'POST',
        path: listPath,
        body: {
          title: newTask.title,
          body: { contentType: 'text', content: newTask.body },
          dueDateTime: { dateTime: `${newTask.due}T00:00:00`, timeZone: 'UTC' },
          linkedResources: [
            {
              applicationName: LINKED_APPLICATION,
              displayName: newTask.title,
              externalId: newTask.idempotencyKey,
            },
          ],
        },
        scopes: SCOPES.tasks,
      },
      task,
    );
    return { id: created.id };
  }

  async completeTask(id: string): Promise<void> {
    await this.graph.send({
      method: 'PATCH',
      path: `/me/todo/lists/${segment(await this.listId())}/tasks/${segment(id)}`,
      body: { status: 'completed' },
      scopes: SCOPES.tasks,
    });
  }

  private async listId(): Promise<string> {
    if (this.defaultListId) return this.defaultListId;
    const lists = await this.graph.collect(
      { method: 'GET', path: '/me/todo/lists', scopes: SCOPES.tasks },
      taskList,
    );
    const found = lists.find((list) => list.wellknownListName === 'defaultList');
    if (!found) {
      throw new PortError('not-found', 'Your Microsoft To Do task list could not be found.');
    }
    this.defaultListId = found.id;
    return found.id;
  }

  private async findByKey(listPath: string, title: string, key: string) {
    const candidates = await this.graph.collect(
      {
        method: 'GET',
        path: listPath,
        query: { $filter: `title eq ${odataString(title)}`, $expand: 'linkedResources' },
        scopes: SCOPES.tasks,
      },
      task,
    );
    for (const candidate of candidates) {
      const resources =
        candidate.linkedResources ?? (await this.linkedResourcesOf(listPath, candidate.id));
      if (resources.some((resource) => resource.externalId === key)) return candidate.id;
    }
    return undefined;
  }

  /** For servers that ignore $expand on tasks. */
  private linkedResourcesOf(listPath: string, taskId: string) {
    return this.graph.collect(
      {
        method: 'GET',
        path: `${listPath}/${segment(taskId)}/linkedResources`,
        scopes: SCOPES.tasks,
      },
      linkedResource,
    );
  }
}

export function createGraphTasks(graph: GraphClient): Tasks {
  return new GraphTasks(graph);
}
