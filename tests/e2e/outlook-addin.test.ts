import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newTestPage, screenshot, seriousAxeViolations, settled } from './support/browser';
import { useTestStack } from './support/stack';
import { DEVELOPMENT_CONTRACT, TRIGGERS } from '../../src/domain';
import { tenantState, triggerRowsOf, userNamed } from './journey/tenant-records';
import { personId, signInAs } from './support/session';

/**
 * The built add-in page in the local Outlook host (/_local/outlook), as Outlook opens it beside a
 * mail, a meeting or a new message: Office.js is the host's stand-in, sign-in is brokered by the
 * host (nested app auth), and the pane's bookings land in the local tenant's calendars.
 */

const TOMAS_MAIL = 'Tomás Hernández: Re: Our next 1:1';
const PRIYA_MAIL = 'Priya Raman: Our next 1:1';

async function taskPane(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#addin-frame')).contentFrame();
  if (!frame) throw new Error('The host has no task pane frame.');
  return frame;
}

/** Opens the host as `persona` on the item whose label is `label` (the host reloads on a pick). */
async function openItem(page: Page, hostUrl: string, persona: string, label: string) {
  await page.goto(`${hostUrl}?persona=${persona}`);
  await page.selectOption('#host-item', { label });
  await page.waitForURL(/item=/);
  return taskPane(page);
}

