import { describe, expect, it } from 'vitest';
import { createHarness, firstContractBody, MANAGER, ORIGIN, REPORT } from './harness';

const teamPath = '/api/team?tz=Europe/London';

describe('GET /api/team is conditional (ETag / If-None-Match)', () => {
  it('answers 304 with no body to an unchanged If-None-Match, and still keeps no copy anywhere', async () => {
    const h = createHarness();
    const first = await h.call(MANAGER, 'GET', teamPath);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await h.call(MANAGER, 'GET', teamPath, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 200 with a new ETag once something on the overview changed', async () => {
    const h = createHarness();
    const etag = (await h.call(MANAGER, 'GET', teamPath)).headers.get('etag') ?? '';
    await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
      body: firstContractBody(),
    });
    const changed = await h.call(MANAGER, 'GET', teamPath, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('lets the web app send If-None-Match across origins', async () => {
    const h = createHarness();
    const preflight = await h.app.request('/api/team', {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization,if-none-match',
      },
    });
    expect(preflight.headers.get('access-control-allow-headers') ?? '').toMatch(/if-none-match/i);
  });
});
