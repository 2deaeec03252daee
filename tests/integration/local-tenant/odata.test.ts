import { describe, expect, it } from 'vitest';
import { evaluateFilter, filterProperties, parseFilter } from '../../../src/local-tenant';
import { compilePattern } from '../../../src/local-tenant/core/router';
import { matchesPathPattern } from '../../../src/local-tenant/core/faults';

function matches(filter: string, record: Record<string, unknown>): boolean {
  const parsed = parseFilter(filter);
  if (!parsed.ok) throw new Error(parsed.message);
  return evaluateFilter(parsed.node, (path) =>
    path
      .split('/')
      .reduce<unknown>(
        (value, key) => (value as Record<string, unknown> | undefined)?.[key],
        record,
      ),
  );
}

describe('OData $filter subset', () => {
  const event = {
    subject: "Career conversation: Liam's plan",
    start: { dateTime: '2026-03-02T09:00:00' },
    isCancelled: false,
    importance: 'high',
  };

  it('evaluates comparisons, functions, in, not and grouping', () => {
    expect(matches("subject eq 'career conversation: liam''s plan'", event)).toBe(true);
    expect(matches("startswith(subject,'Career') and isCancelled eq false", event)).toBe(true);
    expect(
      matches(
        "start/dateTime ge '2026-03-01T00:00:00Z' and start/dateTime lt 2026-03-03T00:00:00Z",
        event,
      ),
    ).toBe(true);
    expect(matches('start/dateTime gt 2026-03-02T09:00:00Z', event)).toBe(false);
    expect(matches("importance in ('low','normal')", event)).toBe(false);
    expect(matches("not (importance eq 'low') or contains(subject,'x')", event)).toBe(true);
    expect(matches('isCancelled ne null', event)).toBe(true);
  });

  it('reports the properties a filter reads and rejects broken syntax', () => {
    const parsed = parseFilter("a eq 1 and (startswith(b/c,'x') or d in ('y'))");
    expect(parsed.ok && filterProperties(parsed.node)).toEqual(['a', 'b/c', 'd']);
    for (const broken of ["a eq 'x' and", "a eq 'unterminated", 'eq 1', '(a eq 1', '']) {
      expect(parseFilter(broken).ok).toBe(false);
    }
  });
});

describe('route and fault patterns', () => {
  it('matches Graph-style patterns case-insensitively, including colon paths', () => {
    const { regex, names } = compilePattern('/v1.0/me/drive/special/approot:/{*path}:/content');
    const found = regex.exec('/v1.0/Me/Drive/special/approot:/notes/priya%20raman.json:/content');
    expect(names).toEqual(['path']);
    expect(found?.[1]).toBe('notes/priya%20raman.json');
    expect(compilePattern('/users/{id}/manager').regex.test('/users/abc/manager/')).toBe(true);
    expect(compilePattern('/users/{id}').regex.test('/users/abc/manager')).toBe(false);
  });

  it('matches fault globs within and across segments', () => {
    expect(matchesPathPattern('/v1.0/me/*', '/v1.0/me/events')).toBe(true);
    expect(matchesPathPattern('/v1.0/me/*', '/v1.0/me/events/1')).toBe(false);
    expect(matchesPathPattern('/v1.0/**', '/v1.0/me/events/1')).toBe(true);
  });
});
