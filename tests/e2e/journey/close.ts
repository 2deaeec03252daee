import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { checkBothThemes } from '../support/browser';
import type { JourneyStep } from './journey-context';
import { inboxSubjects, stepLink, tenantState, userNamed } from './tenant-records';

export const checklistItem = (page: Page, id: string) =>
  page.locator(`[data-checklist-item="${id}"]`);

export const SUMMARY_OPENING = 'Thank you for today. Here is what we agreed, in writing.';

/**
 * Step "close" of the manager's journey, after the contract: the summary previewed with the
 * manager's own opening and mailed to the report (it arrives in their inbox), each of the
 * manager's commitments put in their calendar (the last one in To Do when there are several),
 * the next conversation booked as a Teams meeting in both calendars, and the after-checklist
 * ticking itself from all of it.
 */
export const closeStep: JourneyStep = async ({ page, stack, reportName, managerName }) => {
  await stepLink(page, 'Close and follow through').click();
  await page
    .getByRole('heading', { level: 1, name: `Close and follow through: ${reportName}` })
    .waitFor({ timeout: 30_000 });
  await page.getByRole('heading', { level: 2, name: 'Send the written summary' }).waitFor();

  // The conversation step may leave it booked; it has happened, so it is marked held here.
  const markHeld = page.getByRole('button', { name: 'Mark it as held' });
  if (await markHeld.isVisible()) {
    await markHeld.click();
    await markHeld.waitFor({ state: 'detached', timeout: 30_000 });
  }

  // 1. The summary: countdown, an opening in the manager's words, the preview, then the mail.
  await page.getByText(/The playbook asks for it within 48 hours: due in \d+ h/).waitFor();
  await page.getByLabel('Opening paragraph').fill(SUMMARY_OPENING);
  const preview = page.getByRole('region', { name: 'Preview of the summary mail' });
  await preview.getByText(SUMMARY_OPENING).waitFor();
  await page.getByRole('button', { name: `Send the summary to ${reportName}` }).click();
  await page.getByText(new RegExp(`^Sent .* to ${reportName}\\.`)).waitFor({ timeout: 30_000 });
  await checklistItem(page, 'sent-summary-48h').getByText('Done', { exact: true }).waitFor();

  const state = await tenantState(stack);
  const report = userNamed(state, reportName);
  const manager = userNamed(state, managerName);
  expect(await inboxSubjects(stack, report.mail ?? '')).toContainEqual(
    expect.stringContaining('Our development contract'),
  );

  // 2. The manager's commitments, in their calendar (the last of several in To Do).
  const commitments = page.getByRole('list', { name: 'Your commitments, in your calendar' });
  const items = commitments.getByRole('listitem');
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  const titles = await items.locator('[id^="commitment-"]').allTextContents();
  if (count > 1) {
    await items.last().getByRole('radio', { name: 'To Do task' }).check();
    await page.getByRole('button', { name: `Schedule all ${String(count)}` }).click();
  } else {
    await items.first().getByRole('button', { name: 'Block the time' }).click();
  }
  await page
    .getByText(new RegExp(`^Scheduled ${String(count)} commitment`))
    .waitFor({ timeout: 30_000 });
  await checklistItem(page, 'own-commitments-in-calendar')
    .getByText('Done', { exact: true })
    .waitFor();

  const afterScheduling = await tenantState(stack);
  const blocks = (afterScheduling.features.calendar?.events ?? []).filter(
    (e) => e.ownerId === manager.id && titles.some((t) => e.subject.startsWith(t)),
  );
  const tasks = (afterScheduling.features.todo?.lists ?? [])
    .filter((l) => l.ownerId === manager.id)
    .flatMap((l) => l.tasks)
    .filter((t) => titles.includes(t.title));
  expect(blocks.length + tasks.length).toBe(count);
  for (const block of blocks) {
    expect(block.showAs).toBe('busy');
    expect(block.attendees).toEqual([]);
  }
  if (count > 1) expect(tasks).toHaveLength(1);

  // 3. The next conversation: a Teams meeting in both calendars, recurring quarterly. Marked
  // held in the app, the series has already put next quarter's occurrence on record, so Close has
  // nothing left to book; held otherwise (a record from before), the manager books it here, and
  // the series' occurrence is recorded as it is or a new recurring meeting is booked.
  const book = page.getByRole('button', { name: 'Book the next conversation' });
  const booked = page.getByText(/^Booked for /);
  await booked.or(book).first().waitFor({ timeout: 30_000 });
  if ((await book.count()) > 0) {
    await book.click();
    await booked.waitFor({ timeout: 30_000 });
    // The refreshed record can show "Booked for" a moment before the booking's own answer says
    // how it was booked: wait for that sentence, whichever it is, before reading the calendars.
    await page
      .getByText(
        /It was already booked\.|Your quarterly series already held it|Booked as a Teams meeting in both calendars/,
      )
      .waitFor();
  }
  await checklistItem(page, 'booked-next').getByText('Done', { exact: true }).waitFor();
  expect(await book.count()).toBe(0);
  const afterBooking = await tenantState(stack);
  const meetings = (afterBooking.features.calendar?.events ?? []).filter(
    (e) => e.isOnlineMeeting && e.recurrence !== null,
  );
  const organised = meetings.filter(
    (e) =>
      e.ownerId === manager.id &&
      e.attendees.some((a) => a.address.toLowerCase() === report.mail?.toLowerCase()),
  );
  expect(organised.length).toBeGreaterThan(0);
  expect(meetings.some((e) => e.ownerId === report.id)).toBe(true);

  await checkBothThemes(page, 'close');
};
