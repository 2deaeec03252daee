import { decodeJwt, type JWTPayload } from 'jose';
import type { BrowserContext, Frame, Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Stack } from '../../scripts/stack/start-stack';
import { newTestContext, screenshot, seriousAxeViolations, settled } from './support/browser';
import { useTestStack } from './support/stack';

/**
 * The built app inside the local Teams host (/_local/teams), as a person opens it in Teams: the
 * manifest's tab framed by the host page, teams-js answered over postMessage, and sign-in either
 * brokered by the host (nested app auth) or, in a host without it, through a popup.
 */

const AUTHORIZE = '/oauth2/v2.0/authorize';

/**
 * What a context saw: every page it opened after the host, every address the host's tab frame
 * had (after its first, empty document), and every request for the sign-in page, from any window.
 */
interface Watched {
  popups: Page[];
  tabAddresses: string[];
  authorizeRequests: URL[];
  /** The career API's answers, with the claims of the token each request carried. */
  apiCalls: { status: number; claims: JWTPayload | undefined }[];
}

function apiCall(response: Response): Watched['apiCalls'][number] {
  const bearer = /^Bearer (.+)$/.exec(response.request().headers().authorization ?? '')?.[1];
  return { status: response.status(), claims: bearer ? decodeJwt(bearer) : undefined };
}

function watch(context: BrowserContext, page: Page): Watched {
  const watched: Watched = { popups: [], tabAddresses: [], authorizeRequests: [], apiCalls: [] };
  context.on('page', (opened) => {
    if (opened !== page) watched.popups.push(opened);
  });
  page.on('framenavigated', (frame) => {
    // The tab is the host page's only child frame; MSAL's own hidden frames sit inside it.
    if (frame.parentFrame() === page.mainFrame() && frame.url() !== 'about:blank') {
      watched.tabAddresses.push(frame.url());
    }
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith(AUTHORIZE)) watched.authorizeRequests.push(url);
  });
  context.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) {
      watched.apiCalls.push(apiCall(response));
    }
  });
  return watched;
}

/** Every address the tab had is the app's own page: it never went to sign in itself. */
function expectTabStayedOnTheApp(watched: Watched, origin: string): void {
  expect(watched.tabAddresses.length).toBeGreaterThan(0);
  for (const address of watched.tabAddresses) {
    const url = new URL(address);
    expect(`${url.origin}${url.pathname}${url.search}`).toBe(`${origin}/index.html?host=teams`);
  }
}

/**
 * The career API answered every call, each with a token issued to the SPA for the API, with the
 * API's scope, for the person the host signed in.
 */
function expectApiTookTokensOf(watched: Watched, stack: Stack, username: string): void {
  expect(watched.apiCalls.length).toBeGreaterThan(0);
  for (const call of watched.apiCalls) {
    expect(call.status).toBeLessThan(300);
    expect(call.claims).toMatchObject({
      aud: stack.tenant.apiClientId,
      azp: stack.tenant.spaClientId,
      tid: stack.tenant.tenantId,
      preferred_username: username,
    });
    expect(String(call.claims?.scp).split(' ')).toContain('access_as_user');
  }
}

async function tabFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#app-frame')).contentFrame();
  if (!frame) throw new Error('The host has no tab frame.');
  return frame;
}

async function teamOverview(tab: Frame): Promise<void> {
  await tab.getByRole('heading', { name: 'Your team', level: 1 }).waitFor({ timeout: 30_000 });
  await tab.getByRole('heading', { name: /Direct reports \(12\)/ }).waitFor({ timeout: 30_000 });
}

/** A Fluent token as the app's FluentProvider sets it: which theme the app is in. */
function themeToken(tab: Frame, token: string): Promise<string> {
  return tab
    .locator('.fui-FluentProvider')
    .first()
    .evaluate((el, name) => getComputedStyle(el).getPropertyValue(name).trim(), token);
}

/** Teams' Fluent themes, told apart by the background the app's root paints. */
const BACKGROUND_OF = {
  default: '#fafafa',
  dark: '#242424',
  contrast: '#000000',
} as const;

