import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, seriousAxeViolations } from './support/browser';
import { personId, signInAs } from './support/session';
import { useTestStack } from './support/stack';

describe('a hand-over: Mateo sees what is overdue and asks to see the history (built app, API, local tenant)', () => {
  const env = useTestStack();

  async function openReport(page: Page, name: string): Promise<void> {
    const id = await personId(env.stack, name);
    await page.evaluate(
      (hash) => {
        window.location.hash = hash;
      },
      `#/reports/${encodeURIComponent(id)}`,
    );
    await page
      .getByRole('heading', { level: 1, name: `Career overview: ${name}` })
      .waitFor({ timeout: 30_000 });
  }

  const requestRegion = (page: Page) =>
    page.getByRole('region', { name: 'Request to share your history' });

  it('shows Lucas overdue with the facts, not "none held yet"; Lucas declines and the history stays his', async () => {
    const mateo = await signInAs(env.browser, env.stack, 'Mateo García');
    await mateo.getByRole('heading', { name: /Direct reports \(2\)/ }).waitFor({ timeout: 30_000 });
    const row = mateo.getByRole('row', { name: 'Lucas Dubois' });
    await row.getByText('Overdue', { exact: true }).waitFor();
    await row.getByText(/^Last full conversation, before you, was 8 months ago/).waitFor();
    await row.getByText(/^Before you, .* \(not shared\)$/).waitFor();
    await row.getByText(/^Earlier manager: \d+$/).waitFor();
    await row.getByText(/^They, before you: \d+$/).waitFor();
    expect(await row.textContent()).not.toMatch(/held yet|Due soon/);
    // Content stays hidden: nothing of Lucas's contract or notes is on the screen.
    const text = (await mateo.locator('body').textContent()) ?? '';
    expect(text).not.toContain('export feature');
    expect(text).not.toContain('end-to-end ownership');

    await openReport(mateo, 'Lucas Dubois');
    const section = mateo.locator('section', {
      has: mateo.getByRole('heading', { name: 'Their history before you' }),
    });
    await section.getByText(/^Lucas has records from before you/).waitFor();
    await section.getByRole('button', { name: 'Ask Lucas to share their history' }).click();
    await section.getByText(/^You asked Lucas on .*They have not answered yet\.$/).waitFor();
    expect(await seriousAxeViolations(mateo)).toEqual([]);
    await screenshot(mateo, 'history-request-asked');

    const lucas = await signInAs(env.browser, env.stack, 'Lucas Dubois');
    const request = requestRegion(lucas);
    await request.getByText(/^Mateo García asked on /).waitFor({ timeout: 30_000 });
    // One way to answer: the request's own Share and Decline, not a second "let them read it".
    expect(
      await lucas.getByRole('button', { name: /^Let .* read my earlier history$/ }).count(),
    ).toBe(0);
    expect(await seriousAxeViolations(lucas)).toEqual([]);
    await screenshot(lucas, 'history-request-received');
    await request.getByRole('button', { name: 'Decline' }).click();
    await expect.poll(() => requestRegion(lucas).count(), { timeout: 20_000 }).toBe(0);
    await lucas.getByText('No manager may read your earlier history.').waitFor();
    await lucas.close();

    await mateo.reload();
    await mateo
      .getByRole('heading', { level: 1, name: 'Career overview: Lucas Dubois' })
      .waitFor({ timeout: 30_000 });
    await mateo.getByText(/^Lucas decided not to share it/).waitFor({ timeout: 30_000 });
    await mateo.getByText('No career conversation with you yet.').waitFor();
    expect(await mateo.getByText('Lucas wants end-to-end ownership').count()).toBe(0);
    await mateo.close();
  });

  it('Aisha shares when Mateo asks, and Mateo then reads the history', async () => {
    const mateo = await signInAs(env.browser, env.stack, 'Mateo García');
    await openReport(mateo, 'Aisha Bello');
    expect(await mateo.getByText(/Aisha wants to be on a product team/).count()).toBe(0);
    await mateo.getByRole('button', { name: 'Ask Aisha to share their history' }).click();
    await mateo.getByText(/^You asked Aisha on /).waitFor({ timeout: 20_000 });

    const aisha = await signInAs(env.browser, env.stack, 'Aisha Bello');
    const request = requestRegion(aisha);
    await request.getByText(/^Mateo García asked on /).waitFor({ timeout: 30_000 });
    await request.getByRole('button', { name: 'Share my history with Mateo García' }).click();
    await expect.poll(() => requestRegion(aisha).count(), { timeout: 20_000 }).toBe(0);
    await aisha.getByText(/^Mateo García may read your history/).waitFor();
    await aisha.close();

    await mateo.reload();
    await mateo
      .getByRole('heading', { level: 1, name: 'Career overview: Aisha Bello' })
      .waitFor({ timeout: 30_000 });
    await mateo
      .getByRole('list', { name: 'Conversations, newest first' })
      .getByText(/Aisha wants to be on a product team/)
      .waitFor({ timeout: 30_000 });
    expect(await mateo.getByRole('heading', { name: 'Their history before you' }).count()).toBe(0);
    await mateo.close();
  });
});
