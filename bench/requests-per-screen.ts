/**
 * Requests each screen makes, measured in Chromium against the real stack (built app, career
 * API, local tenant with the demo organisation), signed in as Priya Raman (12 reports). A screen
 * is opened cold (a new page, so no query cache) and counted once the network is idle.
 */
import { chromium, type Page } from 'playwright-core';
import { startStack } from '../scripts/stack/start-stack';

export interface ScreenRequests {
  screen: string;
  /** Calls to the career API (`/api/...`). */
  api: number;
  /** Calls to Microsoft Graph (`/v1.0/...`), `$batch` counted once. */
  graph: number;
  /** Sign-in and token calls to Entra ID. */
  entra: number;
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--ignore-certificate-errors',
];

function classify(url: URL): keyof Omit<ScreenRequests, 'screen'> | undefined {
  if (url.pathname.startsWith('/api/')) return 'api';
  if (url.pathname.startsWith('/v1.0/')) return 'graph';
  if (/\/oauth2\/v2\.0\/(token|authorize)/.test(url.pathname)) return 'entra';
  return undefined;
}

async function count(
  page: Page,
  open: () => Promise<void>,
): Promise<Omit<ScreenRequests, 'screen'>> {
  const counts = { api: 0, graph: 0, entra: 0 };
  const onRequest = (request: { url: () => string }): void => {
    const kind = classify(new URL(request.url()));
    if (kind) counts[kind] += 1;
  };
  page.on('request', onRequest);
  await open();
  await page.waitForLoadState('networkidle');
  // Some screens read more once the first answers are in (the notes after the report): let a
  // second wave start before counting stops.
  await page.waitForTimeout(1_500);
  await page.waitForLoadState('networkidle');
  page.off('request', onRequest);
  return counts;
}

/** When, after navigation started, a cold signed-in open of the team overview did each thing. */
export interface ColdOpen {
  /** The "Direct reports (12)" heading in the page: the team's data is on screen. */
  dataShownMs: number;
  /** Requests started (Resource Timing `startTime`); undefined when not requested. */
  configStartMs: number | undefined;
  msalChunkStartMs: number | undefined;
  overviewChunkStartMs: number | undefined;
  /** `/api/me`: who the person is, which decides their home. */
  meApiStartMs: number | undefined;
  teamApiStartMs: number | undefined;
  teamApiMs: number | undefined;
}

export interface RequestsPerScreen {
  screens: ScreenRequests[];
  /** Medians of the cold opens, and every open. */
  overviewColdOpen: { median: ColdOpen; opens: ColdOpen[] };
}

/**
 * Records when the team's heading first appears, from the page's own clock (navigation start is
 * 0), before any of the app's scripts run.
 */
const MARK_DATA_SHOWN = `
new MutationObserver((_, observer) => {
  const heading = [...document.querySelectorAll('h2')].find((h) => /^Direct reports \\(/.test(h.textContent ?? ''));
  if (heading) { window.__dataShownMs = performance.now(); observer.disconnect(); }
}).observe(document, { childList: true, subtree: true, characterData: true });
`;

const COLD_OPENS = 5;

async function coldOpen(page: Page, url: string): Promise<ColdOpen> {
  await page.addInitScript(MARK_DATA_SHOWN);
  await page.goto(url);
  await page.getByRole('heading', { name: /^Direct reports \(/ }).waitFor({ timeout: 30_000 });
  // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
  return page.evaluate<ColdOpen>(READ_COLD_OPEN);
}

/** Reads the mark and the Resource Timing entries of the page (run in the page). */
const READ_COLD_OPEN = `(() => {
  const resources = performance.getEntriesByType('resource');
  const started = (match) => resources.find((entry) => match(new URL(entry.name).pathname));
  const at = (entry) => (entry === undefined ? undefined : Math.round(entry.startTime));
  const team = started((path) => path === '/api/team');
  return {
    dataShownMs: Math.round(window.__dataShownMs),
    configStartMs: at(started((path) => path === '/config.json')),
    msalChunkStartMs: at(started((path) => /\\/assets\\/msal-/.test(path))),
    overviewChunkStartMs: at(started((path) => /\\/assets\\/team-overview-screen-/.test(path))),
    meApiStartMs: at(started((path) => path === '/api/me')),
    teamApiStartMs: at(team),
    teamApiMs: team === undefined ? undefined : Math.round(team.duration),
  };
})()`;

function medianOf(opens: readonly ColdOpen[]): ColdOpen {
  const median = (pick: (open: ColdOpen) => number | undefined): number | undefined => {
    const values = opens.map(pick).filter((v): v is number => v !== undefined);
    values.sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)];
  };
  return {
    dataShownMs: median((o) => o.dataShownMs) ?? NaN,
    configStartMs: median((o) => o.configStartMs),
    msalChunkStartMs: median((o) => o.msalChunkStartMs),
    overviewChunkStartMs: median((o) => o.overviewChunkStartMs),
    meApiStartMs: median((o) => o.meApiStartMs),
    teamApiStartMs: median((o) => o.teamApiStartMs),
    teamApiMs: median((o) => o.teamApiMs),
  };
}

export async function benchRequestsPerScreen(): Promise<RequestsPerScreen> {
  const stack = await startStack({ web: 'built', webPort: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const signIn = await context.newPage();
    await signIn.goto(stack.url);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await signIn.getByText('Priya Raman').first().click();
    await signIn.getByRole('heading', { name: 'Your team', level: 1 }).waitFor();
    await signIn.getByRole('heading', { name: /Direct reports/ }).waitFor({ timeout: 30_000 });
    // Warm the token cache for Graph scopes once, as a manager's session would be.
    const people = (await (
      await fetch(new URL('/_local/people', stack.tenant.listenUrl))
    ).json()) as { users: { id: string; displayName: string }[] };
    const liam = people.users.find((u) => u.displayName === "Liam O'Connor");
    if (!liam) throw new Error('The demo organisation has no Liam O’Connor.');
    const id = encodeURIComponent(liam.id);
    const screens: [string, string][] = [
      ['team overview', '#/'],
      ['report page', `#/reports/${id}`],
      ['prepare', `#/reports/${id}/prepare`],
      ['invite and book', `#/reports/${id}/book`],
      ['reflection prompt', `#/reports/${id}/prompt`],
      ['conversation (phase 1)', `#/reports/${id}/conversation/where-now`],
      ['contract', `#/reports/${id}/contract`],
      ['close and follow through', `#/reports/${id}/close`],
      ['monthly review', `#/reports/${id}/review`],
      ['triggers', `#/reports/${id}/triggers`],
    ];
    const results: ScreenRequests[] = [];
    for (const [screen, hash] of screens) {
      const page = await context.newPage();
      const counts = await count(page, async () => {
        await page.goto(`${stack.url}${hash}`);
        await page.locator('main h1').first().waitFor({ timeout: 30_000 });
      });
      results.push({ screen, ...counts });
      await page.close();
    }
    // Cold opens: a new page each (no query cache, the browser's HTTP cache kept, as when a
    // manager opens the tab again), signed in; the first warms the HTTP cache and is not counted.
    const opens: ColdOpen[] = [];
    for (let i = 0; i <= COLD_OPENS; i += 1) {
      const page = await context.newPage();
      const open = await coldOpen(page, `${stack.url}#/`);
      if (i > 0) opens.push(open);
      await page.close();
    }
    await signIn.close();
    return { screens: results, overviewColdOpen: { median: medianOf(opens), opens } };
  } finally {
    await browser.close();
    await stack.close();
  }
}
