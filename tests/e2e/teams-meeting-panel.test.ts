import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HONEST_ANSWERS_INTRO, phaseById, questionById } from '../../src/domain';
import { bookStep, careerEventsOf } from './journey/book';
import { notesField, typeNotes } from './journey/conversation';
import { startJourney } from './journey/journey-context';
import { savedStatus } from './journey/tenant-records';
import { newTestContext, screenshot, seriousAxeViolations } from './support/browser';
import { useTestStack } from './support/stack';

const MANAGER = 'Priya Raman';
const REPORT = 'Tomás Hernández';
const [OPENING] = phaseById('where-now').openingQuestionIds;
if (!OPENING) throw new Error('Phase 1 has no opening question.');
const FIRST_QUESTION = questionById(OPENING).text;

async function tabFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#app-frame')).contentFrame();
  if (!frame) throw new Error('The host has no tab frame.');
  return frame;
}

/** Nothing wider than the 320 px panel: no sideways scroll. */
const sidewaysOverflow = (tab: Frame) =>
  tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Whether an element's bottom edge is inside the panel's first screen, without scrolling. */
const onFirstScreen = (tab: Frame, selector: string) =>
  tab.evaluate((css) => {
    const element = document.querySelector(css);
    return element !== null && element.getBoundingClientRect().bottom <= window.innerHeight;
  }, selector);

/** Default, then dark through the host's own theme switch: no serious axe violation in either. */
async function axeInBothThemes(page: Page, tab: Frame, name: string): Promise<void> {
  expect(await seriousAxeViolations(tab)).toEqual([]);
  await screenshot(page, `${name}-default`);
  await page.selectOption('#host-theme', 'dark');
  expect(await seriousAxeViolations(tab)).toEqual([]);
  await screenshot(page, `${name}-dark`);
  await page.selectOption('#host-theme', 'default');
}

