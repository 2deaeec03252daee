import { describe, expect, it } from 'vitest';
import { checkBothThemes, screenshot, seriousAxeViolations } from './support/browser';
import { personId, signInAs } from './support/session';
import { useTestStack } from './support/stack';

async function demoNames(tenantUrl: string): Promise<string[]> {
  const response = await fetch(new URL('/_local/people', tenantUrl));
  const { users } = (await response.json()) as { users: { displayName: string }[] };
  return users.map((u) => u.displayName);
}

describe('the HR console: an HR admin’s home (built app, API, local tenant)', () => {
  const env = useTestStack();

  it('Fatima lands on the HR console: setup health, cadence health per unit with small groups hidden, no names', async () => {
    const page = await signInAs(env.browser, env.stack, 'Fatima Al-Sayed');
    await page.getByRole('heading', { level: 1, name: 'HR console' }).waitFor();

    // She is also a manager and a report: one switch away, the HR console first.
    const homes = page.getByRole('navigation', { name: 'Your homes' });
    expect(await homes.getByRole('link').allTextContents()).toEqual([
      'HR console',
      'Your team',
      'My development',
    ]);
    expect(await homes.getByRole('link', { name: 'HR console' }).getAttribute('aria-current')).toBe(
      'page',
    );

    const checks = page.getByRole('list', { name: 'Setup checks' });
    await checks.getByRole('listitem').first().waitFor({ timeout: 30_000 });
    expect(await checks.getByRole('listitem').count()).toBeGreaterThan(2);

    const table = page.getByRole('table', { name: 'Cadence health per organisation unit' });
    await table.getByRole('rowheader', { name: 'Whole organisation' }).waitFor({ timeout: 30_000 });
    expect(await table.getByText(/^hidden: fewer than 5$/).count()).toBeGreaterThan(0);
    await page.getByRole('img', { name: /per unit/ }).waitFor();

    // Nothing on the console names anyone (the header says who is signed in, nothing else).
    const console = (await page.locator('main').textContent()) ?? '';
    for (const name of await demoNames(env.stack.tenant.listenUrl)) {
      expect(console, name).not.toContain(name);
    }
    await checkBothThemes(page, 'hr-console');

    // The admin guide opens beside the app, the page the repository's guide is rendered into.
    const guideLink = page.getByRole('link', { name: /admin guide/ });
    const [guide] = await Promise.all([page.context().waitForEvent('page'), guideLink.click()]);
    await guide.getByRole('heading', { level: 1, name: /admin guide/i }).waitFor();
    expect(await guide.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(3);
    expect(await seriousAxeViolations(guide)).toEqual([]);
    await screenshot(guide, 'admin-guide-page');
  });

  it('erases a leaver after the id is typed twice, and shows the receipt', async () => {
    const page = await signInAs(env.browser, env.stack, 'Fatima Al-Sayed');
    await page.getByRole('heading', { level: 1, name: 'HR console' }).waitFor();
    const leaver = await personId(env.stack, 'Lucas Dubois');
    const erase = page.getByRole('button', { name: 'Erase records' });
    await page.getByLabel('The leaver’s directory object id').fill(leaver);
    await page.getByLabel('Type the id again to confirm').fill(`${leaver}x`);
    await page.getByText('The two ids differ.').waitFor();
    await page.getByLabel('Type the id again to confirm').fill(leaver);
    expect(await erase.isDisabled()).toBe(true);
    await page.getByRole('checkbox').check();
    await erase.click();
    const receipt = page.getByRole('status', { name: 'Erasure receipt' });
    await receipt.getByText(`Erasure receipt: ${leaver}`, { exact: false }).waitFor({
      timeout: 30_000,
    });
    await receipt.getByText('Still to purge outside the app:').waitFor();
    await screenshot(page, 'hr-console-erasure-receipt');
  });

  it('keeps the HR console from someone without the HR role', async () => {
    const page = await signInAs(env.browser, env.stack, 'Priya Raman');
    await page.evaluate(() => {
      window.location.hash = '#/hr';
    });
    await page.getByText('Not one of your screens').waitFor();
    expect(await page.getByRole('heading', { name: 'Setup health' }).count()).toBe(0);
  });
});
