import { z } from 'zod';
import { describeTasksContract } from './tasks.contract';
import { GraphTasks } from '../../../src/adapters/graph/tasks/graph-tasks';
import { odataString, segment, type GraphClient } from '../../../src/adapters/graph/client';
import { signInGraph, startDemoTenant } from './graph-harness';

async function defaultListId(client: GraphClient): Promise<string> {
  const lists = await client.collect(
    { method: 'GET', path: '/me/todo/lists', scopes: ['Tasks.ReadWrite'] },
    z.object({ id: z.string(), wellknownListName: z.string().nullish() }),
  );
  const list = lists.find((l) => l.wellknownListName === 'defaultList');
  if (!list) throw new Error('no default To Do list');
  return list.id;
}

describeTasksContract('Graph over the local tenant', async () => {
  const tenant = await startDemoTenant();
  const { client } = await signInGraph(tenant, 'priya.raman');
  const tasksPath = `/me/todo/lists/${segment(await defaultListId(client))}/tasks`;
  const task = z.object({ id: z.string(), title: z.string(), status: z.string() });
  return {
    tasks: new GraphTasks(client),
    statusOf: async (id: string) => {
      const all = await client.collect(
        { method: 'GET', path: tasksPath, scopes: ['Tasks.ReadWrite'] },
        task,
      );
      const status = all.find((t) => t.id === id)?.status;
      return status === 'completed' || status === 'notStarted' ? status : undefined;
    },
    countTitled: async (title: string) =>
      (
        await client.collect(
          {
            method: 'GET',
            path: tasksPath,
            query: { $filter: `title eq ${odataString(title)}` },
            scopes: ['Tasks.ReadWrite'],
          },
          task,
        )
      ).length,
    close: () => tenant.close(),
  };
});
