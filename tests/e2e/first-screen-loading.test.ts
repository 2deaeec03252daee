import { describe, expect, it } from 'vitest';
import { newTestPage } from './support/browser';
import { signInAs, signInOn } from './support/session';
import { useTestStack } from './support/stack';

/**
 * What a returning manager's page asks for, and in which order (never how long it takes): the
 * configuration is requested by the page itself, before any script, and the home screen's chunk
 * before the first call to the career API, so neither waits on the other.
 */
describe('loading the first screen in parallel (built app in Chromium)', () => {
  const env = useTestStack();

  it('requests /config.json once, from the page before its scripts, and the home chunk before the API', async () => {
    const { browser, stack } = env;
    const signedIn = await signInAs(browser, stack, 'Priya Raman');
    const page = await signedIn.context().newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(stack.url);
    await page.getByRole('heading', { name: 'Your team' }).waitFor();

    const first = (test: (path: string) => boolean): number => requested.findIndex(test);
    const config = first((path) => path === '/config.json');
    const firstScript = first((path) => path.startsWith('/assets/') && path.endsWith('.js'));
    const homeChunk = first((path) => /\/assets\/team-overview-screen-[^/]+\.js$/.test(path));
    const firstApiCall = first((path) => path.startsWith('/api/'));
    const order = requested.join('\n');

    expect(
      requested.filter((path) => path === '/config.json'),
      order,
    ).toHaveLength(1);
    expect(config, order).toBeGreaterThanOrEqual(0);
    expect(config, `config.json after the first script:\n${order}`).toBeLessThan(firstScript);
    expect(homeChunk, order).toBeGreaterThanOrEqual(0);
    expect(homeChunk, `the home chunk after the first API call:\n${order}`).toBeLessThan(
      firstApiCall,
    );
    await page.close();
    await signedIn.close();
  });

  it('signs in from a cold browser without asking the authority for its metadata', async () => {
    const { browser, stack } = env;
    const page = await newTestPage(browser, stack);
    // The whole context: the sign-in popup and MSAL's hidden frames are pages of it too.
    const metadataRequests: string[] = [];
    page.context().on('request', (request) => {
      const url = new URL(request.url());
      if (/openid-configuration|\/discovery\/instance/.test(url.pathname))
        metadataRequests.push(url.href);
    });
    await signInOn(page, stack, 'Priya Raman');
    expect(metadataRequests, 'MSAL read the metadata over the network').toEqual([]);
    await page.context().close();
  });
});
