import { describe, expect, it } from 'vitest';
import type {
  BatchOutcome,
  BatchStep,
  GraphCall,
  GraphResult,
} from '../../../../../src/adapters/graph/client';
import {
  createSharePointStores,
  ListClient,
  LIST_KEYS,
  type ListIds,
  type SharePointGraph,
} from '../../../../../src/adapters/graph/sharepoint';
import { eq } from '../../../../../src/adapters/graph/sharepoint/item-filter';
import {
  honouringNonIndexed,
  queriesIn,
  unindexedColumns,
} from '../../../../integration/ports/sharepoint-audit';
import {
  aBareConversation,
  aNewContract,
  aTriggerLog,
  expectPortError,
} from '../../../../integration/ports/store-fixtures';

const LISTS = Object.fromEntries(LIST_KEYS.map((key, i) => [key, `list-${i}`])) as ListIds;

/** Graph with empty lists that keeps every request: enough to see what the stores ask for. */
class EmptyListsGraph implements SharePointGraph {
  readonly root = 'https://graph.example/v1.0';
  readonly calls: (GraphCall | BatchStep)[] = [];
  private nextId = 1;

  private answer(call: GraphCall): { status: number; body: unknown } {
    if (call.method === 'GET') return { status: 200, body: { value: [] } };
    if (call.method === 'POST') {
      const id = String(this.nextId++);
      return { status: 201, body: { id, eTag: `"item-${id},1"`, fields: {} } };
    }
    if (call.method === 'PATCH') return { status: 200, body: { '@odata.etag': '"item,2"' } };
    return { status: 204, body: undefined };
  }

  send = (call: GraphCall): Promise<GraphResult> => {
    this.calls.push(call);
    const { status, body } = this.answer(call);
    return Promise.resolve({ status, body, headers: new Headers(), attempts: 1, waits: [] });
  };

  batch = (steps: readonly BatchStep[]): Promise<BatchOutcome[]> => {
    this.calls.push(...steps);
    return Promise.resolve(
      steps.map((step) => ({ id: step.id, headers: {}, ...this.answer(step) })),
    );
  };
}

describe('SharePoint store queries', () => {
  it('filter on indexed columns only, and never ask SharePoint to honour non-indexed queries', async () => {
    const graph = new EmptyListsGraph();
    const stores = createSharePointStores({
      graph,
      siteId: 'site',
      lists: LISTS,
      onProblem: () => undefined,
    });
    const contract = aNewContract();
    const first = contract.versions[0]?.commitments[0];
    if (!first) throw new Error('fixture');
    await stores.contracts.get(contract.reportId);
    await stores.contracts.saveVersion(contract, undefined);
    await expectPortError(
      stores.contracts.updateCommitment(contract.reportId, first, '"x"'),
      'not-found',
    );
    await stores.contracts.listOpenCommitmentsDue(
      Array.from({ length: 40 }, (_, i) => `report-${i}`),
      '2026-01-01',
    );
    await stores.contracts.removeAll(contract.reportId);
    const record = aBareConversation();
    await stores.conversations.get(record.id);
    await stores.conversations.listForReport(record.reportId);
    await stores.conversations.create(record);
    await expectPortError(stores.conversations.update(record, '"x"'), 'not-found');
    await stores.conversations.removeAll(record.reportId);
    await stores.triggers.listForReport(record.reportId);
    await stores.triggers.create(record.reportId, aTriggerLog());
    await expectPortError(
      stores.triggers.update(record.reportId, aTriggerLog(), '"x"'),
      'not-found',
    );
    await stores.triggers.removeAll(record.reportId);
    await stores.profiles.get(record.reportId);
    await expectPortError(
      stores.profiles.put({ reportId: record.reportId, managerId: 'm', transitions: [] }, '"x"'),
      'not-found',
    );
    await stores.profiles.removeAll(record.reportId);
    await stores.audit.append({
      at: '2026-05-20T10:00:00Z',
      actorId: 'm',
      subjectId: record.reportId,
      action: 'profile.read',
      outcome: 'denied',
      reason: 'not-your-report',
    });
    await stores.audit.listForSubject(record.reportId, { limit: 5 });
    await stores.audit.listByActor('m');
    await stores.audit.listForSubject(record.reportId, {
      limit: 5,
      after: { at: '2026-05-20T10:00:00Z', id: '7' },
    });
    const refusal = {
      at: '2026-05-20T10:00:00Z',
      actorId: 'm',
      subjectId: record.reportId,
      action: 'profile.read',
      reason: 'not-your-report',
    } as const;
    await stores.security.recordRefusal(refusal);
    await stores.security.listRefusals({ since: '2026-05-20T00:00:00Z' });
    await stores.security.eraseSubject(record.reportId);
    const consent = {
      id: 'c',
      reportId: record.reportId,
      managerId: 'm',
      grantedAt: '2026-05-20T10:00:00Z',
    };
    await stores.consents.listForReport(record.reportId);
    await stores.consents.create(consent);
    await expectPortError(stores.consents.update(consent, '"x"'), 'not-found');
    await stores.consents.removeAll(record.reportId);
    await stores.agenda.listForReport(record.reportId);
    await expectPortError(stores.agenda.remove(record.reportId, 'a'), 'not-found');
    await stores.agenda.removeAll(record.reportId);
    await stores.historyRequests.listForReport(record.reportId);
    const request = {
      id: 'q',
      reportId: record.reportId,
      managerId: 'm',
      askedAt: '2026-05-20T10:00:00Z',
      state: 'pending' as const,
    };
    await expectPortError(stores.historyRequests.update(request, '"x"'), 'not-found');
    await stores.historyRequests.create(request);
    await stores.historyRequests.removeAll(record.reportId);
    await stores.managerHistory.observe(record.reportId, 'm', '2026-05-20T10:00:00Z');
    await stores.managerHistory.removeAll(record.reportId);
    const nudge = {
      recipientId: 'm',
      key: 'summaryDue:c:4h',
      day: '2026-05-20',
      kind: 'summaryDue',
    } as const;
    await stores.nudges.sentSince('2026-02-20');
    await stores.nudges.recordSent(nudge);
    await stores.nudges.forget(nudge.recipientId, nudge.key);
    await stores.nudges.setSwitchedOff('m', ['reviewDue']);
    await stores.nudges.switchedOff('m');
    await stores.nudges.removeAll('m');

    const lists = new Set(queriesIn(graph.calls, LISTS).map((q) => q.list));
    expect([...lists].sort()).toEqual([...LIST_KEYS].sort());
    expect(unindexedColumns(graph.calls, LISTS)).toEqual([]);
    expect(honouringNonIndexed(graph.calls)).toEqual([]);
  });

  it('would catch a query on a column that is not indexed', async () => {
    const graph = new EmptyListsGraph();
    await new ListClient(graph, 'site', LISTS).query('conversations', eq('sharedNotes', 'x'));
    expect(unindexedColumns(graph.calls, LISTS)).toEqual([
      "conversations: sharedNotes in fields/sharedNotes eq 'x'",
    ]);
  });
});
