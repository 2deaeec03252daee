// From their own files, not the domain's index: routes are part of the first screen, which must
// not pull in the rest of the domain (bench/first-screen.ts).
import { parseSubPageId, subPageIdOf, type LinkedPage } from '../../domain/messages/deep-link';
import { PHASE_IDS, type PhaseId } from '../../domain/playbook/ids';
import type { HomeRole } from '../../domain/access';
import { isRevisionReason, type RevisionReason } from '../../domain/model/contract';

/**
 * Every screen the app has, addressed by the URL hash. A report's screens follow the playbook's
 * steps for that person; the hash keeps them bookmarkable in a Teams tab and a browser alike.
 */
export const REPORT_STEPS = [
  'report',
  'prepare',
  'book',
  'prompt',
  'conversation',
  'contract',
  'close',
  'review',
  'triggers',
] as const;

export type ReportStep = (typeof REPORT_STEPS)[number];

export type Route =
  | { screen: 'home' }
  | { screen: 'overview' }
  | { screen: 'quick-reference' }
  | { screen: 'my-development' }
  | { screen: 'privacy' }
  | { screen: 'hr-console' }
  /** Beside a Teams meeting (its side panel or chat tab): the conversation booked as it. */
  | { screen: 'meeting' }
  /** The meeting tab's configuration page, shown when someone adds the app to a meeting. */
  | { screen: 'configure' }
  /** A link from a mail or an event: opens the screen for whoever follows it (`resolveLink`). */
  | { screen: 'link'; link: Exclude<LinkedPage, { page: 'my-development' }> }
  | { screen: 'not-found'; path: string }
  | { screen: Exclude<ReportStep, 'conversation' | 'contract'>; reportId: string }
  /**
   * `reason`: why the next version changes, when another screen sends the manager here to change
   * it (`?reason=goals-changed`). It lives in the address, so it survives a reload and is kept in
   * no storage.
   */
  | { screen: 'contract'; reportId: string; reason?: RevisionReason }
  | { screen: 'conversation'; reportId: string; phase: PhaseId };

const isStep = (value: string): value is ReportStep =>
  (REPORT_STEPS as readonly string[]).includes(value);
const isPhase = (value: string): value is PhaseId =>
  (PHASE_IDS as readonly string[]).includes(value);

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

const FIXED: Readonly<Record<string, Route>> = {
  team: { screen: 'overview' },
  'quick-reference': { screen: 'quick-reference' },
  'my-development': { screen: 'my-development' },
  privacy: { screen: 'privacy' },
  hr: { screen: 'hr-console' },
  meeting: { screen: 'meeting' },
  configure: { screen: 'configure' },
};

/**
 * `/` (the person's home), `/team`, `/my-development`, `/privacy`, `/hr`, `/quick-reference`,
 * `/reports/{id}/{step}[/{phase}]` (`/reports/{id}/contract?reason={reason}`), and the short forms
 * mails link to (`/contract/{id}`, `/conversation/{id}/{conversationId}`); anything else is not found.
 */
export function parseRoute(path: string): Route {
  const [address = '', query = ''] = path.split('?', 2);
  const parts = address.split('/').filter((part) => part !== '');
  if (parts.length === 0) return { screen: 'home' };
  const fixed = parts.length === 1 && parts[0] !== undefined ? FIXED[parts[0]] : undefined;
  if (fixed) return fixed;
  const linked = parseSubPageId(parts.join('/'));
  if (linked && linked.page !== 'my-development') return { screen: 'link', link: linked };
  const [first, rawId, step = 'report', phase = 'where-now', ...rest] = parts;
  const reportId = rawId === undefined ? undefined : decode(rawId);
  if (first !== 'reports' || !reportId || !isStep(step)) return { screen: 'not-found', path };
  if (step === 'conversation') {
    if (!isPhase(phase) || rest.length > 0) return { screen: 'not-found', path };
    return { screen: 'conversation', reportId, phase };
  }
  if (parts.length > 3) return { screen: 'not-found', path };
  if (step === 'contract') {
    const reason = new URLSearchParams(query).get('reason');
    return isRevisionReason(reason)
      ? { screen: step, reportId, reason }
      : { screen: step, reportId };
  }
  return { screen: step, reportId };
}

/** The hash link for a route, e.g. `#/reports/abc/conversation/where-to-go`. */
export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'overview':
      return '#/team';
    case 'quick-reference':
      return '#/quick-reference';
    case 'my-development':
      return '#/my-development';
    case 'privacy':
      return '#/privacy';
    case 'hr-console':
      return '#/hr';
    case 'meeting':
      return '#/meeting';
    case 'configure':
      return '#/configure';
    case 'link':
      return `#/${subPageIdOf(route.link)}`;
    case 'not-found':
      return `#${route.path}`;
    case 'report':
      return `#/reports/${encodeURIComponent(route.reportId)}`;
    case 'conversation':
      return `#/reports/${encodeURIComponent(route.reportId)}/conversation/${route.phase}`;
    case 'contract': {
      const reason = route.reason === undefined ? '' : `?reason=${route.reason}`;
      return `#/reports/${encodeURIComponent(route.reportId)}/contract${reason}`;
    }
    default:
      return `#/reports/${encodeURIComponent(route.reportId)}/${route.screen}`;
  }
}

/** Moves to a route (a new history entry, so Back works as people expect). */
export function navigate(route: Route): void {
  window.location.hash = hrefFor(route).slice(1);
}

/**
 * The role whose home a screen belongs to; undefined for screens anyone signed in may open.
 * Another role's screens are not reachable from the app (the API refuses their data anyway).
 */
export function roleForRoute(route: Route): HomeRole | undefined {
  switch (route.screen) {
    case 'home':
    case 'quick-reference':
    case 'privacy':
    case 'not-found':
    case 'link':
    case 'meeting':
    case 'configure':
      return undefined;
    case 'my-development':
      return 'report';
    case 'hr-console':
      return 'hr-admin';
    default:
      return 'manager';
  }
}

/**
 * The home inside a meeting's own frames (the side panel, the stage) is the meeting panel, so the
 * app shows it whichever address Teams framed there.
 */
export function meetingFrameHome(frameContext: string | undefined): Route | undefined {
  return frameContext === 'sidePanel' || frameContext === 'meetingStage'
    ? { screen: 'meeting' }
    : undefined;
}

/**
 * The screen a Teams deep link's `subPageId` opens: the same grammar as the hash route, so a link
 * from a mail works in a browser (`<appUrl>#/<subPageId>`) and in the Teams tab alike.
 */
export function routeFromSubPageId(subPageId: string): Route {
  return parseRoute(`/${subPageId}`);
}

/** The `subPageId` that opens a route inside the Teams tab. */
export function subPageIdFor(route: Route): string {
  return hrefFor(route).replace(/^#\/?/, '');
}

/**
 * Where a link from a mail or an event takes the person who follows it. The same link reaches
 * both people of a conversation: the report lands on their own development (their contract, the
 * notes shared with them), the manager on the contract or on everything on record about the report.
 */
export function resolveLink(
  link: Extract<Route, { screen: 'link' }>['link'],
  userId: string,
): Route {
  if (link.reportId === userId) return { screen: 'my-development' };
  return link.page === 'contract'
    ? { screen: 'contract', reportId: link.reportId }
    : { screen: 'report', reportId: link.reportId };
}
