import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { checkBothThemes } from '../support/browser';
import type { JourneyStep } from './journey-context';

/** The text of one fact on a report's card (`<dt>` label, `<dd>` value). */
function fact(card: Locator, label: string): Locator {
  return card.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
}

/** Back to the team overview from any screen, by the links a manager would use. */
async function goToYourTeam(page: Page): Promise<void> {
  const back = page.getByRole('link', { name: '← Your team' });
  if (await back.isVisible()) await back.click();
  else
    await page
      .getByRole('link', { name: /Your team/ })
      .first()
      .click();
  await page.getByRole('heading', { name: 'Your team', level: 1 }).waitFor();
}

export interface OverviewExpectation {
  last: RegExp;
  next: RegExp;
  /** Screenshots are saved as `<name>-light` and `<name>-dark`. */
  screenshot: string;
}

/** The report's card on the team overview shows the records as they are now. */
export async function checkOverviewCard(
  page: Page,
  reportName: string,
  expected: OverviewExpectation,
): Promise<void> {
  await goToYourTeam(page);
  // The list comes first; the cards, with every fact, are one click away.
  await page.getByRole('button', { name: 'Cards' }).click();
  const card = page.getByRole('article', { name: reportName });
  await card.waitFor({ timeout: 30_000 });

  // Every write invalidated the overview, so it is read again; poll until the fresh read lands.
  await expect
    .poll(() => fact(card, 'Last conversation').textContent(), { timeout: 30_000 })
    .toMatch(expected.last);
  await expect
    .poll(() => fact(card, 'Next conversation').textContent(), { timeout: 30_000 })
    .toMatch(expected.next);
  const contract = (await fact(card, 'Development contract').textContent()) ?? '';
  expect(contract).not.toContain('No contract yet');
  expect(contract).toMatch(/(On track|Overdue)\s*\d+ open, \d+ done/);

  await checkBothThemes(page, expected.screenshot);
}

/**
 * The journey's last step: the team overview shows what the quarter did for the report, read
 * back from the API: the full conversation held, the next one booked, a contract and its health.
 */
export const overviewUpdatedStep: JourneyStep = ({ page, reportName }) =>
  checkOverviewCard(page, reportName, {
    last: /^Career conversation \(full\), /,
    next: /^Career conversation \(full\), /,
    screenshot: 'team-overview-updated',
  });
