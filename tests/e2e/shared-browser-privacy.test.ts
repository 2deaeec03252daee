import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tenantState } from './journey/tenant-records';
import { newTestContext, screenshot, seriousAxeViolations } from './support/browser';
import { personId, signInOn } from './support/session';
import { useTestStack } from './support/stack';

/** Every value this origin keeps in the browser's storage, as one text to search. */
async function browserStorageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => {
        const key = storage.key(index) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      });
    return [...dump(localStorage), ...dump(sessionStorage), document.cookie].join('\n');
  });
}

/** The ids of the people whose OneDrive holds a file containing `text`. */
async function drivesHolding(stack: Parameters<typeof tenantState>[0], text: string) {
  const { features } = await tenantState(stack);
  const files = features.files as {
    drives: { ownerId: string; items: { content: string | null }[] }[];
  };
  return files.drives
    .filter((drive) =>
      drive.items.some((item) =>
        item.content ? Buffer.from(item.content, 'base64').toString('utf8').includes(text) : false,
      ),
    )
    .map((drive) => drive.ownerId);
}

describe('two people, one browser: a private note never outlives its author’s session (built app, local tenant)', () => {
  const env = useTestStack();

  it('Priya types a private note and signs out at once; Noah signs in on the same browser and finds it nowhere', async () => {
    const { browser, stack } = env;
    const zeynep = await personId(stack, 'Zeynep Kaya');
    const priya = await personId(stack, 'Priya Raman');
    const context = await newTestContext(browser, stack);
    const page = await context.newPage();
    const canary = `shared-browser-canary-${String(Date.now())}`;

    await signInOn(page, stack, 'Priya Raman');
    await page.goto(`${stack.url}#/reports/${zeynep}/prepare`);
    const notes = page.getByLabel('Private preparation notes');
    await expect.poll(() => notes.isEnabled(), { timeout: 20_000 }).toBe(true);
    await notes.fill(`Worried about the reorg. ${canary}`);
    // At once, inside the autosave's pause: signing out sends the note before it ends the session.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Career conversations that go somewhere' }).waitFor();

    expect(await drivesHolding(stack, canary)).toEqual([priya]);
    expect(await browserStorageText(page)).not.toContain(canary);

    await signInOn(page, stack, 'Noah Cohen');
    await page.goto(`${stack.url}#/reports/${zeynep}/prepare`);
    await page.getByText('Not one of your direct reports').waitFor();
    expect(await page.getByLabel('Private preparation notes').count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.content()).not.toContain(canary);
    expect(await browserStorageText(page)).not.toContain(canary);
    expect(await drivesHolding(stack, canary)).toEqual([priya]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'not-your-report');

    // A report opening their own address gets no manager's tools about themselves either.
    const noah = await personId(stack, 'Noah Cohen');
    for (const step of ['', '/prepare', '/contract', '/book']) {
      await page.goto(`${stack.url}#/reports/${noah}${step}`);
      await page.getByText('Not one of your direct reports').waitFor();
      expect(await page.getByRole('textbox').count()).toBe(0);
    }
    await context.close();
  });

  it('asks before signing out when a note cannot be saved, and discarding leaves nothing behind', async () => {
    const { browser, stack } = env;
    const zeynep = await personId(stack, 'Zeynep Kaya');
    const context = await newTestContext(browser, stack);
    const page = await context.newPage();
    const canary = `unsaved-canary-${String(Date.now())}`;

    await signInOn(page, stack, 'Priya Raman');
    await page.goto(`${stack.url}#/reports/${zeynep}/prepare`);
    const notes = page.getByLabel('Private preparation notes');
    await expect.poll(() => notes.isEnabled(), { timeout: 20_000 }).toBe(true);
    // OneDrive stops answering: the note cannot be saved.
    await context.route(
      (url) => url.pathname.startsWith('/v1.0/me/drive'),
      (route) => route.abort('connectionrefused'),
    );
    await notes.fill(`Not for anyone else. ${canary}`);
    await page.getByRole('button', { name: 'Sign out' }).click();

    const dialog = page.getByRole('alertdialog', { name: 'Some of what you typed is not saved' });
    await dialog.waitFor();
    await dialog.getByText('Private preparation notes').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'sign-out-unsaved');
    await dialog.getByRole('button', { name: 'Discard and sign out' }).click();
    await page.getByRole('heading', { name: 'Career conversations that go somewhere' }).waitFor();
    expect(await browserStorageText(page)).not.toContain(canary);
    expect(await drivesHolding(stack, canary)).toEqual([]);
    await context.close();
  });
});
