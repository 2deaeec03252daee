// Requests and responses from the Microsoft Graph documentation (To Do), replayed against the
// local tenant: same request, same status, same property names and JSON types.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { PRIYA, graph, spaSignIn, startTenant } from '../helpers';
import { expectShape } from '../sharepoint/shape';

const send = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

// https://learn.microsoft.com/en-us/graph/api/todotasklist-post-tasks (response)
const CREATED_TASK = {
  '@odata.etag': 'W/"xzyPKP0BiUGgld+lMKXwbQAAnBoTIw=="',
  importance: 'low',
  isReminderOn: false,
  status: 'notStarted',
  title: 'A new task',
  createdDateTime: '2020-08-18T09:03:05.8339192Z',
  lastModifiedDateTime: '2020-08-18T09:03:06.0827766Z',
  id: 'AlMKXwbQAAAJws6wcAAAA=',
  body: { content: '', contentType: 'text' },
  linkedResources: [
    {
      id: 'f9cddce2-dce2-f9cd-e2dc-cdf9e2dccdf9',
      webUrl: 'http://microsoft.com',
      applicationName: 'Microsoft',
      displayName: 'Microsoft',
    },
  ],
};

describe('To Do fidelity with the Graph documentation examples', () => {
  let tenant: LocalTenant;
  let priya: string;
  let listId: string;
  let taskId: string;
  beforeAll(async () => {
    tenant = await startTenant();
    priya = (await spaSignIn(tenant, PRIYA)).access_token;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('list lists: https://learn.microsoft.com/en-us/graph/api/todo-list-lists', async () => {
    const lists = await graph(tenant, priya, '/me/todo/lists');
    expect(lists.status).toBe(200);
    expectShape(lists.body, {
      value: [
        {
          '@odata.type': '#microsoft.graph.todoTaskList',
          id: 'AAMkADIyAAAAABrJAAA=',
          displayName: 'Tasks',
          isOwner: true,
          isShared: false,
          wellknownListName: 'defaultList',
        },
      ],
    });
    expect((lists.body.value as { displayName: string }[])[0]?.displayName).toBe('Tasks');
  });

  it('create a list: https://learn.microsoft.com/en-us/graph/api/todo-post-lists', async () => {
    const created = await graph(
      tenant,
      priya,
      '/me/todo/lists',
      send('POST', { displayName: 'Travel items' }),
    );
    expect(created.status).toBe(201);
    expectShape(created.body, {
      '@odata.type': '#microsoft.graph.todoTaskList',
      id: 'AAMkADIyAAAhrbPWAAA=',
      displayName: 'Travel items',
      isOwner: true,
      isShared: false,
      wellknownListName: 'none',
    });
    listId = String(created.body.id);
  });

  it('create a task with a linked resource: https://learn.microsoft.com/en-us/graph/api/todotasklist-post-tasks', async () => {
    const created = await graph(
      tenant,
      priya,
      `/me/todo/lists/${listId}/tasks`,
      send('POST', {
        title: 'A new task',
        linkedResources: [
          {
            webUrl: 'http://microsoft.com',
            applicationName: 'Microsoft',
            displayName: 'Microsoft',
          },
        ],
      }),
    );
    expect(created.status).toBe(201);
    expectShape(created.body, CREATED_TASK);
    taskId = String(created.body.id);
  });

  it('list tasks: https://learn.microsoft.com/en-us/graph/api/todotasklist-list-tasks', async () => {
    // The documentation's example shows linkedResources inline; the local tenant returns that
    // navigation property only with $expand=linkedResources (see the report), so the replay asks.
    const listed = await graph(
      tenant,
      priya,
      `/me/todo/lists/${listId}/tasks?$expand=linkedResources`,
    );
    expect(listed.status).toBe(200);
    expectShape(listed.body, {
      value: [
        {
          '@odata.etag': 'W/"xzyPKP0BiUGgld+lMKXwbQAAgdhkVw=="',
          importance: 'low',
          isReminderOn: false,
          status: 'notStarted',
          title: 'Linked entity new task 1',
          createdDateTime: '2020-07-08T11:15:19.9359889Z',
          lastModifiedDateTime: '2020-07-08T11:15:20.0614375Z',
          categories: [],
          id: 'AQMkADAwATM0MDAAMS0yMDkyLWVjMzYtMDACLTAwCgBGAAAD',
          body: { content: '', contentType: 'text' },
          linkedResources: [
            {
              applicationName: 'Partner App Name',
              displayName: 'Partner App Name',
              id: '30911960-7321-4cba-9ba0-cdb68e2984c7',
            },
          ],
        },
      ],
    });
  });

  it('update a task: https://learn.microsoft.com/en-us/graph/api/todotask-update', async () => {
    const updated = await graph(
      tenant,
      priya,
      `/me/todo/lists/${listId}/tasks/${taskId}`,
      send('PATCH', {
        dueDateTime: { dateTime: '2020-07-25T16:00:00', timeZone: 'Eastern Standard Time' },
      }),
    );
    expect(updated.status).toBe(200);
    expectShape(updated.body, {
      '@odata.context': 'https://graph.microsoft.com/beta/$metadata#tasks/$entity',
      '@odata.etag': 'W/"s8/ERWT3WEeFpBGD0bDgAA+TWq9g=="',
      importance: 'low',
      isReminderOn: false,
      status: 'notStarted',
      title: 'Shop for dinner',
      createdDateTime: '2020-07-22T10:39:03.7937971Z',
      lastModifiedDateTime: '2020-07-22T12:02:10.8835421Z',
      categories: [],
      id: '721a35e2-35e2-721a-e235-1a72e2351a72',
      body: { content: '', contentType: 'text' },
      dueDateTime: { dateTime: '2020-08-25T04:00:00.0000000', timeZone: 'UTC' },
    });
    // The due date is the day in Eastern time, kept as its midnight in UTC (04:00 in July).
    expect(updated.body.dueDateTime).toEqual({
      dateTime: '2020-07-25T04:00:00.0000000',
      timeZone: 'UTC',
    });
  });

  it('delete a task: https://learn.microsoft.com/en-us/graph/api/todotask-delete (204)', async () => {
    const deleted = await graph(tenant, priya, `/me/todo/lists/${listId}/tasks/${taskId}`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(204);
  });
});
