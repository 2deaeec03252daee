import { describe, expect, it } from 'vitest';
import { parseBatch } from '../../../../src/local-tenant/graph/batch/parse-batch';

const get = (id: string, dependsOn?: string[]): Record<string, unknown> => ({
  id,
  method: 'get',
  url: '/me',
  ...(dependsOn ? { dependsOn } : {}),
});

describe('parseBatch', () => {
  it('accepts up to 20 requests and normalises methods', () => {
    const parsed = parseBatch({ requests: Array.from({ length: 20 }, (_, i) => get(String(i))) });
    expect(parsed.ok && parsed.requests.map((r) => r.method)).toEqual(Array(20).fill('GET'));
    expect(parseBatch({ requests: Array.from({ length: 21 }, (_, i) => get(String(i))) }).ok).toBe(
      false,
    );
  });

  it('keeps the body only when one was given', () => {
    const parsed = parseBatch({
      requests: [get('1'), { ...get('2'), method: 'POST', body: null }],
    });
    expect(parsed.ok && parsed.requests.map((r) => r.body)).toEqual([undefined, { value: null }]);
  });

  it('refuses ids that repeat in another case, unknown dependencies and cycles', () => {
    expect(parseBatch({ requests: [get('a'), get('A')] }).ok).toBe(false);
    expect(parseBatch({ requests: [get('1', ['2'])] }).ok).toBe(false);
    expect(parseBatch({ requests: [get('1', ['1'])] }).ok).toBe(false);
    expect(parseBatch({ requests: [get('1', ['2']), get('2', ['1'])] }).ok).toBe(false);
    expect(parseBatch({ requests: [get('1'), get('2', ['1']), get('3', ['2'])] }).ok).toBe(true);
  });

  it('refuses dependency graphs that are neither fully parallel nor one chain', () => {
    for (const requests of [
      [get('1'), get('2', ['1']), get('3', ['1'])],
      [get('1'), get('2', ['1']), get('3', ['1', '2'])],
      [get('1'), get('2'), get('3', ['2'])],
    ]) {
      expect(parseBatch({ requests }).ok, JSON.stringify(requests)).toBe(false);
    }
    expect(parseBatch({ requests: [get('1'), get('2'), get('3')] }).ok).toBe(true);
  });
});
