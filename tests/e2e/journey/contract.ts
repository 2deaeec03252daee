import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { checkBothThemes } from '../support/browser';
import { isoDateIn } from '../support/tenant-time';
import type { JourneyStep } from './journey-context';
import { stepLink, tenantState } from './tenant-records';

export const PROMISE = 'I will make sure you get promoted';
export const HONEST =
  'I will make the case for your promotion to Amara Okafor; I cannot commit to the outcome.';
const THEIR_ACTION = 'Write up the proposal for the on-call rota change and share it with the team';
const REVIEW_ASPECT = 'how the on-call proposal landed with the team';

const card = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Types a promise, sees the lint's warning, applies its honest rephrasing and fills it in. */
export async function fixPromiseLint(page: Page, name: string): Promise<void> {
  const group = card(page, name);
  await group.getByLabel(`${name}: what, specifically`).fill(PROMISE);
  await group.getByText('A promise you may not be able to keep').waitFor();
  await group
    .getByRole('button', { name: /^Use this wording: I will make the case for your promotion/ })
    .click();
  // The rephrasing's placeholder is selected, so typing replaces it.
  await page.keyboard.type('Amara Okafor');
  expect(await group.getByLabel(`${name}: what, specifically`).inputValue()).toBe(HONEST);
  await expect.poll(() => group.getByText('A promise you may not be able to keep').count()).toBe(0);
}

/**
 * Step "contract" of the manager's journey: the first development contract for a report with
 * nothing agreed yet, dated commitments from both built from quick starts, a promise caught by
 * the lint and rephrased honestly, a reload that keeps the unsaved draft, and version 1 saved
 * through the career API into the tenant's SharePoint lists.
 */
export const contractStep: JourneyStep = async ({ page, reportName, stack }) => {
  await stepLink(page, 'Contract').click();
  await page
    .getByRole('heading', { level: 1, name: `Development contract: ${reportName}` })
    .waitFor({ timeout: 30_000 });
  await page.getByRole('heading', { name: 'Agree version 1' }).waitFor();

  // Their side, from the "Action" quick start: the playbook's example, then their own words.
  await page.getByRole('button', { name: 'Add: Action' }).click();
  const theirs = card(page, 'Their commitment 1');
  await theirs.getByLabel('Their commitment 1: what, specifically').fill(THEIR_ACTION);
  await theirs.getByLabel('Their commitment 1: by').fill(isoDateIn(stack, 21));

  // The manager's side: a quick start, then a promise the lint catches and an honest rewording.
  await page
    .getByRole('button', { name: /^Add: Have a conversation with your own manager/ })
    .click();
  const mine = card(page, 'Your commitment 1');
  expect(await mine.getByLabel('Your commitment 1: by').inputValue()).toBe(isoDateIn(stack, 14));
  await fixPromiseLint(page, 'Your commitment 1');

  await page.getByRole('button', { name: 'Add a review month' }).click();
  await page.getByLabel('Review 1: we will check in on').fill(REVIEW_ASPECT);
  await page
    .getByRole('textbox', { name: 'The open question', exact: true })
    .fill('Whether an SRE rotation is realistic this year');

  // A reload (a dropped Teams tab) keeps everything typed.
  await page.reload();
  await page.getByText(/Restored your unsaved draft/).waitFor({ timeout: 30_000 });
  expect(await mine.getByLabel('Your commitment 1: what, specifically').inputValue()).toBe(HONEST);
  expect(await theirs.getByLabel('Their commitment 1: what, specifically').inputValue()).toBe(
    THEIR_ACTION,
  );
  await page.getByText('Ready to agree: dated commitments from both of you.').waitFor();
  // Axe polled: Fluent animates colours (buttons, the theme switch); a mid-animation frame is not
  // what a person reads.
  await checkBothThemes(page, 'contract');

  // After the conversation step the version is recorded on that conversation (the during-
  // checklist's "agreed a contract"); on its own there is none under way to link to.
  const linked = (await page.getByText(/will be recorded as agreed in/).count()) > 0;
  await page.getByRole('button', { name: 'Save version 1' }).click();
  const saved = page.getByRole('status').getByText(/Version 1 saved\./);
  await saved.waitFor({ timeout: 30_000 });
  if (linked) expect(await saved.innerText()).toContain('It is recorded on the');
  await page
    .getByRole('list', { name: 'Agreed versions' })
    .getByText('Version 1', { exact: true })
    .waitFor();

  // The agreed version is in the tenant's SharePoint lists, not just on the screen.
  const state = JSON.stringify(await tenantState(stack));
  expect(state).toContain('I will make the case for your promotion to Amara Okafor');
  expect(state).not.toContain(PROMISE);
};
