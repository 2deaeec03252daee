import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isoDateIn } from './support/tenant-time';
import { screenshot, seriousAxeViolations } from './support/browser';
import { personId, signInAs } from './support/session';
import { useTestStack } from './support/stack';

const A_QUESTION = 'Whether the principal path needs a second strategy milestone first';
const A_COMMITMENT = 'Book Arjun a slot to present the build strategy at the architecture forum';
const B_COMMITMENT = 'Review Arjun’s course takeaways with him in our next 1:1';
const B_ACTION = 'Finish the staff-plus writing course and share three takeaways with Platform';

describe('two browsers editing the same contract (built app, career API, local tenant)', () => {
  const env = useTestStack();

  async function addOwnCommitment(page: Page, action: string): Promise<void> {
    await page.getByRole('button', { name: 'Add: Something else' }).click();
    const mine = page.getByRole('group', { name: /^Your commitment \d+$/ }).last();
    await mine.getByLabel(/what, specifically/).fill(action);
  }

  async function openEditor(page: Page, reportId: string): Promise<number> {
    await page.goto(`${env.stack.url}#/reports/${encodeURIComponent(reportId)}/contract`);
    const heading = page.getByRole('heading', { name: /^Agree version \d+$/ });
    await heading.waitFor({ timeout: 30_000 });
    return Number(/\d+/.exec(await heading.innerText())?.[0]);
  }

  it('shows B what A saved, keeps B’s draft, and re-applies it so both changes are in the latest version', async () => {
    const { browser, stack } = env;
    const reportId = await personId(stack, 'Arjun Mehta');
    // Two browser contexts, signed in and opened side by side.
    const [a, b] = await Promise.all([
      signInAs(browser, stack, 'Priya Raman'),
      signInAs(browser, stack, 'Priya Raman'),
    ]);
    const [next, nextInB] = await Promise.all([openEditor(a, reportId), openEditor(b, reportId)]);
    expect(nextInB).toBe(next);

    // Every manager commitment of Arjun's is done, so each of them adds one of their own
    // (the playbook's rule, checked before saving); A also changes the open question.
    await addOwnCommitment(a, A_COMMITMENT);
    await a.getByRole('textbox', { name: 'The open question', exact: true }).fill(A_QUESTION);
    await a.getByLabel('What changed and why').fill('The open question moved on after the review.');
    await a.getByRole('button', { name: `Save version ${String(next)}` }).click();
    await a
      .getByRole('status')
      .getByText(`Version ${String(next)} saved.`)
      .waitFor();

    // B, still on the old version, adds a commitment of Arjun's and saves.
    await b.getByRole('button', { name: 'Add: Learning' }).click();
    const added = b.getByRole('group', { name: /^Their commitment \d+$/ }).last();
    await added.getByLabel(/what, specifically/).fill(B_ACTION);
    await added.getByLabel(/: by$/).fill(isoDateIn(env.stack, 30));
    await addOwnCommitment(b, B_COMMITMENT);
    await b.getByLabel('What changed and why').fill('Arjun asked for a writing course.');
    await b.getByRole('button', { name: `Save version ${String(next)}` }).click();

    // The conflict: what A changed beside what B is about to change; B's text is untouched.
    const conflict = b.getByRole('region', { name: 'Saved meanwhile' });
    await conflict
      .getByText(`Version ${String(next)} was saved while you were editing`)
      .waitFor({ timeout: 30_000 });
    expect(await conflict.getByRole('list', { name: 'What they changed' }).innerText()).toMatch(
      /Open question changed/,
    );
    expect(
      await conflict.getByRole('list', { name: 'Your unsaved changes' }).innerText(),
    ).toContain(`Added (their): ${B_ACTION}`);
    expect(await added.getByLabel(/what, specifically/).inputValue()).toBe(B_ACTION);
    // Polled: Fluent animates the Save button back from its disabled colours.
    expect(await seriousAxeViolations(b)).toEqual([]);
    await screenshot(b, 'contract-conflict-light');

    await conflict
      .getByRole('button', { name: `Re-apply my changes onto version ${String(next)}` })
      .click();
    expect(
      await b.getByRole('textbox', { name: 'The open question', exact: true }).inputValue(),
    ).toBe(A_QUESTION);
    await b.getByRole('button', { name: `Save version ${String(next + 1)}` }).click();
    await b
      .getByRole('status')
      .getByText(`Version ${String(next + 1)} saved.`)
      .waitFor();

    // Nothing lost: A, reading the latest version afresh, sees both changes.
    await a.reload();
    await a
      .getByRole('heading', { name: `Agree version ${String(next + 2)}` })
      .waitFor({ timeout: 30_000 });
    expect(
      await a.getByRole('textbox', { name: 'The open question', exact: true }).inputValue(),
    ).toBe(A_QUESTION);
    const actions = await a
      .getByLabel(/^Their commitment \d+: what, specifically$/)
      .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
    expect(actions).toContain(B_ACTION);
    const mine = await a
      .getByLabel(/^Your commitment \d+: what, specifically$/)
      .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
    expect(mine).toEqual(expect.arrayContaining([A_COMMITMENT, B_COMMITMENT]));
    await a.close();
    await b.close();
  });
});
