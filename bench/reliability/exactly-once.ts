/**
 * Mail, events and To Do written exactly once under retried and dropped connections: each
 * writer's create path is hit by a fault (the connection dropped before the request, dropped
 * after the tenant committed it, a 503), or the same write is simply sent twice (a double
 * submit); the caller retries with the same idempotency key until it gets an answer, as the app
 * does. Then the tenant is counted: every write must be there exactly once.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { GraphCalendar } from '../../src/adapters/graph/calendar/graph-calendar';
import { odataString, type GraphClient } from '../../src/adapters/graph/client';
import { GraphMailer } from '../../src/adapters/graph/mail/graph-mailer';
import { GraphTasks } from '../../src/adapters/graph/tasks/graph-tasks';
import type { LocalTenant } from '../../src/local-tenant';
import {
  clearFaults,
  setFaults,
  signInGraph,
  startDemoTenant,
  upnOf,
} from '../../tests/integration/ports/graph-harness';

export type Writer = 'mail' | 'event' | 'task';
type Fault = 'drop before' | 'drop after commit' | '503' | 'sent twice';

/** The Graph paths each writer creates through (a mail: its draft, then its /send). */
const CREATE_PATHS: Record<Writer, string[]> = {
  mail: ['/v1.0/me/messages', '/v1.0/me/messages/*/send'],
  event: ['/v1.0/me/events'],
  task: ['/v1.0/me/todo/lists/*/tasks'],
};

export interface ExactlyOnceRow {
  writer: Writer;
  fault: Fault;
  writes: number;
  /** Attempts the caller made (first tries and its retries). */
  attempts: number;
  found: number;
  duplicated: number;
  lost: number;
}

function faultsFor(fault: Fault, path: string): Record<string, unknown> {
  const rule = { pathPattern: path, method: 'POST', remaining: 1 };
  switch (fault) {
    case 'drop before':
      return { drops: [rule] };
    case 'drop after commit':
      return { drops: [{ ...rule, after: 'commit' }] };
    case '503':
      return { errors: [{ ...rule, status: 503 }] };
    case 'sent twice':
      return {};
  }
}

/** Calls `write` until it answers (at most 4 attempts), as the app retries a failed write. */
async function untilAnswered(write: () => Promise<unknown>): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await write();
      return attempt;
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}

export interface Writers {
  write(writer: Writer, title: string, key: string): Promise<unknown>;
  count(writer: Writer, title: string): Promise<number>;
  /** What the writing client waited before its retries (ms). */
  waits: number[];
}

/** Priya's mail, calendar and To Do adapters (through `fetch` when given), and counters. */
export async function writersOf(
  tenant: LocalTenant,
  fetch?: typeof globalThis.fetch,
): Promise<Writers> {
  const priya = await signInGraph(tenant, 'priya.raman', fetch ? { fetch } : {});
  const liam = await signInGraph(tenant, 'liam.oconnor');
  const mailer = new GraphMailer(priya.client);
  const calendar = new GraphCalendar(priya.client);
  const tasks = new GraphTasks(priya.client);
  const start = new Date(tenant.clock.now().getTime() + 40 * 86_400_000);
  start.setUTCHours(9, 0, 0, 0);
  const iso = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;
  const end = new Date(start.getTime() + 3_600_000);
  const listed = async (client: GraphClient, path: string, filter: string) =>
    (
      await client.json(
        { method: 'GET', path, query: { $filter: filter, $select: 'id' }, scopes: [] },
        z.object({ value: z.array(z.unknown()) }),
      )
    ).value.length;
  const todoList = async (): Promise<string> => {
    const lists = await priya.client.json(
      { method: 'GET', path: '/me/todo/lists', scopes: [] },
      z.object({ value: z.array(z.object({ id: z.string(), wellknownListName: z.string() })) }),
    );
    return lists.value.find((list) => list.wellknownListName === 'defaultList')?.id ?? '';
  };
  return {
    waits: priya.waits,
    write(writer, title, key) {
      switch (writer) {
        case 'mail':
          return mailer.send({
            to: [{ email: upnOf('liam.oconnor'), name: "Liam O'Connor" }],
            subject: title,
            html: '<p>Summary of our development contract.</p>',
            idempotencyKey: key,
          });
        case 'event':
          return calendar.createEvent({
            title,
            start: iso(start),
            end: iso(end),
            timeZone: 'Europe/London',
            attendees: [{ email: upnOf('liam.oconnor'), name: "Liam O'Connor" }],
            bodyHtml: '<p>Career conversation</p>',
            onlineMeeting: true,
            idempotencyKey: key,
          });
        case 'task':
          return tasks.createTask({
            title,
            due: '2030-01-31',
            body: 'Follow up',
            idempotencyKey: key,
          });
      }
    },
    async count(writer, title) {
      const filter = `subject eq ${odataString(title)}`;
      switch (writer) {
        case 'mail':
          return listed(liam.client, '/me/mailFolders/inbox/messages', filter);
        case 'event':
          return listed(priya.client, '/me/events', filter);
        case 'task':
          return listed(
            priya.client,
            `/me/todo/lists/${await todoList()}/tasks`,
            `title eq ${odataString(title)}`,
          );
      }
    },
  };
}

export async function runExactlyOnceDrill(rounds: number): Promise<ExactlyOnceRow[]> {
  const tenant = await startDemoTenant();
  try {
    const writers = await writersOf(tenant);
    const rows: ExactlyOnceRow[] = [];
    const faults: Fault[] = ['drop before', 'drop after commit', '503', 'sent twice'];
    for (const writer of ['mail', 'event', 'task'] as const) {
      for (const fault of faults) {
        const row: ExactlyOnceRow = {
          writer,
          fault,
          writes: 0,
          attempts: 0,
          found: 0,
          duplicated: 0,
          lost: 0,
        };
        for (let n = 0; n < rounds; n += 1) {
          // Each round faults one of the writer's create paths in turn.
          const paths = CREATE_PATHS[writer];
          const path = paths[n % paths.length] ?? '';
          await setFaults(tenant, faultsFor(fault, path));
          const title = `Drill ${writer} ${randomUUID()}`;
          const key = randomUUID();
          row.writes += 1;
          row.attempts += await untilAnswered(() => writers.write(writer, title, key));
          if (fault === 'sent twice') {
            row.attempts += await untilAnswered(() => writers.write(writer, title, key));
          }
          await clearFaults(tenant);
          const found = await writers.count(writer, title);
          row.found += Math.min(found, 1);
          row.duplicated += Math.max(0, found - 1);
          row.lost += found === 0 ? 1 : 0;
        }
        rows.push(row);
      }
    }
    return rows;
  } finally {
    await tenant.close();
  }
}
