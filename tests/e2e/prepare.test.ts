import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareStep } from './journey/prepare';
import { savedStatus } from './journey/tenant-records';
import { personId, signInAs } from './support/session';
import { useTestStack } from './support/stack';

describe('private preparation: notes only the manager can read (built app, local tenant)', () => {
  const env = useTestStack();
  /** One sign-in for the file: the second test starts where the first left the page. */
  let page: Page;

  beforeAll(async () => {
    page = await signInAs(env.browser, env.stack, 'Priya Raman');
  });

  it('Priya prepares for Liam: notes autosave to her OneDrive, survive a reload, reach no shared list', async () => {
    const { browser, stack } = env;
    const reportId = await personId(stack, "Liam O'Connor");
    await page.goto(`${stack.url}#/reports/${reportId}`);
    await prepareStep({
      browser,
      stack,
      page,
      managerName: 'Priya Raman',
      reportName: "Liam O'Connor",
      reportId,
    });
  });

  it('shows both texts when the note was changed in another tab, and saves the merge', async () => {
    const { stack } = env;
    const reportId = await personId(stack, "Liam O'Connor");
    const url = `${stack.url}#/reports/${reportId}/prepare`;
    const first = page;
    const second = await page.context().newPage();
    await first.goto(url);
    await second.goto(url);
    const notesIn = (p: Page) => p.getByLabel('Private preparation notes');
    for (const p of [first, second]) {
      await expect.poll(() => notesIn(p).isEnabled(), { timeout: 20_000 }).toBe(true);
    }

    await notesIn(first).fill('Typed in the first tab.');
    await savedStatus(first).waitFor({ timeout: 20_000 });
    await notesIn(second).fill('Typed in the second tab.');

    const merged = second.getByLabel('Merged version');
    await merged.waitFor({ timeout: 20_000 });
    expect(await second.getByLabel('Your version (on this device)').inputValue()).toBe(
      'Typed in the second tab.',
    );
    expect(await second.getByLabel('The version saved elsewhere').inputValue()).toContain(
      'Typed in the first tab.',
    );
    const proposal = await merged.inputValue();
    expect(proposal).toContain('Typed in the first tab.');
    expect(proposal).toContain('Typed in the second tab.');

    await second.getByRole('button', { name: 'Save the merged version' }).click();
    await savedStatus(second).waitFor({ timeout: 20_000 });
    await first.reload();
    await expect.poll(() => notesIn(first).inputValue(), { timeout: 20_000 }).toBe(proposal);
    await first.context().close();
  });
});