describe('the Teams meeting side panel (local Teams host, 320 px, Chromium)', () => {
  const env = useTestStack();
  let joinUrl: string;
  let secondSession: string;

  const openPanel = async (query: string): Promise<{ page: Page; tab: Frame }> => {
    const context = await newTestContext(env.browser, env.stack);
    const page = await context.newPage();
    await page.goto(`${env.stack.teamsHostUrl}?${query}`);
    return { page, tab: await tabFrame(page) };
  };
  const meeting = () => `meeting=${encodeURIComponent(joinUrl)}`;

  it('Priya books Tomás’s conversation; its meeting’s panel shows her phase 1’s questions and the shared notes on the first screen, and a note typed there survives a reload', async () => {
    // The three sessions booked through the app: Teams meetings in both calendars.
    const journey = await startJourney(env, MANAGER, REPORT);
    await bookStep(journey);
    await journey.page.context().close();
    const [first, second] = await careerEventsOf(env.stack, MANAGER);
    if (!first?.joinUrl || !second?.joinUrl) throw new Error('The sessions have no Teams meeting.');
    joinUrl = first.joinUrl;
    secondSession = second.joinUrl;

    const { page, tab } = await openPanel(`persona=priya.raman&frame=side-panel&${meeting()}`);
    await tab.getByRole('heading', { level: 1, name: REPORT }).waitFor({ timeout: 30_000 });
    await tab.getByRole('heading', { level: 2, name: '1. Where are you now?' }).waitFor();
    await tab.getByText(FIRST_QUESTION).waitFor();
    await tab.getByRole('group', { name: 'Conversation timer' }).waitFor();
    await tab.getByText(HONEST_ANSWERS_INTRO).waitFor();
    await expect
      .poll(() => notesField(tab, 'where-now').isEnabled(), { timeout: 20_000 })
      .toBe(true);

    expect(await sidewaysOverflow(tab)).toBe(0);
    expect(await onFirstScreen(tab, 'ol')).toBe(true);
    expect(await onFirstScreen(tab, 'textarea')).toBe(true);

    const note = `Enjoys pairing on the payments migration ${String(Date.now())}`;
    await typeNotes(tab, 'where-now', note);
    await page.reload();
    const again = await tabFrame(page);
    await expect
      .poll(() => notesField(again, 'where-now').inputValue(), { timeout: 30_000 })
      .toContain(note);
    await axeInBothThemes(page, again, 'meeting-panel-manager');
    await page.context().close();
  });

  it('opens the same conversation in the panel of the series’ second session, a Teams meeting of its own', async () => {
    expect(secondSession).not.toBe(joinUrl);
    const { page, tab } = await openPanel(
      `persona=priya.raman&frame=side-panel&meeting=${encodeURIComponent(secondSession)}`,
    );
    await tab.getByRole('heading', { level: 1, name: REPORT }).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => notesField(tab, 'where-now').inputValue(), { timeout: 30_000 })
      .toContain('Enjoys pairing on the payments migration');
    await page.context().close();
  });

  it('shows Tomás the shared notes and his contract, and none of the manager’s guide', async () => {
    const { page: priya, tab: priyaTab } = await openPanel(
      `persona=priya.raman&frame=side-panel&${meeting()}`,
    );
    await expect
      .poll(() => notesField(priyaTab, 'where-now').isEnabled(), { timeout: 30_000 })
      .toBe(true);
    const shared = `Shared with Tomás ${String(Date.now())}`;
    await typeNotes(priyaTab, 'where-now', shared);
    await savedStatus(priyaTab).waitFor();
    await priya.context().close();

    const { page, tab } = await openPanel(`persona=tomas.hernandez&frame=side-panel&${meeting()}`);
    await tab
      .getByRole('heading', { level: 1, name: 'Your career conversation' })
      .waitFor({ timeout: 30_000 });
    await tab.getByRole('heading', { level: 2, name: 'Notes shared with you' }).waitFor();
    await tab.getByText(shared, { exact: false }).waitFor();
    await tab.getByRole('heading', { level: 2, name: 'Your development contract' }).waitFor();

    const text = await tab.locator('main').innerText();
    expect(text).not.toContain(FIRST_QUESTION);
    expect(text).not.toContain(HONEST_ANSWERS_INTRO);
    expect(text).not.toContain('Questions that unlock honest answers');
    expect(await tab.getByRole('group', { name: 'Conversation timer' }).count()).toBe(0);
    expect(await tab.getByRole('textbox').count()).toBe(0);
    expect(await sidewaysOverflow(tab)).toBe(0);
    await axeInBothThemes(page, tab, 'meeting-panel-report');
    await page.context().close();
  });

  it('opens Tomás’s shared notes and contract in the series’ second session too, still without the manager’s guide', async () => {
    const { page, tab } = await openPanel(
      `persona=tomas.hernandez&frame=side-panel&meeting=${encodeURIComponent(secondSession)}`,
    );
    await tab
      .getByRole('heading', { level: 1, name: 'Your career conversation' })
      .waitFor({ timeout: 30_000 });
    await tab.getByRole('heading', { level: 2, name: 'Notes shared with you' }).waitFor();
    await tab.getByText('Shared with Tomás', { exact: false }).waitFor();
    await tab.getByRole('heading', { level: 2, name: 'Your development contract' }).waitFor();

    const text = await tab.locator('main').innerText();
    expect(text).not.toContain('This meeting is not a career conversation');
    expect(text).not.toContain(FIRST_QUESTION);
    expect(text).not.toContain(HONEST_ANSWERS_INTRO);
    expect(await tab.getByRole('group', { name: 'Conversation timer' }).count()).toBe(0);
    expect(await tab.getByRole('textbox').count()).toBe(0);
    await page.context().close();

    // Nobody else finds anything in that meeting either.
    const other = await openPanel(
      `persona=daniel.kim&frame=side-panel&meeting=${encodeURIComponent(secondSession)}`,
    );
    await other.tab
      .getByText('This meeting is not a career conversation booked with this app', {
        exact: false,
      })
      .waitFor({ timeout: 30_000 });
    const seen = await other.tab.locator('main').innerText();
    expect(seen).not.toContain(REPORT);
    expect(seen).not.toContain('Shared with Tomás');
    await other.page.context().close();
  });

  it('explains itself in a meeting that is no career conversation, with booking for a manager only', async () => {
    const manager = await openPanel('persona=priya.raman&frame=side-panel');
    await manager.tab
      .getByText('This meeting is not a career conversation booked with this app', { exact: false })
      .waitFor({ timeout: 30_000 });
    await manager.tab.getByRole('link', { name: 'open your team' }).waitFor();
    expect(await sidewaysOverflow(manager.tab)).toBe(0);
    await axeInBothThemes(manager.page, manager.tab, 'meeting-panel-elsewhere');
    await manager.page.context().close();

    const report = await openPanel('persona=tomas.hernandez&frame=side-panel');
    await report.tab.getByText('There is nothing else to do here.').waitFor({ timeout: 30_000 });
    expect(await report.tab.getByRole('link', { name: 'open your team' }).count()).toBe(0);
    await report.page.context().close();
  });

  it('shows nothing of Priya and Tomás’s conversation to anyone else who opens its meeting’s panel', async () => {
    for (const persona of ['daniel.kim', 'fatima.alsayed']) {
      const { page, tab } = await openPanel(`persona=${persona}&frame=side-panel&${meeting()}`);
      await tab
        .getByText('This meeting is not a career conversation booked with this app', {
          exact: false,
        })
        .waitFor({ timeout: 30_000 });
      const text = await tab.locator('main').innerText();
      expect(text, persona).not.toContain(REPORT);
      expect(text, persona).not.toContain(FIRST_QUESTION);
      expect(await tab.getByRole('textbox').count(), persona).toBe(0);
      await page.context().close();
    }
  });

  it('adds the tab to the meeting through its configuration page, then opens it in the side panel', async () => {
    const { page, tab } = await openPanel(`persona=priya.raman&frame=config&${meeting()}`);
    await tab
      .getByRole('heading', { level: 1, name: 'Career Conversations in this meeting' })
      .waitFor({ timeout: 30_000 });
    await tab.getByText('Select Save to add it to the meeting.').waitFor();
    const save = page.getByRole('button', { name: 'Save', exact: true });
    await expect.poll(() => save.isEnabled(), { timeout: 20_000 }).toBe(true);
    expect(await seriousAxeViolations(tab)).toEqual([]);
    await save.click();

    await page.waitForURL(/frame=side-panel/);
    const address = new URL(page.url());
    expect(address.searchParams.get('content')).toBe('/index.html?host=teams#/meeting');
    const panel = await tabFrame(page);
    await panel.getByRole('heading', { level: 1, name: REPORT }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'meeting-panel-added');
    await page.context().close();
  });
});
