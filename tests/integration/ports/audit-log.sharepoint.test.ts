import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAuditLog } from './audit-log.contract';
import {
  expectIndexedQueriesOnly,
  startSharePoint,
  type SharePointHarness,
} from './sharepoint-harness';

let harness: SharePointHarness;
beforeAll(async () => {
  harness = await startSharePoint();
});
afterAll(async () => {
  await harness.close();
});

describeAuditLog('SharePoint over the local tenant', () => Promise.resolve(harness.stores.audit));

describe('SharePoint AuditLog queries', () => {
  it('filtered on indexed columns only, never asking to honour non-indexed queries', () => {
    expectIndexedQueriesOnly(harness);
  });

  it('found no bad data in the lists', () => {
    expect(harness.problems).toEqual([]);
  });
});
