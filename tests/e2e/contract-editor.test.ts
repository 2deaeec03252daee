import { describe, expect, it } from 'vitest';
import { contractStep, HONEST } from './journey/contract';
import { startJourney } from './journey/journey-context';
import { useTestStack } from './support/stack';

describe('the development contract editor (built app, career API, local tenant)', () => {
  const env = useTestStack();

  it('builds Tomás’s first contract from quick starts, fixes a promise, survives a reload and saves version 1', async () => {
    const ctx = await startJourney(env, 'Priya Raman', 'Tomás Hernández');
    const { page, stack, reportId } = ctx;
    await page.goto(`${stack.url}#/reports/${encodeURIComponent(reportId)}`);

    await contractStep(ctx);

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
