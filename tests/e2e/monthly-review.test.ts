import { describe, expect, it } from 'vitest';
import { questionById } from '../../src/domain';
import { checkBothThemes } from './support/browser';
import { personId, signInAs } from './support/session';
import { useTestStack } from './support/stack';

const WHATS_CHANGED = questionById('review-whats-changed').text;

describe('the monthly contract review and next opening (built app, career API, local tenant)', () => {
  const env = useTestStack();

  // Chidi: Priya's introduction to Grace is overdue (every commitment Priya made to Arjun is done,
  // so there would be nothing of hers to mark).
  it('takes Priya’s own commitments first, marks one done, records the review and shows the next opening', async () => {
    const { browser, stack } = env;
    const page = await signInAs(browser, stack, 'Priya Raman');
    const reportId = await personId(stack, 'Chidi Okeke');
    await page.goto(`${stack.url}#/reports/${encodeURIComponent(reportId)}/review`);
    await page
      .getByRole('heading', { level: 1, name: 'Monthly review: Chidi Okeke' })
      .waitFor({ timeout: 30_000 });

    // The playbook's order: own commitments, what's changed, the contract, then the opening.
    const mine = page.getByRole('list', { name: 'Your commitments' });
    await mine.waitFor({ timeout: 30_000 });
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.slice(0, 4)).toEqual([
      '1. Your own commitments first',
      '2. Then ask',
      '3. Update the contract',
      'Opening the next quarterly conversation',
    ]);

    const overdue = mine.getByRole('listitem').filter({ hasText: 'Overdue' }).first();
    const action = (await overdue.innerText()).split('\n')[0] ?? '';
    await overdue.getByRole('button', { name: /^Mark done: / }).click();
    const done = mine.getByRole('listitem').filter({ hasText: action });
    await done.getByText('Done', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await done.getByRole('button').count()).toBe(0);

    await page.getByRole('button', { name: 'I have gone through my commitments' }).click();
    await page.getByText(/Your commitments were reviewed first/).waitFor({ timeout: 30_000 });
    const asked = `“${WHATS_CHANGED.charAt(0).toUpperCase()}${WHATS_CHANGED.slice(1)}”`;
    await page.getByText(asked).waitFor();
    await page.getByRole('button', { name: 'I asked what has changed' }).click();
    await page.getByText(/^Asked /).waitFor({ timeout: 30_000 });

    const agenda = page.getByRole('list', { name: 'Opening agenda' });
    const sections = await agenda.locator(':scope > li').allInnerTexts();
    expect(sections[0]).toMatch(/^Manager's commitments first/);
    expect(sections[0]).toContain(action.split(' by ')[0] ?? '');
    expect(sections[1]).toContain(WHATS_CHANGED.slice(1));

    // Axe polled: Fluent animates colours (buttons, the theme switch) for a moment.
    await checkBothThemes(page, 'review');

    // Recorded on the review's own record and the contract: a reload shows the same.
    await page.reload();
    await page.getByText(/Your commitments were reviewed first/).waitFor({ timeout: 30_000 });
    await page.getByText(/^Asked /).waitFor();
    await mine.getByRole('listitem').filter({ hasText: action }).getByText('Done').waitFor();

    // The contract update opens the editor with the review as its reason, linked to the review.
    await page.getByRole('button', { name: 'Update the contract for this review' }).click();
    await page.waitForURL(/#\/reports\/[^/]+\/contract\?reason=monthly-review$/);
    await page.getByRole('heading', { name: /^Agree version \d+$/ }).waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Why it changes').inputValue()).toBe('monthly-review');
    await page.getByText(/recorded as agreed in the development contract review of/).waitFor();
    await page.close();
  });
});
