import { describe, expect, it } from 'vitest';
import { MemoryDirectory } from '../../../src/adapters/memory/memory-directory';
import { LiveManagers } from '../../../src/server/access/live-managers';
import { createHarness, MANAGER, OTHER_MANAGER, PEOPLE, REPORT } from './harness';

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

  it('trusts a looked-up manager for reads for 10 s at most by default', async () => {
    const directory = new MemoryDirectory(PEOPLE, MANAGER);
    let now = 0;
    const managers = new LiveManagers(directory, { now: () => now });
    expect(await managers.managerOf(REPORT)).toBe(MANAGER);
    directory.setManager(REPORT, OTHER_MANAGER);
    now = 9_999;
    expect(await managers.managerOf(REPORT)).toBe(MANAGER);
    now = 10_000;
    expect(await managers.managerOf(REPORT)).toBe(OTHER_MANAGER);
  });

  it('asks the directory on every live lookup and keeps the answer for later reads', async () => {
    const directory = new MemoryDirectory(PEOPLE, MANAGER);
    const lookups = counting(directory);
    const managers = new LiveManagers(directory, { ttlMs: 60_000, now: () => 0 });
    expect(await managers.managerOf(REPORT)).toBe(MANAGER);
    directory.setManager(REPORT, OTHER_MANAGER);
    expect(await managers.liveManagerOf(REPORT)).toBe(OTHER_MANAGER);
    expect(await managers.managerOf(REPORT)).toBe(OTHER_MANAGER);
    expect(lookups()).toBe(2);
  });
});

describe('a manager change and writes', () => {
  it('refuses a former manager’s write the moment the directory changes, cache or not', async () => {
    const h = createHarness({ managerCacheTtlMs: 60_000 });
    const conversations = `/api/people/${REPORT}/conversations`;
    const created = await h.call(MANAGER, 'POST', conversations, { body: { kind: 'full' } });
    expect(created.status, created.text).toBe(201);
    const read = await h.call(MANAGER, 'GET', conversations);
    expect(read.status).toBe(200);

    h.clock.advance({ hours: 1 });
    h.directory.setManager(REPORT, OTHER_MANAGER);
    const again = await h.call(MANAGER, 'POST', conversations, { body: { kind: 'full' } });
    expect(again.status, again.text).toBe(403);
    const patched = await h.call(
      MANAGER,
      'PATCH',
      `/api/conversations/${String(created.json.id)}`,
      {
        body: { sharedNotes: 'After I left' },
        ifMatch: created.headers.get('etag') ?? '',
      },
    );
    expect(patched.status).toBe(404);
    const triggered = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/triggers`, {
      body: { trigger: 'major-milestone' },
    });
    expect(triggered.status).toBe(403);
    // Refusals are counted in the security log, not in the report's trail.
    expect(await h.security.listRefusals({ since: '2026-04-15T00:00:00Z' })).toContainEqual(
      expect.objectContaining({
        actorId: MANAGER,
        subjectId: REPORT,
        action: 'conversation.write',
        reason: 'former-manager',
      }),
    );
  });
});
