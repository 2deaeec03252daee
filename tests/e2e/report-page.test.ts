import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkOverviewCard } from './journey/overview-updated';
import { tenantState } from './journey/tenant-records';
import { checkBothThemes, screenshot, seriousAxeViolations } from './support/browser';
import { personId, signInAs } from './support/session';
import { useTestStack } from './support/stack';
import { EARLIER_HISTORY_NOTE } from '../../src/web/shared/earlier-history';

describe('the report page: everything on record about one report (built app, API, local tenant)', () => {
  const env = useTestStack();

  async function openReport(page: Page, name: string): Promise<void> {
    const id = await personId(env.stack, name);
    // A hash change, as a link would do: the app stays loaded with what it has read.
    await page.evaluate(
      (hash) => {
        window.location.hash = hash;
      },
      `#/reports/${encodeURIComponent(id)}`,
    );
    await page
      .getByRole('heading', { level: 1, name: `Career overview: ${name}` })
      .waitFor({ timeout: 30_000 });
  }

  it('shows Liam’s versions with their reasons, his history, checklists saying why each is ticked, then his card', async () => {
    const page = await signInAs(env.browser, env.stack, 'Priya Raman');
    await openReport(page, "Liam O'Connor");

    // Three versions, newest first, each with its reason and what changed from the one before.
    const versions = page.getByRole('list', { name: 'Contract versions, newest first' });
    await expect.poll(() => versions.locator(':scope > li').count(), { timeout: 30_000 }).toBe(3);
    const headings = await versions.getByRole('heading', { level: 4 }).allTextContents();
    expect(headings).toEqual(['Version 3', 'Version 2', 'Version 1']);
    expect(await versions.getByText('First version', { exact: true }).count()).toBe(1);
    expect(await versions.getByText('Quarterly update', { exact: true }).count()).toBe(2);
    await versions.getByText(/^Why: The Staff case did not go through at calibration/).waitFor();
    await page
      .getByRole('list', { name: 'What changed in version 3' })
      .getByText(/^Added \(their\): Run the cross-team RFC for the new deployment model/)
      .waitFor();

    // Selecting a version shows it as it was agreed, with its own terms.
    await page.getByRole('button', { name: 'Show version 1 as agreed' }).click();
    await page
      .getByRole('heading', { name: /^Version 1 as agreed .* \(no longer in force\)$/ })
      .waitFor();
    await page
      .getByText(/^Write the design doc for the scheduler rewrite/)
      .first()
      .waitFor();

    // Commitments of both parties, Priya's own first.
    const mine = page.getByRole('list', { name: 'Your commitments' });
    await mine
      .getByText(
        /Share the calibration panel’s written feedback|Share the calibration panel's written feedback/,
      )
      .waitFor();
    const sections = await page.getByRole('heading', { level: 3 }).allTextContents();
    expect(sections.indexOf('Yours')).toBeLessThan(sections.indexOf("Liam O'Connor’s"));

    // Conversation history with kinds, phases and the shared notes.
    const history = page.getByRole('list', { name: 'Conversations, newest first' });
    await history.getByText(/^Liam is disappointed the case did not go through/).waitFor();
    expect(await history.getByText(/^Development contract review, /).count()).toBeGreaterThan(0);
    await history
      .getByText(/Phases reached: Where are you now\?/)
      .first()
      .waitFor();

    // Checklists for the booked conversation: evidence items say why they are ticked.
    const before = page.getByRole('list', { name: 'Before the conversation' });
    await before
      .getByText(/^Why it is ticked: /)
      .first()
      .waitFor();
    const ticked = await before.getByText(/^Why it is ticked: /).allTextContents();
    expect(ticked.join(' ')).toMatch(/Booked .* not inside a 1:1|reflection prompt/i);

    // A manual item only the manager can know: the tick is saved and survives a reload.
    const cleared = before.getByRole('checkbox', { name: /Cleared my head/ });
    expect(await cleared.isChecked()).toBe(false);
    await cleared.check();
    await page.getByRole('status').getByText('Ticked.').waitFor();
    await page.reload();
    await page
      .getByRole('list', { name: 'Before the conversation' })
      .getByRole('checkbox', { name: /Cleared my head/, checked: true })
      .waitFor({ timeout: 30_000 });

    expect(await page.getByText(/flight.?risk|retention score/i).count()).toBe(0);
    await checkBothThemes(page, 'report-page');

    // Back to the team: Liam's card reads as the journey's last step reads Tomás's.
    await checkOverviewCard(page, "Liam O'Connor", {
      last: /^Development contract review, /,
      next: /^Career conversation \(full\), /,
      screenshot: 'team-overview-from-report',
    });
    await page.close();
  });

  it('shows Tomás, with nothing yet, what to do first, and records his direction in his words', async () => {
    const { browser, stack } = env;
    const page = await signInAs(browser, stack, 'Priya Raman');
    await openReport(page, 'Tomás Hernández');

    const next = page.getByRole('region', { name: 'What to do next' });
    const book = next.getByRole('link', { name: 'Book the quarterly series' });
    await book.waitFor({ timeout: 30_000 });
    expect(await book.getAttribute('href')).toMatch(/\/book$/);
    await page.getByText(/^No development contract yet/).waitFor();
    await page.getByText(/^No career conversation on record yet/).waitFor();
    await page.getByText(/^The before, during and after checklists start once/).waitFor();

    const words = 'Lead a small platform team in three years, still close to the code.';
    await page.getByRole('button', { name: 'Record their direction' }).click();
    await page.getByLabel('Their direction, in their own words').fill(words);
    await page.getByRole('button', { name: 'Save direction' }).click();
    await page.getByRole('status').getByText('Direction saved.').waitFor();
    await page.getByText(words, { exact: true }).waitFor();
    // Stored in the shared lists, where Tomás reads it too.
    expect(JSON.stringify((await tenantState(stack)).features)).toContain(words);

    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'report-page-new-report');
    await page.close();
  });

  it('tells Mateo that Aisha’s earlier history is hers to share', async () => {
    const page = await signInAs(env.browser, env.stack, 'Mateo García');
    await openReport(page, 'Aisha Bello');
    // That there is earlier history and that she decides; never how much there is.
    await page.getByText(EARLIER_HISTORY_NOTE).first().waitFor({ timeout: 30_000 });
    expect(await page.getByText(/\d+ earlier/).count()).toBe(0);
    // Refused history is explained, not offered as an error to retry.
    expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'report-page-hidden-history');
    await page.close();
  });
});
