import { describe, expect, it } from 'vitest';
import {
  hrefFor,
  meetingFrameHome,
  parseRoute,
  roleForRoute,
  resolveLink,
  routeFromSubPageId,
  subPageIdFor,
  type Route,
} from '../../../src/web/app/routes';

describe('parseRoute and hrefFor: every screen has one address', () => {
  const routes: Route[] = [
    { screen: 'home' },
    { screen: 'overview' },
    { screen: 'quick-reference' },
    { screen: 'my-development' },
    { screen: 'privacy' },
    { screen: 'hr-console' },
    { screen: 'meeting' },
    { screen: 'configure' },
    { screen: 'report', reportId: 'a b/c' },
    { screen: 'prepare', reportId: 'r1' },
    { screen: 'book', reportId: 'r1' },
    { screen: 'prompt', reportId: 'r1' },
    { screen: 'conversation', reportId: 'r1', phase: 'where-to-go' },
    { screen: 'contract', reportId: 'r1' },
    { screen: 'contract', reportId: 'r1', reason: 'goals-changed' },
    { screen: 'contract', reportId: 'r1', reason: 'monthly-review' },
    { screen: 'close', reportId: 'r1' },
    { screen: 'review', reportId: 'r1' },
    { screen: 'triggers', reportId: 'r1' },
  ];

  it.each(routes)('round-trips %o', (route) => {
    expect(parseRoute(hrefFor(route).slice(1))).toEqual(route);
  });

  it('carries why the contract changes in the address, and only a revision reason', () => {
    expect(hrefFor({ screen: 'contract', reportId: 'r1', reason: 'goals-changed' })).toBe(
      '#/reports/r1/contract?reason=goals-changed',
    );
    expect(parseRoute('/reports/r1/contract?reason=monthly-review')).toEqual({
      screen: 'contract',
      reportId: 'r1',
      reason: 'monthly-review',
    });
    for (const other of ['initial', 'because', '']) {
      expect(parseRoute(`/reports/r1/contract?reason=${other}`)).toEqual({
        screen: 'contract',
        reportId: 'r1',
      });
    }
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

describe('a home for each role: the root is the person’s home, other roles’ screens are theirs', () => {
  it('opens the home at the root and the team at /team', () => {
    expect(parseRoute('/')).toEqual({ screen: 'home' });
    expect(parseRoute('/team')).toEqual({ screen: 'overview' });
  });

  it.each([
    [{ screen: 'overview' }, 'manager'],
    [{ screen: 'contract', reportId: 'r1' }, 'manager'],
    [{ screen: 'conversation', reportId: 'r1', phase: 'where-now' }, 'manager'],
    [{ screen: 'my-development' }, 'report'],
    [{ screen: 'hr-console' }, 'hr-admin'],
    [{ screen: 'home' }, undefined],
    [{ screen: 'privacy' }, undefined],
    [{ screen: 'quick-reference' }, undefined],
    [{ screen: 'meeting' }, undefined],
    [{ screen: 'configure' }, undefined],
    [{ screen: 'link', link: { page: 'contract', reportId: 'r1' } }, undefined],
  ] as [Route, string | undefined][])('%o belongs to %s', (route, role) => {
    expect(roleForRoute(route)).toBe(role);
  });
});

describe('meetingFrameHome: the home inside a meeting is the meeting panel', () => {
  it('opens the panel in the meeting side panel and on the meeting stage, nowhere else', () => {
    expect(meetingFrameHome('sidePanel')).toEqual({ screen: 'meeting' });
    expect(meetingFrameHome('meetingStage')).toEqual({ screen: 'meeting' });
    expect(meetingFrameHome('content')).toBeUndefined();
    expect(meetingFrameHome(undefined)).toBeUndefined();
  });
});

describe('routeFromSubPageId and subPageIdFor: a Teams deep link opens the screen its subPageId names', () => {
  it.each<[string, Route]>([
    ['contract/r1', { screen: 'link', link: { page: 'contract', reportId: 'r1' } }],
    [
      'conversation/r1/c9',
      { screen: 'link', link: { page: 'conversation', reportId: 'r1', conversationId: 'c9' } },
    ],
    ['my-development', { screen: 'my-development' }],
    ['hr', { screen: 'hr-console' }],
    ['reports/r1/review', { screen: 'review', reportId: 'r1' }],
    ['', { screen: 'home' }],
  ])('%s opens %o', (subPageId, route) => {
    expect(routeFromSubPageId(subPageId)).toEqual(route);
  });

  it('gives every screen a subPageId that opens it again', () => {
    const routes: Route[] = [
      { screen: 'home' },
      { screen: 'overview' },
      { screen: 'my-development' },
      { screen: 'hr-console' },
      { screen: 'contract', reportId: 'a b/c' },
      { screen: 'conversation', reportId: 'r1', phase: 'close-the-gap' },
      { screen: 'link', link: { page: 'conversation', reportId: 'a/b', conversationId: 'c 1' } },
    ];
    for (const route of routes) expect(routeFromSubPageId(subPageIdFor(route))).toEqual(route);
  });

  it('treats a malformed subPageId as an address with no screen, never as someone’s page', () => {
    expect(routeFromSubPageId('contract').screen).toBe('not-found');
    expect(routeFromSubPageId('conversation/%E0%A4%A/c1').screen).toBe('not-found');
  });
});

describe('resolveLink: one link in a mail or an event, the right screen for each of its two people', () => {
  it('opens the report’s own development for the report', () => {
    expect(resolveLink({ page: 'contract', reportId: 'yuki' }, 'yuki')).toEqual({
      screen: 'my-development',
    });
    expect(
      resolveLink({ page: 'conversation', reportId: 'yuki', conversationId: 'c' }, 'yuki'),
    ).toEqual({
      screen: 'my-development',
    });
  });

  it('opens the contract, or everything on record, for anyone else (the gate then decides)', () => {
    expect(resolveLink({ page: 'contract', reportId: 'yuki' }, 'priya')).toEqual({
      screen: 'contract',
      reportId: 'yuki',
    });
    expect(
      resolveLink({ page: 'conversation', reportId: 'yuki', conversationId: 'c' }, 'priya'),
    ).toEqual({
      screen: 'report',
      reportId: 'yuki',
    });
  });

  it('never turns a typed manager address about oneself into one’s own page', () => {
    expect(parseRoute('/reports/yuki/contract')).toEqual({ screen: 'contract', reportId: 'yuki' });
  });
});
