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

export async function benchRequestsPerScreen(): Promise<ScreenRequests[]> {
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
    await signIn.close();
    return results;
  } finally {
    await browser.close();
    await stack.close();
  }
}