describe('the Outlook add-in in the local Outlook host (Chromium)', () => {
  const env = useTestStack();

  it('shows a report’s contract summary beside their mail and books the next conversation in both calendars', async () => {
    const { browser, stack } = env;
    const page = await newTestPage(browser, stack);
    const pane = await openItem(page, stack.outlookHostUrl, 'priya.raman', TOMAS_MAIL);

    await pane
      .getByRole('heading', { name: 'Tomás Hernández', level: 2 })
      .waitFor({ timeout: 30_000 });
    await pane.getByRole('heading', { name: 'Development contract' }).waitFor();
    await pane.getByRole('heading', { name: 'Cadence' }).waitFor();
    await pane.getByRole('heading', { name: 'Overdue commitments' }).waitFor();
    // Signed in by the host: the pane never showed a sign-in button.
    expect(await page.locator('#host-log').textContent()).toContain('nestedAppAuth GetToken');
    await screenshot(page, 'outlook-addin-report-mail');

    await pane.getByRole('button', { name: 'Book the next conversation' }).click();
    await pane.getByText(/^Booked for .*, in both calendars\.$/).waitFor({ timeout: 30_000 });

    const state = await tenantState(stack);
    const priya = userNamed(state, 'Priya Raman');
    const tomas = userNamed(state, 'Tomás Hernández');
    const booked = (ownerId: string) =>
      (state.features.calendar?.events ?? []).filter(
        (e) =>
          e.ownerId === ownerId &&
          !e.isCancelled &&
          e.subject === 'Career conversation (Tomás Hernández and Priya Raman)',
      );
    expect(booked(priya.id)).toHaveLength(1);
    expect(booked(tomas.id)).toHaveLength(1);
    expect(booked(priya.id)[0]?.isOnlineMeeting).toBe(true);
    await screenshot(page, 'outlook-addin-booked');
    await page.context().close();
  });

  it('opens conversation mode from the booked conversation’s meeting', async () => {
    const { browser, stack } = env;
    const page = await newTestPage(browser, stack);
    await page.goto(`${stack.outlookHostUrl}?persona=priya.raman`);
    const option = page.locator('#host-item option', {
      hasText: 'Career conversation (Tomás Hernández and Priya Raman)',
    });
    // Booked by the test before (or by an earlier run of this file's first test).
    await expect.poll(() => option.count()).toBeGreaterThan(0);
    await page.selectOption('#host-item', (await option.first().getAttribute('value')) ?? '');
    await page.waitForURL(/item=event/);
    const pane = await taskPane(page);

    await pane.getByRole('link', { name: 'Open conversation mode' }).click({ timeout: 30_000 });
    await pane.getByRole('heading', { name: /^1\. /, level: 2 }).waitFor({ timeout: 30_000 });
    await pane.getByRole('link', { name: 'Back to the task pane' }).waitFor();
    await screenshot(page, 'outlook-addin-conversation-mode');
    await page.context().close();
  });

  it('inserts the invitation wording into a new message to a report', async () => {
    const { browser, stack } = env;
    const page = await newTestPage(browser, stack);
    await page.goto(`${stack.outlookHostUrl}?persona=priya.raman&item=compose&to=tomas.hernandez`);
    const pane = await taskPane(page);

    await pane
      .getByRole('button', { name: 'Insert the invitation wording' })
      .click({ timeout: 30_000 });
    await pane.getByText('Inserted.').waitFor();
    const body = (await page.getByRole('textbox', { name: 'Message body' }).textContent()) ?? '';
    expect(body).toContain('Hi Tomás,');
    expect(body).toContain('have a proper career conversation with you');
    expect(body).toContain('Priya Raman');
    await screenshot(page, 'outlook-addin-compose');
    await page.context().close();
  });

  it('inserts the summary of the latest held conversation, in the summary mail’s words, into a new message to a report', async () => {
    const { browser, stack } = env;
    const page = await newTestPage(browser, stack);
    await page.goto(`${stack.outlookHostUrl}?persona=priya.raman&item=compose&to=isabella.rossi`);
    const pane = await taskPane(page);

    await pane.getByRole('button', { name: 'Insert the summary' }).click({ timeout: 30_000 });
    await pane.getByText('Inserted.').waitFor();
    const body = (await page.getByRole('textbox', { name: 'Message body' }).textContent()) ?? '';
    expect(body).toContain('Hi Isabella,');
    expect(body).toContain('Thank you for our conversation on');
    expect(body).toContain('Your commitments');
    expect(body).toContain('My commitments (Priya Raman)');
    expect(body).toContain(DEVELOPMENT_CONTRACT.liveDocument);
    expect(await page.locator('#host-log').textContent()).toContain(
      'body.setSelectedDataAsync (html)',
    );
    await screenshot(page, 'outlook-addin-compose-summary');
    await page.context().close();
  });

  it('offers no summary for a report with no held conversation, and says why', async () => {
    const { browser, stack } = env;
    const page = await newTestPage(browser, stack);
    await page.goto(`${stack.outlookHostUrl}?persona=priya.raman&item=compose&to=tomas.hernandez`);
    const pane = await taskPane(page);

    await pane
      .getByText('No summary to insert yet: you have not held a career conversation with Tomás.')
      .waitFor({ timeout: 30_000 });
    await pane.getByRole('button', { name: 'Insert the invitation wording' }).waitFor();
    expect(await pane.getByRole('button', { name: 'Insert the summary' }).count()).toBe(0);
    await page.context().close();
  });

  it('logs a trigger (a category, no text) beside a report’s mail, and it shows on their page in the app', async () => {
    const { browser, stack } = env;
    const page = await newTestPage(browser, stack);
    const pane = await openItem(page, stack.outlookHostUrl, 'priya.raman', TOMAS_MAIL);
    const form = pane.getByRole('form', { name: 'Log a trigger' });
    await form.waitFor({ timeout: 30_000 });
    // Categories only: nothing to write about the person.
    expect(await form.getByRole('textbox').count()).toBe(0);
    await form.getByRole('combobox').selectOption({ label: TRIGGERS['major-milestone'].label });
    await form.getByRole('button', { name: 'Log trigger' }).click();
    await form.getByText(`Logged: ${TRIGGERS['major-milestone'].label}.`).waitFor({
      timeout: 30_000,
    });
    await page.context().close();

    // Stored as the category and the date, and nothing else the manager could have typed.
    const tomasId = await personId(stack, 'Tomás Hernández');
    const rows = await triggerRowsOf(stack, tomasId);
    expect(rows.map((row) => row.trigger)).toEqual(['major-milestone']);

    // Tomás's page in the app shows it among his open triggers.
    const app = await signInAs(browser, stack, 'Priya Raman');
    await app.evaluate(
      (hash) => {
        window.location.hash = hash;
      },
      `#/reports/${encodeURIComponent(tomasId)}`,
    );
    await app
      .getByRole('navigation', { name: 'Steps for this person' })
      .getByRole('link', { name: 'Triggers and changed goals' })
      .click();
    await app
      .getByRole('list', { name: 'Open triggers' })
      .getByRole('heading', { name: TRIGGERS['major-milestone'].label })
      .waitFor({ timeout: 30_000 });
    await app.context().close();
  });

  it('says someone is not one of your reports, and offers nothing else', async () => {
    const { browser, stack } = env;
    const page = await newTestPage(browser, stack);
    // A new message to the People Partner: not Priya's report, nor her manager.
    await page.goto(`${stack.outlookHostUrl}?persona=priya.raman&item=compose&to=hannah.becker`);
    const pane = await taskPane(page);

    await pane.getByText(/^Hannah Becker is not one of your reports/).waitFor({ timeout: 30_000 });
    await settled(pane);
    const main = pane.locator('main');
    expect(await main.getByRole('button').count()).toBe(0);
    expect(await main.getByRole('link').count()).toBe(0);
    expect(await main.getByRole('heading').count()).toBe(0);
    await page.context().close();
  });

  it('shows a report their own contract beside their manager’s mail', async () => {
    const { browser, stack } = env;
    const page = await newTestPage(browser, stack);
    const pane = await openItem(page, stack.outlookHostUrl, 'liam.oconnor', PRIYA_MAIL);

    await pane.getByRole('heading', { name: 'Your development', exact: true }).waitFor({
      timeout: 30_000,
    });
    await pane.getByRole('heading', { name: 'Your development contract' }).waitFor();
    // Nothing of the manager's: no booking, no trigger.
    expect(await pane.getByRole('button', { name: 'Book the next conversation' }).count()).toBe(0);
    expect(await pane.getByText('Log a trigger').count()).toBe(0);
    await screenshot(page, 'outlook-addin-own-contract');
    await page.context().close();
  });

  it('signs in through a popup, from a click, in an Outlook without nested app auth', async () => {
    const { browser, stack } = env;
    const page = await newTestPage(browser, stack);
    await page.goto(`${stack.outlookHostUrl}?persona=priya.raman&naa=off`);
    await page.selectOption('#host-item', { label: TOMAS_MAIL });
    await page.waitForURL(/item=/);
    const pane = await taskPane(page);

    const popupOpened = page.context().waitForEvent('page');
    await pane.getByRole('button', { name: 'Sign in' }).click({ timeout: 30_000 });
    const popup = await popupOpened;
    // Outlook named the person, so the sign-in page asks for no account and closes itself.
    await popup.waitForEvent('close');
    await pane.getByRole('heading', { name: 'Tomás Hernández', level: 2 }).waitFor({
      timeout: 30_000,
    });
    expect(await page.locator('#host-log').textContent()).not.toContain('nestedAppAuth');
    await page.context().close();
  });

  it('says to open it from Outlook, and nothing else, when Office.js finds no Outlook around it', async () => {
    const { browser, stack } = env;
    const page = await newTestPage(browser, stack);
    await page.goto(`${stack.url}addin.html`);
    await page
      .getByText('Open this page from Outlook', { exact: true })
      .waitFor({ timeout: 30_000 });
    await settled(page);
    expect(await page.locator('main').getByRole('button').count()).toBe(0);
    await page.context().close();
  });

  for (const theme of ['default', 'dark'] as const) {
    it(`has no serious axe violation in the 320 px task pane (${theme})`, async () => {
      const { browser, stack } = env;
      const page = await newTestPage(browser, stack);
      await page.goto(`${stack.outlookHostUrl}?persona=priya.raman&theme=${theme}`);
      await page.selectOption('#host-item', { label: TOMAS_MAIL });
      await page.waitForURL(/item=/);
      const pane = await taskPane(page);
      await pane
        .getByRole('heading', { name: 'Tomás Hernández', level: 2 })
        .waitFor({ timeout: 30_000 });
      const width = await pane.evaluate(() => ({
        client: document.documentElement.clientWidth,
        scroll: document.documentElement.scrollWidth,
      }));
      expect(width.client).toBeLessThanOrEqual(320);
      // Nothing sideways: the pane fits Outlook's width.
      expect(width.scroll).toBeLessThanOrEqual(width.client);
      // The pane follows Outlook's theme (Office.context.officeTheme), not the browser's.
      const background = await pane
        .locator('.fui-FluentProvider')
        .first()
        .evaluate((el) =>
          getComputedStyle(el).getPropertyValue('--colorNeutralBackground2').trim(),
        );
      expect(background).toBe(theme === 'dark' ? '#242424' : '#fafafa');
      expect(await seriousAxeViolations(pane)).toEqual([]);
      await screenshot(page, `outlook-addin-pane-${theme}`);
      await page.context().close();
    });
  }
});
