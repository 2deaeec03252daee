import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AMBITION_THAT_DOES_NOT_FIT,
  questionById,
  scriptById,
  SURFACE_ANSWER_TECHNIQUE,
  UNCERTAINTY_RESPONSE,
} from '../../src/domain';
import {
  conversationStep,
  markHeld,
  notesField,
  phaseShown,
  typeNotes,
} from './journey/conversation';
import { conversationRowsWith, openStep, savedStatus } from './journey/tenant-records';
import { checkBothThemes, screenshot } from './support/browser';
import { personId, signInAs } from './support/session';
import { useTestStack } from './support/stack';

const LEAVE = questionById('probe-if-you-were-going-to-leave');

describe('conversation mode: one screen per phase, notes that survive reloads and dropped networks', () => {
  const env = useTestStack();
  let liamId: string;
  /** One sign-in for the file: each test starts from wherever the previous one left it. */
  let page: Page;

  beforeAll(async () => {
    liamId = await personId(env.stack, "Liam O'Connor");
    page = await signInAs(env.browser, env.stack, 'Priya Raman');
  });

  const rowsWith = async (text: string) => (await conversationRowsWith(env.stack, text)).length;

  it('Priya with Liam (booked in 4 days): three phases, a reload, an offline spell, the trust gate, held', async () => {
    const { stack } = env;
    const stamp = String(Date.now());
    await page.goto(`${stack.url}#/reports/${liamId}`);
    await openStep(page, stack, liamId, "Liam O'Connor", 'Conversation');
    await page.getByRole('heading', { level: 1, name: "Conversation: Liam O'Connor" }).waitFor();

    // Phase 1, with the "version underneath" technique and a discreet timer.
    await phaseShown(page, 'where-now');
    await page.getByText(questionById(SURFACE_ANSWER_TECHNIQUE.questionId).text).waitFor();
    const timer = page.getByRole('group', { name: 'Conversation timer' });
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    expect(await timer.getByRole('timer').getAttribute('aria-live')).toBe('off');
    await typeNotes(page, 'where-now', `Best work on cross-team design. ${stamp}-now`);
    expect(await rowsWith(`${stamp}-now`)).toBe(1);

    // A reload before the pause that sends it: the text is restored from the device, then saved.
    await notesField(page, 'where-now').fill(
      `Best work on cross-team design. ${stamp}-now ${stamp}-reload`,
    );
    await page.reload();
    await phaseShown(page, 'where-now');
    expect(await notesField(page, 'where-now').inputValue()).toContain(`${stamp}-reload`);
    await expect.poll(() => rowsWith(`${stamp}-reload`), { timeout: 20_000 }).toBe(1);
    await checkBothThemes(page, 'conversation-where-now');

    // Phase 2: "I genuinely don't know", the ambition script; then the network drops.
    await page.getByRole('link', { name: /^Next: 2\./ }).click();
    await phaseShown(page, 'where-to-go');
    await page.getByText(scriptById(UNCERTAINTY_RESPONSE.responseScriptId).text).waitFor();
    await page.getByRole('button', { name: AMBITION_THAT_DOES_NOT_FIT.title }).click();
    await page.getByText(scriptById(AMBITION_THAT_DOES_NOT_FIT.honestScriptId).text).waitFor();

    await page.context().setOffline(true);
    await notesField(page, 'where-to-go').fill(
      `Staff engineer, setting direction. ${stamp}-offline`,
    );
    await page
      .getByRole('status')
      .filter({ hasText: /^Offline: kept on this device/ })
      .waitFor({ timeout: 20_000 });
    expect(await rowsWith(`${stamp}-offline`)).toBe(0);
    await page.context().setOffline(false);
    await savedStatus(page).waitFor({ timeout: 20_000 });
    expect(await rowsWith(`${stamp}-offline`)).toBe(1);
    await checkBothThemes(page, 'conversation-where-to-go');

    // Phase 3: the leave question stays hidden until trust is confirmed, and has no field.
    await page.getByRole('link', { name: /^Next: 3\./ }).click();
    await phaseShown(page, 'close-the-gap');
    expect(await page.getByText(LEAVE.text).count()).toBe(0);
    const trust = page.getByRole('checkbox', { name: /Trust is established/ });
    await trust.check();
    await page.getByText(LEAVE.text).waitFor();
    await page.getByText(LEAVE.caution ?? '').waitFor();
    expect(await page.getByTestId('trust-gated-question').getByRole('textbox').count()).toBe(0);
    await trust.uncheck();
    expect(await page.getByText(LEAVE.text).count()).toBe(0);

    // Beside a Teams meeting: 400 px wide, nothing of the screen cut off sideways. (The header's
    // theme picker is left out: inside Teams the theme follows Teams and the picker is not shown.)
    await page.setViewportSize({ width: 400, height: 900 });
    const widest = await page.evaluate(() =>
      Math.max(
        ...[...document.querySelectorAll('#main *')].map((e) => e.getBoundingClientRect().right),
      ),
    );
    expect(widest).toBeLessThanOrEqual(400);
    await screenshot(page, 'conversation-narrow');
    await page.setViewportSize({ width: 1280, height: 720 });

    await typeNotes(page, 'close-the-gap', `Lead the incident reviews. ${stamp}-gap`);
    await markHeld(page, stack, `${stamp}-gap`);
  });

  it('shows both versions when the notes changed in another tab, and saves the merge', async () => {
    const url = `${env.stack.url}#/reports/${liamId}/conversation/close-the-gap`;
    const first = page;
    const second = await page.context().newPage();
    await first.goto(url);
    await second.goto(url);
    await phaseShown(first, 'close-the-gap');
    await phaseShown(second, 'close-the-gap');

    await typeNotes(first, 'close-the-gap', 'Added in the first tab.');
    await notesField(second, 'close-the-gap').fill('Added in the second tab.');
    const merged = second.getByLabel('Merged version');
    await merged.waitFor({ timeout: 20_000 });
    expect(await second.getByLabel('The version saved elsewhere').inputValue()).toContain(
      'Added in the first tab.',
    );
    const proposal = await merged.inputValue();
    expect(proposal).toContain('Added in the first tab.');
    expect(proposal).toContain('Added in the second tab.');
    expect(proposal.match(/## How do we close the gap\?/g)).toHaveLength(1);

    await second.getByRole('button', { name: 'Save the merged version' }).click();
    await savedStatus(second).waitFor({ timeout: 20_000 });
    await first.reload();
    await phaseShown(first, 'close-the-gap');
    const text = await notesField(first, 'close-the-gap').inputValue();
    expect(text).toContain('Added in the first tab.');
    expect(text).toContain('Added in the second tab.');
    await second.close();
  });

  it('Tomás has nothing booked: an informal record is started and the journey step runs on it', async () => {
    const { browser, stack } = env;
    const tomasId = await personId(stack, 'Tomás Hernández');
    await page.goto(`${stack.url}#/reports/${tomasId}/prompt`);
    await openStep(page, stack, tomasId, 'Tomás Hernández', 'Conversation');
    await page.getByText('No conversation booked').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Start an informal record' }).click();
    await conversationStep({
      browser,
      stack,
      page,
      managerName: 'Priya Raman',
      reportName: 'Tomás Hernández',
      reportId: tomasId,
    });
  });
});