describe('the built app inside the local Teams host (Chromium)', () => {
  const env = useTestStack();

  it('signs a manager in through nested app auth, no popup and no redirect of the tab, to the team overview', async () => {
    const { browser, stack } = env;
    const origin = new URL(stack.url).origin;
    const context = await newTestContext(browser, stack);
    const page = await context.newPage();
    const watched = watch(context, page);
    await page.goto(`${stack.teamsHostUrl}?persona=priya.raman`);
    const tab = await tabFrame(page);

    await teamOverview(tab);
    expect(await tab.getByTestId('signed-in-user').textContent()).toBe('Signed in as Priya Raman');
    expect(watched.popups).toEqual([]);
    // The tab never left the app's page, and nothing (not even a hidden frame) asked the
    // sign-in page: the host signed Priya in.
    expectTabStayedOnTheApp(watched, origin);
    expect(watched.authorizeRequests).toEqual([]);
    // The host brokered both the sign-in and the career API's token.
    const log = (await page.locator('#host-log').textContent()) ?? '';
    expect(log).toContain('nestedAppAuth.execute GetToken openid profile offline_access User.Read');
    expect(log).toContain(`nestedAppAuth.execute GetToken api://${stack.tenant.apiClientId}/`);
    expect(log).not.toContain('GetTokenPopup');
    expectApiTookTokensOf(watched, stack, 'priya.raman@contoso-demo.example');
    await context.close();
  });

  it('follows the person signed in to the host: another person in the same browser is never shown the first one’s team', async () => {
    const { browser, stack } = env;
    const context = await newTestContext(browser, stack);
    const page = await context.newPage();
    await page.goto(`${stack.teamsHostUrl}?persona=priya.raman`);
    await teamOverview(await tabFrame(page));

    // Teams signs someone else in on this browser (the host page reloads as Mateo).
    await page.selectOption('#host-persona', { label: 'Mateo García' });
    await page.waitForURL(/persona=mateo\.garcia/);
    const tab = await tabFrame(page);
    await tab.getByTestId('signed-in-user').waitFor();
    await expect
      .poll(() => tab.getByTestId('signed-in-user').textContent())
      .toBe('Signed in as Mateo García');
    await tab.getByRole('heading', { name: /Direct reports \(2\)/ }).waitFor({ timeout: 30_000 });
    expect(await tab.getByText('Noah Cohen').count()).toBe(0);
    await context.close();
  });

  it('brokers an HR admin’s app role to the career API through nested app auth', async () => {
    const { browser, stack } = env;
    const context = await newTestContext(browser, stack);
    const page = await context.newPage();
    const watched = watch(context, page);
    await page.goto(`${stack.teamsHostUrl}?persona=fatima.alsayed`);
    const tab = await tabFrame(page);
    await tab.getByText('Signed in as Fatima Al-Sayed').waitFor({ timeout: 30_000 });
    await expect.poll(() => watched.apiCalls.length).toBeGreaterThan(0);
    await settled(tab);

    expect(watched.popups).toEqual([]);
    expect(watched.authorizeRequests).toEqual([]);
    expectApiTookTokensOf(watched, stack, 'fatima.alsayed@contoso-demo.example');
    for (const call of watched.apiCalls) {
      expect(call.claims?.roles).toEqual(['CareerConversations.HRAdmin']);
    }
    await context.close();
  });

  it('signs in with a popup in a host without nested app auth, to the team overview', async () => {
    const { browser, stack } = env;
    const context = await newTestContext(browser, stack);
    const page = await context.newPage();
    const watched = watch(context, page);
    await page.goto(`${stack.teamsHostUrl}?persona=priya.raman&naa=off`);
    const tab = await tabFrame(page);

    // The silent attempt (a hidden frame, with Teams' login hint) finds no session at the tenant.
    await tab.getByText('Sign in to continue: a sign-in window opens.').waitFor();
    const popupOpened = context.waitForEvent('page');
    await tab.getByRole('button', { name: 'Sign in' }).click();
    const popup = await popupOpened;
    // Teams named the person, so the sign-in page asks for no account: it signs Priya in (the
    // local tenant has no password to ask) and the popup hands the code back and closes.
    await popup.waitForEvent('close');
    await teamOverview(tab);

    expect(watched.popups).toEqual([popup]);
    const prompted = watched.authorizeRequests.filter(
      (url) => url.searchParams.get('prompt') !== 'none',
    );
    expect(prompted.map((url) => url.pathname)).toEqual([`/${stack.tenant.tenantId}${AUTHORIZE}`]);
    expect(prompted[0]?.searchParams.get('login_hint')).toBe('priya.raman@contoso-demo.example');
    expectTabStayedOnTheApp(watched, new URL(stack.url).origin);
    expectApiTookTokensOf(watched, stack, 'priya.raman@contoso-demo.example');
    await context.close();
  });

  it('follows the host’s theme, default → dark → contrast, with no serious axe violation in any', async () => {
    const { browser, stack } = env;
    const context = await newTestContext(browser, stack);
    const page = await context.newPage();
    await page.goto(`${stack.teamsHostUrl}?persona=priya.raman`);
    const tab = await tabFrame(page);
    await teamOverview(tab);

    for (const theme of ['default', 'dark', 'contrast'] as const) {
      if (theme !== 'default') await page.selectOption('#host-theme', theme);
      await expect
        .poll(() => themeToken(tab, '--colorNeutralBackground2'))
        .toBe(BACKGROUND_OF[theme]);
      expect(await seriousAxeViolations(tab)).toEqual([]);
      await screenshot(page, `teams-host-${theme}`);
    }
    await context.close();
  });

  it('fits the 320 px meeting side panel: the overview without a sideways scroll, and no serious axe violation', async () => {
    const { browser, stack } = env;
    const context = await newTestContext(browser, stack);
    const page = await context.newPage();
    // The side panel opens on the meeting panel (teams-meeting-panel.test.ts); the overview is
    // one link away from it, and must fit the panel too.
    const team = encodeURIComponent('/index.html?host=teams#/team');
    await page.goto(`${stack.teamsHostUrl}?persona=priya.raman&frame=side-panel&content=${team}`);
    const tab = await tabFrame(page);
    await teamOverview(tab);
    expect(await seriousAxeViolations(tab)).toEqual([]);
    const overflow = await tab.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await screenshot(page, 'teams-host-side-panel');
    await context.close();
  });
});
