import { describe, expect, it } from 'vitest';
import { MemoryDirectory } from '../../../src/adapters/memory/memory-directory';
import { LiveManagers } from '../../../src/server/access/live-managers';
import { MANAGER, OTHER_MANAGER, PEOPLE, REPORT } from './harness';

function counting(directory: MemoryDirectory) {
  let lookups = 0;
  const managerOf = directory.managerOf.bind(directory);
  directory.managerOf = (id) => {
    lookups += 1;
    return managerOf(id);
  };
  return () => lookups;
}

describe('LiveManagers', () => {
  it('trusts a looked-up manager for the TTL only', async () => {
    const directory = new MemoryDirectory(PEOPLE, MANAGER);
    const lookups = counting(directory);
    let now = 0;
    const managers = new LiveManagers(directory, { ttlMs: 30_000, now: () => now });
    expect(await managers.managerOf(REPORT)).toBe(MANAGER);
    directory.setManager(REPORT, OTHER_MANAGER);
    now = 29_000;
    expect(await managers.managerOf(REPORT)).toBe(MANAGER);
    now = 30_000;
    expect(await managers.managerOf(REPORT)).toBe(OTHER_MANAGER);
    expect(lookups()).toBe(2);
  });

  it('drops a cached entry as soon as a team read shows the person left', async () => {
    const directory = new MemoryDirectory(PEOPLE, MANAGER);
    const managers = new LiveManagers(directory, { ttlMs: 60_000, now: () => 0 });
    expect(await managers.managerOf(REPORT)).toBe(MANAGER);
    directory.setManager(REPORT, OTHER_MANAGER);
    await managers.directReports(MANAGER);
    expect(await managers.managerOf(REPORT)).toBe(OTHER_MANAGER);
  });

  it('shares one lookup between concurrent requests and treats unknown people as unmanaged', async () => {
    const directory = new MemoryDirectory(PEOPLE, MANAGER);
    const lookups = counting(directory);
    const managers = new LiveManagers(directory, { ttlMs: 60_000 });
    await Promise.all([managers.managerOf(REPORT), managers.managerOf(REPORT)]);
    expect(lookups()).toBe(1);
    expect(await managers.managerOf('nobody')).toBeUndefined();
  });
});
