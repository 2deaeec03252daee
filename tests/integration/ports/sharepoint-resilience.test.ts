import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SHAREPOINT_SCOPES } from '../../../src/adapters/graph/sharepoint';
import { isPortError } from '../../../src/app/ports';
import {
  aBareConversation,
  aFirstVersion,
  aFullCommitment,
  aNewContract,
  aRevision,
} from './store-fixtures';
import { startSharePoint, type SharePointHarness } from './sharepoint-harness';

let harness: SharePointHarness;
beforeAll(async () => {
  harness = await startSharePoint();
});
afterAll(async () => {
  await harness.close();
});
afterEach(async () => {
  await fetch(`${harness.tenant.url}/_local/faults`, { method: 'DELETE' });
  harness.problems.length = 0;
});

async function failRequests(method: string, listId: string, suffix: string, status = 500) {
  const pathPattern = `/v1.0/sites/**/lists/${listId}/items${suffix}`;
  const response = await fetch(`${harness.tenant.url}/_local/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ errors: [{ pathPattern, method, status }] }),
  });
  expect(response.ok).toBe(true);
}

async function itemsFor(list: 'commitments' | 'conversations', reportId: string) {
  const result = await harness.graph.send({
    method: 'GET',
    path: `/sites/${harness.siteId}/lists/${harness.lists[list]}/items`,
    query: { $filter: `fields/reportId eq '${reportId.replace(/'/g, "''")}'`, $expand: 'fields' },
    scopes: SHAREPOINT_SCOPES,
  });
  return (result.body as { value: { id: string; fields: Record<string, unknown> }[] }).value;
}

describe('SharePoint stores when Graph fails part-way', () => {
  it('a save that fails at its commit point leaves the contract as it was, and no rows behind', async () => {
    const { contracts } = harness.stores;
    const contract = aNewContract();
    const v1 = contract.versions[0] ?? aFirstVersion();
    const saved = await contracts.saveVersion(contract, undefined);
    const next = { ...contract, versions: [...contract.versions, aRevision(v1)] };

    await failRequests('POST', harness.lists.contractVersions, '');
    const error = await contracts.saveVersion(next, saved.etag).catch((e: unknown) => e);
    expect(isPortError(error, 'unavailable')).toBe(true);
    await fetch(`${harness.tenant.url}/_local/faults`, { method: 'DELETE' });

    const read = await contracts.get(contract.reportId);
    expect(read?.value).toEqual(contract);
    expect(await itemsFor('commitments', contract.reportId)).toHaveLength(v1.commitments.length);
    // The claim moved the etag on: the retry reloads first, then succeeds.
    await expect(contracts.saveVersion(next, saved.etag)).rejects.toSatisfy((e) =>
      isPortError(e, 'conflict'),
    );
    await contracts.saveVersion(next, read?.etag);
    expect((await contracts.get(contract.reportId))?.value).toEqual(next);
    expect(harness.problems).toEqual([]);
  });

  it('a save whose row states could not be flipped still counts, and the next write heals them', async () => {
    const { contracts } = harness.stores;
    const late = aFullCommitment({ due: '2026-01-10' });
    const contract = aNewContract({
      versions: [aFirstVersion({ commitments: [late], reviews: [] })],
    });
    const saved = await contracts.saveVersion(contract, undefined);
    const v1 = contract.versions[0] ?? aFirstVersion();
    const later = { ...late, due: '2026-01-20' };
    const next = {
      ...contract,
      versions: [...contract.versions, aRevision(v1, { commitments: [later], reviews: [] })],
    };

    await failRequests('PATCH', harness.lists.commitments, '/*/fields');
    const savedNext = await contracts.saveVersion(next, saved.etag);
    await fetch(`${harness.tenant.url}/_local/faults`, { method: 'DELETE' });
    expect((await contracts.get(contract.reportId))?.value).toEqual(next);
    // The overview still sees the old version's row until a write heals it.
    const stale = await contracts.listOpenCommitmentsDue([contract.reportId], '2026-02-01');
    expect(stale.map((d) => d.version)).toEqual([1]);

    await contracts.updateCommitment(
      contract.reportId,
      { ...later, scheduled: { via: 'todo', ref: 't-1', at: '2026-01-02T09:00:00Z' } },
      savedNext.etag,
    );
    const healed = await contracts.listOpenCommitmentsDue([contract.reportId], '2026-02-01');
    expect(healed.map((d) => [d.version, d.commitment.due])).toEqual([[2, '2026-01-20']]);
  });

  it('repairs what it can of bad data in a list, and reports what it did', async () => {
    const { conversations } = harness.stores;
    const record = aBareConversation({ phasesReached: ['where-now'] });
    await conversations.create(record);
    const [item] = await itemsFor('conversations', record.reportId);
    await harness.graph.send({
      method: 'PATCH',
      path: `/sites/${harness.siteId}/lists/${harness.lists.conversations}/items/${item?.id ?? ''}/fields`,
      body: {
        phasesReached: 'where-now;gossip',
        rescheduleCount: null,
        eventStart: '2026-06-01T10:00:00Z',
      },
      scopes: SHAREPOINT_SCOPES,
    });
    expect((await conversations.get(record.id))?.value).toEqual(record);
    expect(harness.problems.map((p) => [p.field, p.action])).toEqual([
      ['eventId, eventStart, eventEnd', 'repaired'],
      ['phasesReached', 'repaired'],
    ]);
  });
});
