import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkBothThemes, screenshot, seriousAxeViolations, settled } from './support/browser';
import { personId, signInAs } from './support/session';
import { useTestStack } from './support/stack';

const COMMITMENT = 'Pair with Wei for the first two weeks back on the SDK release pipeline';
const DONE_NOTE = 'Wei and I shipped 4.2 together; I would like to own the next release.';

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

describe('My development: a report’s home (built app, API, local tenant)', () => {
  const env = useTestStack();

  it('Yuki lands on My development, marks her commitment done, and Priya’s page for her shows it', async () => {
    const page = await signInAs(env.browser, env.stack, 'Yuki Nakamura');
    await page.getByRole('heading', { level: 1, name: 'My development' }).waitFor();
    // A report only: no switcher, and no manager's screens.
    expect(await page.getByRole('navigation', { name: 'Your homes' }).count()).toBe(0);

    // Her contract, every version with its reason, and the commitments of both sides.
    const versions = page.getByRole('list', { name: 'Your contract’s versions, newest first' });
    await versions.getByText('Version 2').waitFor({ timeout: 30_000 });
    await versions.getByText(/^Why: Before Yuki's parental leave/).waitFor();
    const managers = page.getByRole('list', { name: 'Your manager’s commitments' });
    await managers.getByText(/^Agree a phased return plan with Yuki/).waitFor();
    await page.getByText('Notes shared with you', { exact: true }).waitFor();
    await page
      .getByRole('list', { name: 'Shared notes, newest first' })
      .getByText(/^Welcome back\. First week spent on the release pipeline/)
      .waitFor();
    await checkBothThemes(page, 'my-development');

    const mine = page.getByRole('list', { name: 'Your commitments' });
    const item = mine.getByRole('listitem').filter({ hasText: COMMITMENT });
    await item.getByText('Not due yet').waitFor();
    // Mark done opens a small form for an optional note to Priya; Escape leaves it unchanged.
    const markDone = item.getByRole('button', { name: `Mark done: ${COMMITMENT}` });
    await markDone.click();
    const note = item.getByRole('textbox', { name: 'Add a note for Priya (optional)' });
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => markDone.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await note.count()).toBe(0);
    await item.getByText('Not due yet').waitFor();
    // Then by keyboard only: open, type, Tab to Confirm and press it.
    await page.keyboard.press('Enter');
    await page.keyboard.type(`  ${DONE_NOTE}  `);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'my-development-done-note');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await item.getByText('Kept', { exact: true }).waitFor({ timeout: 20_000 });
    expect(await item.getByRole('button').count()).toBe(0);
    await item.getByText(`Note: ${DONE_NOTE}`, { exact: true }).waitFor();

    // Another role's screens are not hers; a link about herself opens her own development.
    await go(page, '#/team');
    await page.getByText('Not one of your screens').waitFor();
    const yuki = await personId(env.stack, 'Yuki Nakamura');
    await go(page, `#/contract/${encodeURIComponent(yuki)}`);
    await page.getByRole('heading', { level: 1, name: 'My development' }).waitFor();

    // The privacy page says who sees what in plain words.
    await page.getByRole('link', { name: 'Who sees what, and what HR never sees' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy: who sees what' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'What HR never sees' }).waitFor();
    await checkBothThemes(page, 'my-development-privacy');

    const priya = await signInAs(env.browser, env.stack, 'Priya Raman');
    await go(priya, `#/reports/${encodeURIComponent(yuki)}`);
    await priya
      .getByRole('heading', { level: 1, name: 'Career overview: Yuki Nakamura' })
      .waitFor({ timeout: 30_000 });
    const row = priya.getByRole('listitem').filter({ hasText: COMMITMENT });
    await row.getByText('Done', { exact: true }).waitFor({ timeout: 20_000 });
    await row.getByText(/ · done /).waitFor();
    await row.getByText(`Note: ${DONE_NOTE}`, { exact: true }).waitFor();
    await screenshot(priya, 'my-development-priya-sees-done');

    // The same link a mail carries opens Yuki's contract for Priya.
    await go(priya, `#/contract/${encodeURIComponent(yuki)}`);
    await priya
      .getByRole('heading', { level: 1, name: /: Yuki Nakamura$/ })
      .waitFor({ timeout: 30_000 });
    expect(await priya.getByRole('heading', { level: 1 }).textContent()).toMatch(/contract/i);
  });

  it('Yuki exports her data as a JSON file and shares her history with Priya, then takes it back', async () => {
    const page = await signInAs(env.browser, env.stack, 'Yuki Nakamura');
    await page.getByRole('heading', { level: 1, name: 'My development' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my data (JSON)' }).click();
    expect((await download).suggestedFilename()).toBe('career-conversations-export.json');

    await page.getByRole('button', { name: /^Let .* read my earlier history$/ }).click();
    const allowed = page.getByRole('list', { name: 'Managers who may read your history' });
    await allowed.getByText(/may read your history/).waitFor({ timeout: 20_000 });
    await allowed.getByRole('button', { name: 'Take it back' }).click();
    await page.getByText('No manager may read your earlier history.').waitFor({ timeout: 20_000 });
  });

  it('Yuki adds an item to the shared agenda, and Priya’s opening of the next conversation shows it', async () => {
    const item = 'Whether I can shadow the platform on-call rotation next quarter';
    const page = await signInAs(env.browser, env.stack, 'Yuki Nakamura');
    await page.getByRole('heading', { level: 1, name: 'My development' }).waitFor();
    await page.getByLabel('Something to raise').fill(item);
    await page.getByRole('button', { name: 'Add to the agenda' }).click();
    const agenda = page.getByRole('list', { name: 'Your agenda for next time' });
    await agenda.getByText(item).waitFor({ timeout: 20_000 });
    await page.getByLabel('Something to raise').fill('Something I will take back');
    await page.getByRole('button', { name: 'Add to the agenda' }).click();
    await page.getByRole('button', { name: 'Remove: Something I will take back' }).click();
    await expect.poll(() => agenda.getByRole('listitem').count(), { timeout: 20_000 }).toBe(1);
    await screenshot(page, 'my-development-agenda');

    const yuki = await personId(env.stack, 'Yuki Nakamura');
    const priya = await signInAs(env.browser, env.stack, 'Priya Raman');
    await go(priya, `#/reports/${encodeURIComponent(yuki)}/review`);
    const opening = priya.getByRole('list', { name: 'Opening agenda' });
    await opening.getByText('What they want to raise').waitFor({ timeout: 30_000 });
    await opening.getByText(item).waitFor();
    expect(await opening.getByText('Something I will take back').count()).toBe(0);
    await screenshot(priya, 'monthly-review-report-agenda');
  });

  it('Tomás’s privacy screen lists Priya under today with what she read and how often, after she opened his page twice', async () => {
    const tomas = await personId(env.stack, 'Tomás Hernández');
    const page = await signInAs(env.browser, env.stack, 'Tomás Hernández');
    await page.getByRole('link', { name: 'Who sees what, and what HR never sees' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy: who sees what' }).waitFor();
    await page
      .getByText(
        'Every time someone else reads your records it is recorded: once per person and day, with how many times. You can see it below and export it.',
      )
      .waitFor();
    const section = page.getByRole('region', { name: 'Who read your records' });
    const today = section.getByRole('list', { name: 'Tuesday, 8 December 2026' });
    const priyaRead = today.getByRole('list', { name: 'What Priya Raman read' });
    const nobody = section.getByText('Nobody else has read your records yet.', { exact: true });
    await nobody.or(today).waitFor({ timeout: 30_000 });
    // Earlier tests in this file sign Priya in too, and her team overview lists Tomás: what her
    // steps below add is counted from what is there now.
    const overviewLine = /^your line in the team overview(?:, (\d+) times)?$/;
    const [earlier] = (await priyaRead.count()) ? await priyaRead.allInnerTexts() : [];
    const before = earlier === undefined ? 0 : Number(overviewLine.exec(earlier)?.[1] ?? 1);

    const priya = await signInAs(env.browser, env.stack, 'Priya Raman');
    const openTomas = async () => {
      await priya
        .getByRole('heading', { level: 1, name: 'Career overview: Tomás Hernández' })
        .waitFor({ timeout: 30_000 });
      await settled(priya);
    };
    await go(priya, `#/reports/${encodeURIComponent(tomas)}`);
    await openTomas();
    // A second opening: a fresh page, so every read goes to the API again.
    await priya.reload();
    await openTomas();
    await priya.context().close();

    // The API writes its queued reads before it answers, so the list is complete once loaded.
    await page.reload();
    await priyaRead.waitFor({ timeout: 30_000 });
    // Tomás has no contract or conversation yet, so what Priya read of him is his line in her
    // team overview: once where she landed (the page's first opening reused it), once more when
    // the page opened again. One stored entry for the day, counted each time.
    expect(await priyaRead.getByRole('listitem').allInnerTexts()).toEqual([
      `your line in the team overview, ${String(before + 2)} times`,
    ]);
    expect(await section.getByText('Tomás Hernández').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'my-development-access-log');
  });
});
