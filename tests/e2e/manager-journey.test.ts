import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Stack } from '../../scripts/stack/start-stack';
import { bookStep } from './journey/book';
import { closeStep } from './journey/close';
import { contractStep } from './journey/contract';
import { conversationStep } from './journey/conversation';
import type { JourneyContext } from './journey/journey-context';
import { overviewUpdatedStep } from './journey/overview-updated';
import { prepareStep } from './journey/prepare';
import { promptStep } from './journey/prompt';
import { launchBrowser, screenshotPath } from './support/browser';
import { personId, signInAs } from './support/session';
import { startTestStack } from './support/stack';

/**
 * The whole quarter for one report, as a manager lives it, on one stack and one page: every step
 * asserts its outcome in the tenant (calendars, mailboxes, app folder, lists), not just on screen.
 */
describe('the manager’s journey: Priya Raman and Tomás Hernández, from overview to follow-through', () => {
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

  it('prepares, books, prompts, holds three phases, agrees a contract, follows through', async () => {
    const ctx: JourneyContext = {
      browser,
      stack,
      page: await signInAs(browser, stack, 'Priya Raman'),
      managerName: 'Priya Raman',
      reportName: 'Tomás Hernández',
      reportId: await personId(stack, 'Tomás Hernández'),
    };
    for (const step of [
      prepareStep,
      bookStep,
      promptStep,
      conversationStep,
      contractStep,
      closeStep,
      overviewUpdatedStep,
    ]) {
      try {
        await step(ctx);
      } catch (error) {
        // The page as it was when the step failed: the first thing to look at in CI artifacts.
        await ctx.page.screenshot({
          path: screenshotPath(`journey-failed-${step.name}`),
          fullPage: true,
        });
        throw error;
      }
    }
  }, 360_000);
});
