import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stack } from '../../scripts/stack/start-stack';
import { contractStep, HONEST } from './journey/contract';
import { launchBrowser } from './support/browser';
import { personId, signInAs } from './support/session';
import { startTestStack } from './support/stack';

describe('the development contract editor (built app, career API, local tenant)', () => {
  let browser: Browser;
  let stack: Stack;

  beforeAll(async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    stack = await startTestStack();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await (browser as Browser | undefined)?.close();
    await (stack as Stack | undefined)?.close();
  });

  it('builds Tomás’s first contract from quick starts, fixes a promise, survives a reload and saves version 1', async () => {
    const page = await signInAs(browser, stack, 'Priya Raman');
    const reportId = await personId(stack, 'Tomás Hernández');
    await page.goto(`${stack.url}#/reports/${encodeURIComponent(reportId)}`);

    await contractStep({
      browser,
      stack,
      page,
      managerName: 'Priya Raman',
      reportName: 'Tomás Hernández',
      reportId,
    });

    // Read back from the API after a reload: the agreed version, no leftover draft.
    await page.reload();
    await page.getByRole('heading', { name: 'Agree version 2' }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(/Restored your unsaved draft/).count()).toBe(0);
    expect(await page.getByLabel('Your commitment 1: what, specifically').inputValue()).toBe(
      HONEST,
    );
    // A revision needs a reason and a note: the domain's rule is shown before saving.
    await page.getByRole('button', { name: 'Save version 2' }).click();
    await page
      .getByRole('list', { name: 'Before you save' })
      .getByText(/Add a short note on what changed and why/)
      .waitFor();
    await page.close();
  });
});
