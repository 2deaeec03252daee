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
    await page.getByRole('button', { name: 'Cards' }).click();

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

  it('lists Priya’s 12 people one line each with one status that nothing contradicts, sorted and filtered by keyboard', async () => {
    const page = await signInAs('Priya Raman');
    const table = page.getByRole('table', { name: 'Direct reports at a glance' });
    await table.waitFor({ timeout: 30_000 });
    const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
    expect(await rows.count()).toBe(12);

    // One status per person: "On track" never sits beside something overdue on either side.
    for (const row of await rows.all()) {
      const cells = await row.getByRole('cell').allTextContents();
      const [, status = '', , , owed = ''] = cells;
      if (status.startsWith('On track')) {
        expect(owed).toBe('None');
        expect(status).not.toMatch(/overdue/i);
      }
      if (owed !== 'None') expect(status).toMatch(/^Overdue/);
    }
    const chidi = await table.getByRole('row', { name: 'Chidi Okeke' }).textContent();
    expect(chidi).toMatch(/Overdue.*Your commitment is overdue by/);
    const liam = await table.getByRole('row', { name: "Liam O'Connor" }).textContent();
    expect(liam).not.toContain('On track');

    // Sorting by keyboard: the header is a button, its column says how it is sorted.
    const personHeader = page.getByRole('columnheader', { name: 'Person' });
    expect(await personHeader.getAttribute('aria-sort')).toBe('none');
    await personHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await personHeader.getAttribute('aria-sort')).toBe('ascending');
    const names = async () =>
      (await rows.getByRole('link').allTextContents()).filter((n) => n.includes(' '));
    const ascending = await names();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
    await page.keyboard.press('Enter');
    expect(await personHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await names()).toEqual([...ascending].reverse());

    const nextHeader = page.getByRole('columnheader', { name: 'Next conversation' });
    await nextHeader.getByRole('button').focus();
    await page.keyboard.press('Space');
    expect(await nextHeader.getAttribute('aria-sort')).toBe('ascending');
    const nexts = await rows.locator('td:nth-child(4)').allTextContents();
    const booked = nexts.filter((n) => n !== 'Not booked');
    expect(nexts.slice(0, booked.length)).toEqual(booked);

    // Back to most urgent first: every overdue row before every due-soon one, and so on.
    const urgencyHeader = page.getByRole('columnheader', { name: /What is needed next/ });
    await urgencyHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await urgencyHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await nextHeader.getAttribute('aria-sort')).toBe('none');
    const rank = ['Overdue', 'Due soon', 'Booked', 'On track'];
    const ranks = (await rows.locator('td:nth-child(2)').allTextContents()).map((status) =>
      rank.findIndex((label) => status.startsWith(label)),
    );
    expect(ranks).not.toContain(-1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    // The attention filter, by keyboard: only overdue and due-soon rows stay.
    const filter = page.getByRole('switch', { name: /Only those who need attention now/ });
    await filter.focus();
    await page.keyboard.press('Space');
    const left = await rows.count();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(12);
    for (const status of await rows.locator('td:nth-child(2)').allTextContents()) {
      expect(status).toMatch(/^(Overdue|Due soon)/);
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'team-overview-list');

    // The cards are one click away, and the choice is this account's on this device.
    await page.getByRole('button', { name: 'Cards' }).click();
    await reportCards(page).first().waitFor();
    await page.reload();
    await reportCards(page).first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: 'Cards' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.filter((k) => k.endsWith('team-overview.view'))).toHaveLength(1);
    expect(keys.find((k) => k.endsWith('team-overview.view'))).toMatch(
      /^career-conversations\.prefs\.v1\.[^.]+\.[^.]+\.team-overview\.view$/,
    );
    // The card says the same as the row: Isabella's booked ad hoc conversation is named.
    const isabella = page.getByRole('article', { name: 'Isabella Rossi' });
    expect(await isabella.textContent()).not.toContain('No career conversation is booked');
    await page.close();
  });

  it('shows Mateo, a new manager, his two reports and what to do first', async () => {
    const page = await signInAs('Mateo García');
    await page.getByRole('heading', { name: /Direct reports \(2\)/ }).waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Cards' }).click();
    const names = await reportCards(page).getByRole('heading', { level: 3 }).allTextContents();
    expect(names.sort()).toEqual(['Aisha Bello', 'Lucas Dubois']);
    await page.getByText('Start with a first career conversation').waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'team-overview-new-manager');
    await page.close();
  });
});
