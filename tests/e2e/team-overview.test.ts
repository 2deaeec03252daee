import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAxeViolations, settled } from './support/browser';
import { signInAs as signInOn } from './support/session';
import { useTestStack } from './support/stack';

describe('the team overview: the signed-in manager’s home (built app, career API, local tenant)', () => {
  const env = useTestStack();

  const signInAs = (name: string): Promise<Page> => signInOn(env.browser, env.stack, name);

  const reportCards = (page: Page) =>
    page.getByRole('list', { name: /Direct reports/ }).getByRole('article');

  it('shows Priya’s 12 reports, her own overdue commitments first, triggers, and passes axe in light and dark', async () => {
    const page = await signInAs('Priya Raman');
    await page.getByRole('heading', { name: /Direct reports \(12\)/ }).waitFor({ timeout: 30_000 });

    expect(await reportCards(page).count()).toBe(12);

    const noah = page.getByRole('article', { name: 'Noah Cohen' });
    await expect
      .poll(() => noah.getByRole('list', { name: /Active triggers/ }).textContent())
      .toContain('Approached by another organisation');

    // "Checked my own commitments first": the manager's section precedes the list of reports.
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    const own = headings.indexOf('Your overdue commitments');
    const reports = headings.findIndex((h) => h.startsWith('Direct reports'));
    expect(own).toBeGreaterThanOrEqual(0);
    expect(own).toBeLessThan(reports);

    // The self-check has the playbook's seven items, each with a state in words.
    expect(
      await page
        .getByRole('list', { name: /What good looks like/ })
        .getByRole('listitem')
        .count(),
    ).toBe(7);

    // Nothing that scores a person's likelihood to leave.
    expect(await page.getByText(/flight.?risk|retention score/i).count()).toBe(0);

    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'team-overview-light');

    await page.getByLabel('Theme').selectOption('dark');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'team-overview-dark');

    // The question bank stays one link away, and coming back shows the cached overview without
    // asking the career API again.
    await page.getByRole('link', { name: 'Open the question bank' }).click();
    await page.locator('#quick-reference-title').waitFor();
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url());
    });
    await page.goBack();
    await page.getByRole('heading', { name: /Direct reports \(12\)/ }).waitFor();
    await settled(page);
    expect(apiCalls).toEqual([]);
    await page.close();
  });

  it('shows Mateo, a new manager, his two reports and what to do first', async () => {
    const page = await signInAs('Mateo García');
    await page.getByRole('heading', { name: /Direct reports \(2\)/ }).waitFor({ timeout: 30_000 });

    const names = await reportCards(page).getByRole('heading', { level: 3 }).allTextContents();
    expect(names.sort()).toEqual(['Aisha Bello', 'Lucas Dubois']);
    await page.getByText('Start with a first career conversation').waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'team-overview-new-manager');
    await page.close();
  });
});
