import { describe, expect, it } from 'vitest';
import { isPortError } from '../../../src/app/ports';
import { MemoryContractStore } from '../../../src/adapters/memory/memory-contract-store';
import { describeContractStore } from '../../integration/ports/contract-store.contract';
import { aNewContract } from '../../integration/ports/store-fixtures';

describeContractStore('in memory', () => Promise.resolve(new MemoryContractStore()));

describe('MemoryContractStore failure switches', () => {
  it('fails the planned call with the planned kind, then works again', async () => {
    const store = new MemoryContractStore();
    const contract = aNewContract();
    store.failures.failNext('throttled', { op: 'saveVersion' });
    const error = await store.saveVersion(contract, undefined).catch((e: unknown) => e);
    expect(isPortError(error, 'throttled')).toBe(true);
    expect(await store.get(contract.reportId)).toBeUndefined();
    await store.saveVersion(contract, undefined);
    expect((await store.get(contract.reportId))?.value).toEqual(contract);
  });

  it('keeps failing until cleared', async () => {
    const store = new MemoryContractStore();
    store.failures.failAlways('unavailable');
    for (let i = 0; i < 3; i += 1) {
      const error = await store.get('someone').catch((e: unknown) => e);
      expect(isPortError(error, 'unavailable')).toBe(true);
    }
    store.failures.clear();
    expect(await store.get('someone')).toBeUndefined();
  });

  it('hands out copies: changing a returned contract does not change the stored one', async () => {
    const store = new MemoryContractStore();
    const contract = aNewContract();
    const saved = await store.saveVersion(contract, undefined);
    saved.value.versions.length = 0;
    contract.versions.length = 0;
    expect((await store.get(saved.value.reportId))?.value.versions).toHaveLength(1);
  });
});
