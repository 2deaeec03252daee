import { describe, expect, it } from 'vitest';
import { webSecurityHeaders } from '../../src/adapters/hosting/web-security-headers';
import { TEST_TIME_ZONE, newTestPage, screenshot, seriousAxeViolations } from './support/browser';
import { E2E_NOW, useTestStack } from './support/stack';

describe('signing in through the local tenant with MSAL (built app in Chromium)', () => {
  const env = useTestStack();

  it('signs a demo manager in on the local sign-in page, keeps them signed in, and signs out', async () => {
    const { browser, stack } = env;
    const page = await newTestPage(browser, stack);
    // Anything the page's Content-Security-Policy blocks is reported on the console.
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    const response = await page.goto(stack.url);
    // The built app is served with production's headers, this origin standing in for Entra/Graph.
    const origin = new URL(stack.url).origin;
    const expected = webSecurityHeaders('app', {
      authority: origin,
      graph: origin,
      files: stack.tenant.ctx.urls.files,
    });
    const headers = response?.headers() ?? {};
    for (const [name, value] of Object.entries(expected)) {
      expect(headers[name.toLowerCase()], name).toBe(value);
    }
    await page.getByRole('heading', { name: 'Career conversations that go somewhere' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');

    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /Pick an account/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/${stack.tenant.tenantId}/oauth2/v2.0/authorize`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'local-tenant-sign-in-page');

    await page.getByText('Mateo García').first().click();
    const signedIn = page.getByTestId('signed-in-user');
    await signedIn.waitFor();
    expect(await signedIn.textContent()).toBe('Signed in as Mateo García');

    // The session survives a reload (tokens are cached by MSAL).
    await page.reload();
    await signedIn.waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Career conversations that go somewhere' }).waitFor();
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('runs the browser on the tenant’s pinned clock, in London, whatever this machine’s date and zone', async () => {
    const { browser, stack } = env;
    const page = await newTestPage(browser, stack);
    await page.goto(stack.url);
    const seen = await page.evaluate(() => ({
      now: Date.now(),
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }));
    // The page's clock started at the tenant's instant and runs on at the same pace.
    expect(Math.abs(seen.now - stack.tenant.clock.epochMs())).toBeLessThan(60_000);
    expect(new Date(seen.now).toISOString().slice(0, 10)).toBe(E2E_NOW.slice(0, 10));
    expect(seen.zone).toBe(TEST_TIME_ZONE);
    await page.context().close();
  });
});
