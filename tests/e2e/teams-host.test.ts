import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Msal from '@azure/msal-browser';
import type * as TeamsJs from '@microsoft/teams-js';
import { decodeJwt } from 'jose';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newTestContext, seriousAxeViolations } from './support/browser';
import { personId } from './support/session';
import { useTestStack } from './support/stack';

/**
 * A tiny tab for the host to frame: the real teams-js and msal-browser (their UMD builds from
 * node_modules) and nothing else, so the test proves what the host answers, not what the app does.
 */
const PROBE_PATH = '/teams-host-probe.html';
const packageDir = (name: string): string =>
  dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
const PROBE_FILES: Record<string, { body: string; contentType: string }> = {
  [PROBE_PATH]: {
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>teams-js probe</title>
<script src="/teams-host-probe/teams.js"></script><script src="/teams-host-probe/msal.js"></script>
</head><body><main><h1>teams-js probe</h1></main></body></html>`,
  },
  '/teams-host-probe/teams.js': {
    contentType: 'text/javascript',
    body: readFileSync(
      join(packageDir('@microsoft/teams-js'), 'dist/umd/MicrosoftTeams.min.js'),
      'utf8',
    ),
  },
  '/teams-host-probe/msal.js': {
    contentType: 'text/javascript',
    body: readFileSync(join(packageDir('@azure/msal-browser'), 'lib/msal-browser.min.js'), 'utf8'),
  },
};

/** What the probe's window holds: the two libraries' globals and the themes it was sent. */
interface ProbeWindow {
  microsoftTeams: typeof TeamsJs;
  msal: typeof Msal;
  themes?: string[];
  beforeDeepLink?: boolean;
}

async function serveProbe(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.pathname in PROBE_FILES,
    async (route) => {
      const file = PROBE_FILES[new URL(route.request().url()).pathname];
      if (!file) return route.continue();
      return route.fulfill({ status: 200, contentType: file.contentType, body: file.body });
    },
  );
}

/** The framed probe, once its libraries have loaded. */
async function probeFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#app-frame')).contentFrame();
  if (!frame) throw new Error('The host has no tab frame.');
  await frame.waitForFunction(() => 'microsoftTeams' in window && 'msal' in window);
  return frame;
}

/** Runs app.initialize() and app.getContext() in the tab, and listens for theme changes. */
function initializeAndReadContext(frame: Frame) {
  return frame.evaluate(async () => {
    const probe = window as unknown as ProbeWindow;
    const { app, nestedAppAuth } = probe.microsoftTeams;
    await app.initialize();
    const context = await app.getContext();
    probe.themes = [];
    app.registerOnThemeChangeHandler((theme) => probe.themes?.push(theme));
    return {
      userId: context.user?.id,
      userPrincipalName: context.user?.userPrincipalName,
      loginHint: context.user?.loginHint,
      displayName: context.user?.displayName,
      tenantId: context.user?.tenant?.id,
      locale: context.app.locale,
      theme: context.app.theme,
      hostName: context.app.host.name,
      clientType: context.app.host.clientType,
      timeZone: context.app.osLocaleInfo?.timezone,
      pageId: context.page.id,
      subPageId: context.page.subPageId,
      frameContext: context.page.frameContext,
      naaRecommended: nestedAppAuth.isNAAChannelRecommended(),
      bridge: 'nestedAppAuthBridge' in window,
    };
  });
}

describe('the local Teams host answers teams-js and nested app auth as Teams does (Chromium)', () => {
  const env = useTestStack();

  it('initializes the tab, gives the persona’s context, sends theme changes, brokers a token and opens a deep link', async () => {
    const { browser, stack } = env;
    const yuki = await personId(stack, 'Yuki Nakamura');
    const context = await newTestContext(browser, stack);
    await serveProbe(context);
    const page = await context.newPage();
    await page.goto(
      `${stack.teamsHostUrl}?persona=yuki.nakamura&content=${encodeURIComponent(PROBE_PATH)}&subPageId=contract:first`,
    );
    const frame = await probeFrame(page);

    const seen = await initializeAndReadContext(frame);
    expect(seen).toEqual({
      userId: yuki,
      userPrincipalName: 'yuki.nakamura@contoso-demo.example',
      loginHint: 'yuki.nakamura@contoso-demo.example',
      displayName: 'Yuki Nakamura',
      tenantId: stack.tenant.tenantId,
      locale: expect.any(String) as string,
      theme: 'default',
      hostName: 'Teams',
      clientType: 'web',
      timeZone: expect.any(String) as string,
      pageId: 'career-home',
      subPageId: 'contract:first',
      frameContext: 'content',
      naaRecommended: true,
      bridge: true,
    });
    expect(seen.timeZone).toMatch(/^[A-Za-z]+\/[A-Za-z_]+/);

    // The host's theme switcher reaches the open tab as Teams' themeChange event.
    await page.selectOption('#host-theme', 'dark');
    await page.selectOption('#host-theme', 'contrast');
    await expect
      .poll(() => frame.evaluate(() => (window as unknown as ProbeWindow).themes))
      .toEqual(['dark', 'contrast']);

    // MSAL's nestable client finds the host's bridge and gets a token for the persona through it.
    const origin = new URL(stack.url).origin;
    const token = await frame.evaluate(
      async ({ clientId, authority }) => {
        const { msal } = window as unknown as ProbeWindow;
        const client = await msal.createNestablePublicClientApplication({
          auth: { clientId, authority },
        });
        const result = await client.acquireTokenSilent({ scopes: ['User.Read'] });
        return { accessToken: result.accessToken, username: result.account.username };
      },
      { clientId: stack.tenant.spaClientId, authority: `${origin}/${stack.tenant.tenantId}` },
    );
    expect(token.username).toBe('yuki.nakamura@contoso-demo.example');
    const claims = decodeJwt(token.accessToken);
    expect(claims.oid).toBe(yuki);
    expect(claims.appid).toBe(stack.tenant.spaClientId);
    await expect
      .poll(() => page.locator('#host-log').textContent())
      .toContain('nestedAppAuth.execute GetToken User.Read');

    // A deep link to the app's own tab reopens it on the link's sub-page.
    const appId = await page.evaluate(
      () =>
        (
          JSON.parse(document.getElementById('teams-host-config')?.textContent ?? '{}') as {
            appId: string;
          }
        ).appId,
    );
    const link = `https://teams.microsoft.com/l/entity/${appId}/career-home?context=${encodeURIComponent(JSON.stringify({ subEntityId: 'contract:42' }))}`;
    await frame.evaluate((deepLink) => {
      const probe = window as unknown as ProbeWindow;
      probe.beforeDeepLink = true;
      void probe.microsoftTeams.app.openLink(deepLink);
    }, link);
    await expect
      .poll(() =>
        frame
          .evaluate(() => {
            const probe = window as unknown as ProbeWindow;
            return probe.beforeDeepLink !== true && 'microsoftTeams' in window;
          })
          .catch(() => false),
      )
      .toBe(true);
    const reopened = await initializeAndReadContext(frame);
    expect(reopened.subPageId).toBe('contract:42');
    expect(reopened.theme).toBe('contrast');
    expect(new URL(page.url()).searchParams.get('subPageId')).toBe('contract:42');

    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('starts without nested app auth, and frames the tab as the 320 px meeting side panel', async () => {
    const { browser, stack } = env;
    const context = await newTestContext(browser, stack);
    await serveProbe(context);
    const page = await context.newPage();
    await page.goto(
      `${stack.teamsHostUrl}?persona=fatima.alsayed&naa=off&frame=side-panel&content=${encodeURIComponent(PROBE_PATH)}`,
    );
    const frame = await probeFrame(page);
    const seen = await initializeAndReadContext(frame);
    expect(seen.userPrincipalName).toBe('fatima.alsayed@contoso-demo.example');
    expect(seen.frameContext).toBe('sidePanel');
    expect(seen.naaRecommended).toBe(false);
    expect(seen.bridge).toBe(false);
    expect(await page.locator('#app-frame').evaluate((el) => el.clientWidth)).toBe(320);
    await context.close();
  });
  it('frames the built app’s tab from the manifest, which takes the host’s theme and follows its changes', async () => {
    const { browser, stack } = env;
    const context = await newTestContext(browser, stack);
    const page = await context.newPage();
    await page.goto(`${stack.teamsHostUrl}?theme=dark`);
    const frame = await (await page.waitForSelector('#app-frame')).contentFrame();
    if (!frame) throw new Error('The host has no tab frame.');
    expect(frame.url()).toBe(`${new URL(stack.url).origin}/index.html?host=teams`);
    // The host signs its default persona (Priya, a manager) in through nested app auth.
    const heading = frame.getByRole('heading', { name: 'Your team', level: 1 });
    const headingColour = () => heading.evaluate((el) => getComputedStyle(el).color);
    // Fluent's Teams themes: white text on dark, #242424 on the default theme.
    await expect.poll(headingColour).toBe('rgb(255, 255, 255)');
    await page.selectOption('#host-theme', 'default');
    await expect.poll(headingColour).toBe('rgb(36, 36, 36)');
    // initialize first; the theme handler and the context after it, in either order.
    const log = (await page.locator('#host-log').textContent()) ?? '';
    expect(log).toMatch(/^initialize /);
    expect(log).toContain('getContext');
    expect(log).toContain('registerHandler');
    await context.close();
  });
});
