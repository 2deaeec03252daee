import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearFaults, setFaults } from '../ports/graph-harness';
import { startApiHarness, type ApiHarness } from './api-harness';

/**
 * With the local tenant throttling 30% of Graph requests (429, Retry-After 1 s), every overview
 * load still answers: few requests behind the screen, each retried after the time Graph asks.
 */
let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
  // Token and directory caches warm, first sightings recorded, as in a running service.
  const warm = await api.call('priya.raman', 'GET', '/api/team?tz=Europe/London');
  expect(warm.status, warm.text).toBe(200);
  await api.server.app.flushAudit();
}, 60_000);

afterAll(async () => {
  await clearFaults(api.tenant);
  await api.close();
});

describe('team overview under throttling', () => {
  it('answers 200 to every one of 3 loads at 30% throttling, waiting out Retry-After', async () => {
    await setFaults(api.tenant, { throttle: { percent: 30, retryAfterSeconds: 1 } });
    const before = api.requests.length;
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const load = await api.call('priya.raman', 'GET', '/api/team?tz=Europe/London');
      statuses.push(load.status);
    }
    expect(statuses).toEqual([200, 200, 200]);
    // Throttled requests were sent again, not given up on.
    expect(api.requests.length - before).toBeGreaterThan(3 * 2);
    await clearFaults(api.tenant);
  }, 60_000);
});
