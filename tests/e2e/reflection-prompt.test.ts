import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stack } from '../../scripts/stack/start-stack';
import { bookStep } from './journey/book';
import type { JourneyContext } from './journey/journey-context';
import { promptStep } from './journey/prompt';
import { launchBrowser, screenshotPath, seriousAxeViolations } from './support/browser';
import { personId, signInAs } from './support/session';
import { startTestStack } from './support/stack';

describe('reflection prompt: Priya sends Tomás the prompt a few days before (built app, API, local tenant)', () => {
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

  it('explains that booking comes first, then queues the prompt by mail, delivered when the clock passes', async () => {
    const reportName = 'Tomás Hernández';
    const reportId = await personId(stack, reportName);
    const page = await signInAs(browser, stack, 'Priya Raman');
    const ctx: JourneyContext = {
      browser,
      stack,
      page,
      managerName: 'Priya Raman',
      reportName,
      reportId,
    };

    // Nothing booked yet: the screen says why it cannot send, and links to booking.
    await page.goto(`${stack.url}#/reports/${encodeURIComponent(reportId)}/prompt`);
    await page
      .getByText(
        'The prompt goes out a few days before the conversation, so book the conversation first.',
      )
      .waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Book the conversation' }).waitFor();

    await bookStep(ctx);
    await promptStep(ctx);

    // The record keeps it: a reload still shows when it will arrive (the browser keeps real time).
    await page.reload();
    await page.getByText('Queued by mail').waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Next: the conversation' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('prompt-queued-light'), fullPage: true });
    await page.close();
  });
});
