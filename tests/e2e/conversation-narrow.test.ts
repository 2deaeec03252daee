import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { phaseById, questionById } from '../../src/domain';
import { notesField, phaseShown } from './journey/conversation';
import { newTestPage, screenshot, seriousAxeViolations } from './support/browser';
import { personId, signInOn } from './support/session';
import { useTestStack } from './support/stack';

/** The meeting side panel's width range; the first screen is what shows without scrolling. */
const NARROW = { width: 360, height: 900 };

/** The element's bottom edge is within the first `height` pixels of the page, not scrolled. */
async function bottomOf(target: Locator): Promise<number> {
  const box = await target.boundingBox();
  if (box === null) throw new Error('not rendered');
  const scrolled = await target.page().evaluate(() => window.scrollY);
  return box.y + scrolled + box.height;
}

async function focusedOutline(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement)) return undefined;
    const style = getComputedStyle(active);
    return {
      tag: active.tagName,
      text: active.textContent,
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
    };
  });
}

describe('conversation mode at 360 px, by keyboard', () => {
  const env = useTestStack();
  let page: Page;
  let liamId: string;

  beforeAll(async () => {
    liamId = await personId(env.stack, "Liam O'Connor");
    page = await newTestPage(env.browser, env.stack, { viewport: NARROW });
    await signInOn(page, env.stack, 'Priya Raman');
  });

  it('shows the phase’s questions and the notes box on the first screen, the steps on one line', async () => {
    await page.goto(
      `${env.stack.url}#/reports/${encodeURIComponent(liamId)}/conversation/where-now`,
    );
    await phaseShown(page, 'where-now');
    await screenshot(page, 'conversation-narrow-first-screen');

    const opening = phaseById('where-now').openingQuestionIds;
    const last = opening.at(-1);
    if (last === undefined) throw new Error('Phase 1 has opening questions.');
    const lastQuestion = page.getByText(questionById(last).text);
    expect(await bottomOf(lastQuestion)).toBeLessThanOrEqual(NARROW.height);
    expect(await bottomOf(notesField(page, 'where-now'))).toBeLessThanOrEqual(NARROW.height);

    // The step navigation collapses into one control instead of wrapping over four lines.
    const steps = page.getByRole('navigation', { name: 'Steps for this person' });
    expect((await steps.boundingBox())?.height ?? 999).toBeLessThanOrEqual(48);
    const phases = page.getByRole('navigation', { name: 'Phases of the conversation' });
    expect((await phases.boundingBox())?.height ?? 999).toBeLessThanOrEqual(48);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      NARROW.width,
    );

    // Moving phase by keyboard from the collapsed control.
    const phase = phases.getByRole('combobox', { name: 'Phase' });
    await phase.focus();
    await phase.selectOption('where-to-go');
    await phaseShown(page, 'where-to-go');

    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'conversation-narrow-light');
    await page.getByLabel('Theme').selectOption('dark');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'conversation-narrow-dark');
    await page.getByLabel('Theme').selectOption('light');
  });

  it('moves to another step from the collapsed step control', async () => {
    const step = page
      .getByRole('navigation', { name: 'Steps for this person' })
      .getByRole('combobox', { name: 'Step' });
    await step.focus();
    await step.selectOption({ label: 'Contract' });
    await page.getByRole('heading', { level: 1, name: /^Development contract/ }).waitFor();
    await page.goBack();
    await phaseShown(page, 'where-to-go');
  });

  it('returns focus to the question bank button when the bank closes', async () => {
    const bank = page.getByRole('button', { name: 'Question bank' });
    await bank.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog');
    await drawer.waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    expect((await focusedOutline(page))?.text).toBe('Question bank');

    await bank.click();
    await drawer.waitFor();
    await drawer.getByRole('button', { name: 'Close' }).click();
    await drawer.waitFor({ state: 'detached' });
    expect((await focusedOutline(page))?.text).toBe('Question bank');
  });

  it('shows a clear focus ring on a link, in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      await page.getByLabel('Theme').selectOption(theme);
      const back = page.getByRole('link', { name: '← Your team' });
      await back.focus();
      // A keyboard focus: the ring is for keyboard users (:focus-visible).
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const ring = await focusedOutline(page);
      expect(ring?.tag).toBe('A');
      expect(ring?.style).toBe('solid');
      expect(ring?.width).toBeGreaterThanOrEqual(2);
    }
    await page.getByLabel('Theme').selectOption('light');
  });
});
