import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalTenant } from '../../../../src/local-tenant';
import { LIAM, PRIYA, apiAppToken, errorOf, graph, spaSignIn, startTenant } from '../helpers';
import { mintGraphToken } from '../mail/mint-token';

type Collection = { value: Record<string, unknown>[]; '@odata.nextLink'?: string };

const send = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('To Do: lists, tasks, linked resources', () => {
  let tenant: LocalTenant;
  let priya: string;
  let liam: string;
  let listId: string;
  beforeAll(async () => {
    tenant = await startTenant({ freezeClock: true, now: '2025-03-03T09:00:00Z' });
    priya = (await spaSignIn(tenant, PRIYA)).access_token;
    liam = (await spaSignIn(tenant, LIAM)).access_token;
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('gives every user a default "Tasks" list and a "Flagged email" list', async () => {
    const lists = await graph(tenant, liam, '/me/todo/lists');
    expect(lists.status).toBe(200);
    const value = (lists.body as Collection).value;
    expect(value.map((list) => [list.displayName, list.wellknownListName])).toEqual([
      ['Tasks', 'defaultList'],
      ['Flagged email', 'flaggedEmails'],
    ]);
    expect(value[0]).toMatchObject({
      isOwner: true,
      isShared: false,
      '@odata.type': '#microsoft.graph.todoTaskList',
    });
    const priyaLists = await graph(tenant, priya, '/me/todo/lists');
    const defaultList = (priyaLists.body as Collection).value.find(
      (list) => list.wellknownListName === 'defaultList',
    );
    listId = String(defaultList?.id);
  });

  it('creates, reads, updates and deletes a task', async () => {
    const created = await graph(
      tenant,
      priya,
      `/me/todo/lists/${listId}/tasks`,
      send('POST', {
        title: 'Introduce Liam to the platform architects',
        body: { content: 'Book the meeting within two weeks.', contentType: 'text' },
        dueDateTime: { dateTime: '2025-03-14T17:00:00', timeZone: 'W. Europe Standard Time' },
        importance: 'high',
        categories: ['Career'],
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Introduce Liam to the platform architects',
      status: 'notStarted',
      importance: 'high',
      isReminderOn: false,
      categories: ['Career'],
      body: { content: 'Book the meeting within two weeks.', contentType: 'text' },
      // A due date is a day: midnight in Berlin (UTC+1 in March), answered in UTC.
      dueDateTime: { dateTime: '2025-03-13T23:00:00.0000000', timeZone: 'UTC' },
      createdDateTime: '2025-03-03T09:00:00.0000000Z',
    });
    const taskId = created.body.id as string;
    expect(String(created.body['@odata.etag'])).toMatch(/^W\/"/);

    const inZone = await graph(tenant, priya, `/me/todo/lists/${listId}/tasks/${taskId}`, {
      headers: { prefer: 'outlook.timezone="Pacific Standard Time"' },
    });
    expect(inZone.body.dueDateTime).toEqual({
      dateTime: '2025-03-13T16:00:00.0000000',
      timeZone: 'Pacific Standard Time',
    });

    tenant.clock.advance(3_600_000);
    const done = await graph(
      tenant,
      priya,
      `/me/todo/lists/${listId}/tasks/${taskId}`,
      send('PATCH', { status: 'completed' }),
    );
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'completed',
      completedDateTime: { dateTime: '2025-03-03T00:00:00.0000000', timeZone: 'UTC' },
      lastModifiedDateTime: '2025-03-03T10:00:00.0000000Z',
    });
    const open = await graph(
      tenant,
      priya,
      `/me/todo/lists/${listId}/tasks?$filter=${encodeURIComponent("status ne 'completed'")}`,
    );
    expect((open.body as Collection).value.some((task) => task.id === taskId)).toBe(false);

    expect(
      (await graph(tenant, priya, `/me/todo/lists/${listId}/tasks/${taskId}`, { method: 'DELETE' }))
        .status,
    ).toBe(204);
    const gone = await graph(tenant, priya, `/me/todo/lists/${listId}/tasks/${taskId}`);
    expect(gone.status).toBe(404);
    expect(errorOf(gone.body).code).toBe('ErrorItemNotFound');
  });

  it('finds a task again by its linked resource externalId (todoTask has no idempotency key)', async () => {
    const created = await graph(
      tenant,
      priya,
      `/me/todo/lists/${listId}/tasks`,
      send('POST', {
        title: 'Raise Liam’s promotion case with Amara',
        linkedResources: [
          {
            webUrl: 'https://careers.example/c/42',
            applicationName: 'Career Conversations',
            displayName: 'Commitment',
            externalId: 'commitment-42',
          },
        ],
      }),
    );
    expect(created.status).toBe(201);
    const links = created.body.linkedResources as Record<string, unknown>[];
    expect(links[0]).toMatchObject({
      externalId: 'commitment-42',
      applicationName: 'Career Conversations',
    });
    expect(String(links[0]?.id)).toMatch(/^[0-9a-f-]{36}$/);

    const filter = encodeURIComponent("linkedResources/any(l: l/externalId eq 'commitment-42')");
    const found = await graph(
      tenant,
      priya,
      `/me/todo/lists/${listId}/tasks?$filter=${filter}&$expand=linkedResources`,
    );
    expect(found.status).toBe(200);
    const tasks = (found.body as Collection).value;
    expect(tasks.map((task) => task.id)).toEqual([created.body.id]);
    expect((tasks[0]?.linkedResources as unknown[]).length).toBe(1);
    // Linked resources are a navigation property: not in the task unless expanded.
    const plain = await graph(
      tenant,
      priya,
      `/me/todo/lists/${listId}/tasks/${String(created.body.id)}`,
    );
    expect(plain.body).not.toHaveProperty('linkedResources');
    const viaNavigation = await graph(
      tenant,
      priya,
      `/me/todo/lists/${listId}/tasks/${String(created.body.id)}/linkedResources`,
    );
    expect((viaNavigation.body as Collection).value[0]?.externalId).toBe('commitment-42');

    const two = await graph(
      tenant,
      priya,
      `/me/todo/lists/${listId}/tasks`,
      send('POST', { title: 'x', linkedResources: [{ externalId: 'a' }, { externalId: 'b' }] }),
    );
    expect(two.status).toBe(400);
    expect(errorOf(two.body)).toMatchObject({
      code: 'invalidRequest',
      message: 'Only one item in linkedResources is allowed.',
    });
  });

  it('pages tasks 10 at a time with $skip, and filters by category', async () => {
    const list = await graph(
      tenant,
      priya,
      '/me/todo/lists',
      send('POST', { displayName: 'Career commitments' }),
    );
    expect(list.status).toBe(201);
    expect(list.body).toMatchObject({
      displayName: 'Career commitments',
      wellknownListName: 'none',
    });
    const id = String(list.body.id);
    for (let index = 0; index < 12; index += 1) {
      await graph(
        tenant,
        priya,
        `/me/todo/lists/${id}/tasks`,
        send('POST', { title: `Task ${String(index)}`, categories: index % 2 ? ['Odd'] : [] }),
      );
    }
    const first = await graph(tenant, priya, `/me/todo/lists/${id}/tasks`);
    expect((first.body as Collection).value).toHaveLength(10);
    const next = String(first.body['@odata.nextLink']);
    expect(next).toContain('$skip=10');
    const second = await graph(tenant, priya, next.slice(tenant.graphUrl.length));
    expect((second.body as Collection).value).toHaveLength(2);
    const odd = await graph(
      tenant,
      priya,
      `/me/todo/lists/${id}/tasks?$filter=${encodeURIComponent("categories/any(c: c eq 'Odd')")}&$top=50`,
    );
    expect((odd.body as Collection).value).toHaveLength(6);
  });

  it('answers To Do errors: task from another list, malformed id, unknown property, bad status', async () => {
    const lists = (await graph(tenant, priya, '/me/todo/lists')).body as Collection;
    const flagged = String(
      lists.value.find((list) => list.wellknownListName === 'flaggedEmails')?.id,
    );
    const task = await graph(
      tenant,
      priya,
      `/me/todo/lists/${listId}/tasks`,
      send('POST', { title: 'Elsewhere' }),
    );
    const wrongList = await graph(
      tenant,
      priya,
      `/me/todo/lists/${flagged}/tasks/${String(task.body.id)}`,
    );
    expect(wrongList.status).toBe(400);
    expect(errorOf(wrongList.body).message).toBe(
      'Parent folder specified does not contain a Task with given Id',
    );
    expect((await graph(tenant, priya, '/me/todo/lists/nope/tasks')).status).toBe(400);
    const unknown = await graph(
      tenant,
      priya,
      `/me/todo/lists/${listId}/tasks`,
      send('POST', { title: 'x', dueDate: '2025-01-01' }),
    );
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown.body).code).toBe('RequestBodyRead');
    const status = await graph(
      tenant,
      priya,
      `/me/todo/lists/${listId}/tasks`,
      send('POST', { title: 'x', status: 'done' }),
    );
    expect(status.status).toBe(400);
  });

  it('keeps lists private and needs Tasks.ReadWrite to write', async () => {
    const other = await graph(tenant, liam, `/users/${PRIYA}/todo/lists`);
    expect(other.status).toBe(403);
    const readOnly = await mintGraphToken(tenant, PRIYA, { scopes: ['Tasks.Read'] });
    expect((await graph(tenant, readOnly, `/me/todo/lists/${listId}/tasks`)).status).toBe(200);
    const write = await graph(
      tenant,
      readOnly,
      `/me/todo/lists/${listId}/tasks`,
      send('POST', { title: 'x' }),
    );
    expect(write.status).toBe(403);
    expect(errorOf(write.body).code).toBe('ErrorAccessDenied');
    const app = await apiAppToken(tenant);
    expect((await graph(tenant, app, '/me/todo/lists')).status).toBe(400);
  });
});
