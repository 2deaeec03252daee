import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeTriggerStore } from './trigger-store.contract';
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

describeTriggerStore(
  'SharePoint over the local tenant',
  () => Promise.resolve(harness.stores.triggers),
  { bulk: true },
);

describe('SharePointTriggerStore queries', () => {
  it('filtered on indexed columns only, never asking to honour non-indexed queries', () => {
    expectIndexedQueriesOnly(harness);
  });

  it('found no bad data in the lists', () => {
    expect(harness.problems).toEqual([]);
  });
});
