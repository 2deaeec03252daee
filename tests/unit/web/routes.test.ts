import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, type Route } from '../../../src/web/app/routes';

describe('parseRoute and hrefFor: every screen has one address', () => {
  const routes: Route[] = [
    { screen: 'overview' },
    { screen: 'quick-reference' },
    { screen: 'report', reportId: 'a b/c' },
    { screen: 'prepare', reportId: 'r1' },
    { screen: 'book', reportId: 'r1' },
    { screen: 'prompt', reportId: 'r1' },
    { screen: 'conversation', reportId: 'r1', phase: 'where-to-go' },
    { screen: 'contract', reportId: 'r1' },
    { screen: 'close', reportId: 'r1' },
    { screen: 'review', reportId: 'r1' },
    { screen: 'triggers', reportId: 'r1' },
  ];

  it.each(routes)('round-trips %o', (route) => {
    expect(parseRoute(hrefFor(route).slice(1))).toEqual(route);
  });

  it('opens a report’s conversation at the first phase when none is named', () => {
    expect(parseRoute('/reports/r1/conversation')).toEqual({
      screen: 'conversation',
      reportId: 'r1',
      phase: 'where-now',
    });
  });

  it.each([
    '/nowhere',
    '/reports',
    '/reports/r1/unknown',
    '/reports/r1/conversation/not-a-phase',
    '/reports/r1/contract/extra',
    '/reports/%E0%A4%A/contract',
  ])('%s is not found', (path) => {
    expect(parseRoute(path).screen).toBe('not-found');
  });
});
