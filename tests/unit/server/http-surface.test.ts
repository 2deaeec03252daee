import { describe, expect, it } from 'vitest';
import { PortError } from '../../../src/app/ports';
import { FRAME_ANCESTORS } from '../../../src/adapters/hosting/frame-ancestors';
import { createHarness, MANAGER, ORIGIN, REPORT } from './harness';

describe('HTTP surface', () => {
  it('sends the security headers on answers and errors alike, and no X-Powered-By', async () => {
    const h = createHarness();
    for (const reply of [
      await h.call(MANAGER, 'GET', '/api/team'),
      await h.call(undefined, 'GET', '/api/team'),
      await h.call(MANAGER, 'GET', '/api/nothing-here'),
    ]) {
      const csp = reply.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      for (const host of FRAME_ANCESTORS) expect(csp).toContain(`https://${host}`);
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
      expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
      expect(reply.headers.get('cache-control')).toBe('no-store');
      expect(reply.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('allows CORS for the app origins only', async () => {
    const h = createHarness();
    const preflight = (origin: string) =>
      h.app.request('/api/team', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'PATCH',
          'access-control-request-headers': 'authorization,if-match,content-type',
        },
      });
    const allowed = await preflight(ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'if-match',
    );
    const refused = await preflight('https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const read = await h.call(MANAGER, 'GET', '/api/team', { headers: { origin: ORIGIN } });
    expect(read.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('refuses bodies over 64 KB with 413 and non-JSON with 415', async () => {
    const h = createHarness();
    const big = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/triggers`, {
      rawBody: JSON.stringify({ trigger: 'major-milestone', pad: 'x'.repeat(70 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toContain('application/problem+json');
    const form = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/triggers`, {
      rawBody: 'trigger=major-milestone',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const broken = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/triggers`, {
      rawBody: '{"trigger":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
  });

  it('turns unexpected failures into a bare 500 and logs the details', async () => {
    const h = createHarness();
    const secret = 'connection string with password=hunter2';
    h.contracts.get = () => Promise.reject(new Error(secret));
    const reply = await h.call(REPORT, 'GET', `/api/people/${REPORT}/contract`);
    expect(reply.status).toBe(500);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect(reply.text).not.toContain('hunter2');
    expect(reply.text).not.toContain('at ');
    expect(JSON.stringify(h.log.entries)).toContain('hunter2');
  });

  it('answers 503 without details when the stores cannot be reached', async () => {
    const h = createHarness();
    h.contracts.get = () =>
      Promise.reject(new PortError('unavailable', 'Graph said 504 on /sites/x'));
    const reply = await h.call(REPORT, 'GET', `/api/people/${REPORT}/contract`);
    expect(reply.status).toBe(503);
    expect(reply.text).not.toContain('/sites/x');
  });

  it('serves the OpenAPI description without a token', async () => {
    const h = createHarness();
    const reply = await h.call(undefined, 'GET', '/api/openapi.json');
    expect(reply.status).toBe(200);
    expect(reply.json.openapi).toBe('3.1.0');
    const paths = reply.json.paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths)).toContain('/api/team');
    expect(paths['/api/conversations/{conversationId}']?.patch).toBeDefined();
    const schemas = (reply.json.components as { schemas: Record<string, unknown> }).schemas;
    expect(Object.keys(schemas)).toContain('TeamOverview');
    expect(JSON.stringify(reply.json)).not.toContain('#/$defs/');
  });
});
