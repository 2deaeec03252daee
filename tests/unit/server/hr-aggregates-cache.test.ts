import { describe, expect, it } from 'vitest';
import { MemoryContractStore } from '../../../src/adapters/memory/memory-contract-store';
import { MemoryConversationStore } from '../../../src/adapters/memory/memory-conversation-store';
import { MemoryDirectory } from '../../../src/adapters/memory/memory-directory';
import { CallCounter } from './counting';
import { createHarness, HR_ADMIN, MANAGER, PEOPLE, REPORT, type Harness } from './harness';

const AGGREGATES = '/api/hr/aggregates?tz=Europe/London';

/** A harness whose directory and record stores count every call the API makes to them. */
function countingHarness(): { h: Harness; counter: CallCounter; store: MemoryContractStore } {
  const counter = new CallCounter();
  const directory = counter.wrap('directory', new MemoryDirectory(PEOPLE, MANAGER));
  const store = new MemoryContractStore();
  const contracts = counter.wrap('contracts', store);
  const conversations = counter.wrap('conversations', new MemoryConversationStore());
  const base = createHarness();
  const h = createHarness({
    directory,
    stores: { ...base.deps.stores, contracts, conversations },
    orgTimeZone: 'Europe/London',
  });
  return { h, counter, store };
}

/**
 * The organisation read: the walk down the directory and every person's records. (Finding the
 * top of the caller's organisation, a few `managerOf` calls, is kept on its own.)
 */
const orgReads = (counter: CallCounter) =>
  counter.of('directory.directReports') +
  counter.of('contracts.get') +
  counter.of('conversations.listForReport');

async function aggregates(h: Harness, path = AGGREGATES) {
  const reply = await h.call(HR_ADMIN, 'GET', path);
  expect(reply.status, reply.text).toBe(200);
  return reply.json;
}

describe('HR aggregates cache', () => {
  it('reads the organisation once for two calls within five minutes', async () => {
    const { h, counter } = countingHarness();
    const first = await aggregates(h);
    const once = orgReads(counter);
    const topLookups = counter.of('directory.managerOf');
    expect(topLookups).toBeGreaterThan(0);
    // Six people under the top: each one's contract and conversations, and the directory walk.
    expect(counter.of('contracts.get')).toBe(6);
    expect(counter.of('directory.directReports')).toBeGreaterThan(0);
    h.clock.advance({ minutes: 4, seconds: 59 });
    const second = await aggregates(h);
    expect(orgReads(counter)).toBe(once);
    expect(counter.of('directory.managerOf')).toBe(topLookups);
    expect(second).toEqual(first);
  });

  it('shares one read between concurrent calls', async () => {
    const single = countingHarness();
    await aggregates(single.h);
    const { h, counter } = countingHarness();
    await Promise.all([aggregates(h), aggregates(h), aggregates(h)]);
    expect(orgReads(counter)).toBe(orgReads(single.counter));
  });

  it('reads again after five minutes and on another day in the organisation’s zone, not for another caller zone', async () => {
    const { h, counter } = countingHarness();
    await aggregates(h);
    const once = orgReads(counter);
    h.clock.advance({ minutes: 5, seconds: 1 });
    await aggregates(h);
    expect(orgReads(counter)).toBe(2 * once);
    // The caller's zone plays no part: the same figures, from the same read.
    await aggregates(h, '/api/hr/aggregates?tz=Pacific/Auckland');
    expect(orgReads(counter)).toBe(2 * once);
    // 23:58:30 in London, the organisation's zone (the clock started at 09:00 UTC, 10:00 in
    // London, and is at 09:05:01).
    h.clock.advance({ hours: 13, minutes: 53, seconds: 29 });
    await aggregates(h);
    expect(orgReads(counter)).toBe(3 * once);
    // Two minutes later, well within the five, it is another day: the quarter ends elsewhere.
    h.clock.advance({ minutes: 2 });
    await aggregates(h);
    expect(orgReads(counter)).toBe(4 * once);
    h.clock.advance({ minutes: 1 });
    await aggregates(h);
    expect(orgReads(counter)).toBe(4 * once);
  });

  it('forgets the counts after a successful write, not after a refused one', async () => {
    const { h, counter } = countingHarness();
    await aggregates(h);
    const once = orgReads(counter);
    const refused = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/triggers`, {
      body: { trigger: 'not-a-trigger' },
    });
    expect(refused.status).toBe(400);
    await aggregates(h);
    expect(orgReads(counter)).toBe(once);
    const logged = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/triggers`, {
      body: { trigger: 'major-milestone' },
    });
    expect(logged.status).toBe(201);
    const afterWrite = orgReads(counter);
    await aggregates(h);
    expect(orgReads(counter) - afterWrite).toBe(once);
  });

  it('does not keep a failed read', async () => {
    const { h, counter, store } = countingHarness();
    store.failures.failNext('unavailable');
    const failed = await h.call(HR_ADMIN, 'GET', AGGREGATES);
    expect(failed.status).toBe(503);
    const before = orgReads(counter);
    await aggregates(h);
    expect(orgReads(counter)).toBeGreaterThan(before);
  });
});
