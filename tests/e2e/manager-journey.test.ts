import { describe, it } from 'vitest';
import { bookStep } from './journey/book';
import { closeStep } from './journey/close';
import { contractStep } from './journey/contract';
import { conversationStep } from './journey/conversation';
import { startJourney } from './journey/journey-context';
import { overviewUpdatedStep } from './journey/overview-updated';
import { prepareStep } from './journey/prepare';
import { promptStep } from './journey/prompt';
import { summaryLinkStep } from './journey/summary-link';
import { screenshotPath } from './support/browser';
import { useTestStack } from './support/stack';

/**
 * The whole quarter for one report, as a manager lives it, on one stack and one page: every step
 * asserts its outcome in the tenant (calendars, mailboxes, app folder, lists), not just on screen.
 */
describe('the manager’s journey: Priya Raman and Tomás Hernández, from overview to follow-through', () => {
  const env = useTestStack();

  it('prepares, books, prompts, holds three phases, agrees a contract, follows through; the summary’s Teams link opens the report’s contract', async () => {
    const ctx = await startJourney(env, 'Priya Raman', 'Tomás Hernández');
    for (const step of [
      prepareStep,
      bookStep,
      promptStep,
      conversationStep,
      contractStep,
      closeStep,
      summaryLinkStep,
      overviewUpdatedStep,
    ]) {
      try {
        await step(ctx);
      } catch (error) {
        // The page as it was when the step failed (unsettled, on purpose): the first thing to
        // look at in CI artifacts.
        await ctx.page.screenshot({ path: screenshotPath(`journey-failed-${step.name}`) });
        throw error;
      }
    }
  }, 360_000);
});
