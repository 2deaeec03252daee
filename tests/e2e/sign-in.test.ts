import { describe, expect, it } from 'vitest';
import { webSecurityHeaders } from '../../src/adapters/hosting/web-security-headers';
import { screenshotPath, seriousAxeViolations } from './support/browser';
import { useTestStack } from './support/stack';

describe('signing in through the local tenant with MSAL (built app in Chromium)', () => {
  const env = useTestStack();

  it('signs a demo manager in on the local sign-in page, keeps them signed in, and signs out', async () => {
    const { browser, stack } = env;
    const page = await browser.newPage();
    // Anything the page's Content-Security-Policy blocks is reported on the console.
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    const response = await page.goto(stack.url);
    // The built app is served with production's headers, this origin standing in for Entra/Graph.
    const origin = new URL(stack.url).origin;
    const expected = webSecurityHeaders('app', { authority: origin, graph: origin });
    const headers = response?.headers() ?? {};
    for (const [name, value] of Object.entries(expected)) {
      expect(headers[name.toLowerCase()], name).toBe(value);
    }
    await page.getByRole('heading', { name: 'Career conversations that go somewhere' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('sign-in'), fullPage: true });

    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /Pick an account/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/${stack.tenant.tenantId}/oauth2/v2.0/authorize`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('local-tenant-sign-in-page'), fullPage: true });

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
});
