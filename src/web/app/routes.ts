import { PHASE_IDS, type PhaseId } from '../../domain';

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
  | { screen: 'overview' }
  | { screen: 'quick-reference' }
  | { screen: 'not-found'; path: string }
  | { screen: Exclude<ReportStep, 'conversation'>; reportId: string }
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

/** `/reports/{id}/{step}[/{phase}]`, `/quick-reference` or `/`; anything else is not found. */
export function parseRoute(path: string): Route {
  const parts = path.split('/').filter((part) => part !== '');
  if (parts.length === 0) return { screen: 'overview' };
  if (parts.length === 1 && parts[0] === 'quick-reference') return { screen: 'quick-reference' };
  const [first, rawId, step = 'report', phase = 'where-now', ...rest] = parts;
  const reportId = rawId === undefined ? undefined : decode(rawId);
  if (first !== 'reports' || !reportId || !isStep(step)) return { screen: 'not-found', path };
  if (step === 'conversation') {
    if (!isPhase(phase) || rest.length > 0) return { screen: 'not-found', path };
    return { screen: 'conversation', reportId, phase };
  }
  if (parts.length > 3) return { screen: 'not-found', path };
  return { screen: step, reportId };
}

/** The hash link for a route, e.g. `#/reports/abc/conversation/where-to-go`. */
export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'overview':
      return '#/';
    case 'quick-reference':
      return '#/quick-reference';
    case 'not-found':
      return `#${route.path}`;
    case 'report':
      return `#/reports/${encodeURIComponent(route.reportId)}`;
    case 'conversation':
      return `#/reports/${encodeURIComponent(route.reportId)}/conversation/${route.phase}`;
    default:
      return `#/reports/${encodeURIComponent(route.reportId)}/${route.screen}`;
  }
}

/** Moves to a route (a new history entry, so Back works as people expect). */
export function navigate(route: Route): void {
  window.location.hash = hrefFor(route).slice(1);
}
