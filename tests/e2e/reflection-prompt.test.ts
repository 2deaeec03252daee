import { describe, expect, it } from 'vitest';
import { bookStep } from './journey/book';
import { startJourney } from './journey/journey-context';
import { promptStep } from './journey/prompt';
import { screenshot, seriousAxeViolations } from './support/browser';
import { useTestStack } from './support/stack';

describe('reflection prompt: Priya sends Tomás the prompt a few days before (built app, API, local tenant)', () => {
  const env = useTestStack();

  it('explains that booking comes first, then queues the prompt by mail, delivered when the clock passes', async () => {
    const ctx = await startJourney(env, 'Priya Raman', 'Tomás Hernández');
    const { page, stack, reportId } = ctx;

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
    await screenshot(page, 'prompt-queued-light');
    await page.close();
  });
});
