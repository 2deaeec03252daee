import { describe, expect, it } from 'vitest';
import { newTestPage } from './support/browser';
import { useTestStack } from './support/stack';

/**
 * The smallest Teams a frame needs: a parent page that answers teams-js's `initialize` (with a
 * runtime that has no nested app auth) and `getContext`, and nothing else. The full local Teams
 * host lives elsewhere; this page only proves the app's own side: in a host without nested app
 * auth the frame signs in through a popup and never navigates itself to the sign-in page.
 */
const PARENT_PAGE = `<!doctype html>
<html lang="en"><head><title>Teams without nested app auth</title></head>
<body>
<iframe id="app" title="Career Conversations" src="/index.html?host=teams" style="width:1100px;height:800px"></iframe>
<script>
  const runtime = {
    apiVersion: 4,
    isNAAChannelRecommended: false,
    isLegacyTeams: false,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    supports: { appInstallDialog: {}, pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} }, teamsCore: {} },
  };
  const context = {
    locale: 'en-gb', theme: 'dark', entityId: 'home', subEntityId: 'contract:demo',
    frameContext: 'content', hostClientType: 'web',
    osLocaleInfo: { platform: 'windows', regionalFormat: 'en-gb', shortDate: '', longDate: '', shortTime: '', longTime: '', timezone: 'Asia/Tokyo' },
  };
  window.asked = [];
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message.id !== 'number' || typeof message.func !== 'string') return;
    window.asked.push(message.func);
    const args = message.func === 'initialize'
      ? ['content', 'web', '2.58.0', JSON.stringify(runtime)]
      : message.func === 'getContext' ? [context] : [];
    event.source.postMessage({ id: message.id, uuid: message.uuid, args }, event.origin);
  });
</script>
</body></html>`;

describe('signing in inside a host without nested app auth (built app in Chromium)', () => {
  const env = useTestStack();

  it('signs in through a popup from the click, the frame never redirected, the host’s theme applied', async () => {
    const { browser, stack } = env;
    const page = await newTestPage(browser, stack);
    const parentUrl = `${stack.url.replace(/\/$/, '')}/_e2e/teams-without-naa.html`;
    await page.route(parentUrl, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: PARENT_PAGE }),
    );
    const frameNavigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) frameNavigations.push(new URL(frame.url()).pathname);
    });
    await page.goto(parentUrl);
    const app = page.frameLocator('#app');

    // The silent attempt has nothing to go on, so the sign-in screen asks for a click.
    await app.getByText('Sign in to continue: a sign-in window opens.').waitFor();
    const asked = await page.evaluate(() => (window as unknown as { asked: string[] }).asked);
    expect(asked[0]).toBe('initialize');
    expect(asked).toContain('getContext');

    const popupOpened = page.context().waitForEvent('page');
    await app.getByRole('button', { name: 'Sign in' }).click();
    const popup = await popupOpened;
    await popup.getByRole('heading', { name: /Pick an account/ }).waitFor();
    expect(new URL(popup.url()).pathname).toBe(`/${stack.tenant.tenantId}/oauth2/v2.0/authorize`);
    await popup.getByText('Mateo García').first().click();

    const signedIn = app.getByTestId('signed-in-user');
    await signedIn.waitFor();
    expect(await signedIn.textContent()).toBe('Signed in as Mateo García');
    // The frame stayed on the app: sign-in happened in the popup only.
    expect(frameNavigations.filter((path) => path.includes('oauth2'))).toEqual([]);
    // Teams' dark theme, not the browser's choice: no theme picker inside Teams.
    expect(await app.getByRole('combobox', { name: 'Theme' }).count()).toBe(0);
    await page.context().close();
  });
});
