import { afterEach, describe, expect, it } from 'vitest';
import {
  LIST_KEYS,
  provision,
  resolveLists,
  SHAREPOINT_LISTS,
  SHAREPOINT_SCOPES,
} from '../../../src/adapters/graph/sharepoint';
import { isPortError } from '../../../src/app/ports';
import type { LocalTenant } from '../../../src/local-tenant';
import { connectToTenant, type RecordingGraph } from './sharepoint-harness';

let tenant: LocalTenant | undefined;
afterEach(async () => {
  await tenant?.close();
  tenant = undefined;
});

async function connect() {
  const connected = await connectToTenant();
  tenant = connected.tenant;
  return connected;
}

const columnCount = Object.values(SHAREPOINT_LISTS).reduce((n, l) => n + l.columns.length, 0);

async function columnsOf(graph: RecordingGraph, siteId: string, listId: string) {
  const result = await graph.send({
    method: 'GET',
    path: `/sites/${siteId}/lists/${listId}/columns`,
    scopes: SHAREPOINT_SCOPES,
  });
  return (result.body as { value: { id: string; name: string; indexed: boolean; text?: object }[] })
    .value;
}

describe('provision', () => {
  it('creates every list and column with its index, then finds nothing to do', async () => {
    const { graph, siteId } = await connect();
    await expect(resolveLists(graph, siteId)).rejects.toSatisfy((e) => isPortError(e, 'not-found'));

    const first = await provision(graph, siteId);
    expect(first.problems).toEqual([]);
    expect(first.created).toHaveLength(LIST_KEYS.length + columnCount);
    expect(first.indexed).toHaveLength(
      Object.values(SHAREPOINT_LISTS).flatMap((l) => l.columns.filter((c) => c.indexed)).length,
    );
    expect(first.unchanged).toEqual([]);
    expect(await resolveLists(graph, siteId)).toEqual(first.lists);

    for (const key of LIST_KEYS) {
      const columns = await columnsOf(graph, siteId, first.lists[key] ?? '');
      for (const spec of SHAREPOINT_LISTS[key].columns) {
        const column = columns.find((c) => c.name === spec.name);
        expect(column?.indexed, `${key}.${spec.name}`).toBe(spec.indexed);
      }
    }

    const second = await provision(graph, siteId);
    expect(second).toEqual({
      created: [],
      indexed: [],
      updated: [],
      unchanged: LIST_KEYS.map((key) => SHAREPOINT_LISTS[key].displayName),
      problems: [],
      lists: first.lists,
      forbidden: false,
    });
  });

  it('completes a list someone set up by hand, never deleting, and reports what it cannot fix', async () => {
    const { graph, siteId } = await connect();
    const created = await graph.send({
      method: 'POST',
      path: `/sites/${siteId}/lists`,
      body: {
        displayName: 'CareerTriggers',
        list: { template: 'genericList' },
        columns: [
          { name: 'reportId', text: {} },
          { name: 'loggedAt', text: {} },
          { name: 'legacyNotes', text: { allowMultipleLines: true } },
        ],
      },
      scopes: SHAREPOINT_SCOPES,
    });
    const listId = (created.body as { id: string }).id;

    const report = await provision(graph, siteId);
    expect(report.lists.triggers).toBe(listId);
    expect(report.created).not.toContain('CareerTriggers');
    expect(report.created).toEqual(
      expect.arrayContaining([
        'CareerTriggers.logId',
        'CareerTriggers.trigger',
        'CareerTriggers.closedAt',
      ]),
    );
    expect(report.created).not.toContain('CareerTriggers.reportId');
    expect(report.indexed).toEqual(
      expect.arrayContaining(['CareerTriggers.reportId', 'CareerTriggers.logId']),
    );
    expect(report.problems).toEqual(['CareerTriggers.loggedAt is text, expected dateTime']);
    expect(report.unchanged).not.toContain('CareerTriggers');

    const columns = await columnsOf(graph, siteId, listId);
    expect(columns.find((c) => c.name === 'legacyNotes')).toBeDefined();
    expect(columns.find((c) => c.name === 'loggedAt')?.text).toBeDefined();
    expect(columns.find((c) => c.name === 'reportId')?.indexed).toBe(true);
  });
});
