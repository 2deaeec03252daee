import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { scriptById } from '../../../src/domain';
import type { Stack } from '../../../scripts/stack/start-stack';
import { checkBothThemes } from '../support/browser';
import type { JourneyStep } from './journey-context';
import { openStep, tenantState, userNamed, type StoredEvent } from './tenant-records';

/**
 * The career-conversation meetings in someone's own calendar (their copy of each); with
 * `cancelled`, the copies an attendee keeps of cancelled ones ("Canceled: ...") instead.
 */
export async function careerEventsOf(
  stack: Stack,
  name: string,
  options: { cancelled?: boolean } = {},
): Promise<StoredEvent[]> {
  const state = await tenantState(stack);
  const owner = userNamed(state, name);
  const prefix = options.cancelled === true ? 'Canceled: ' : '';
  return (state.features.calendar?.events ?? [])
    .filter((e) => e.ownerId === owner.id && e.subject.startsWith(`${prefix}Career conversation`))
    .sort((a, b) => a.startUtc.localeCompare(b.startUtc));
}

export async function openBooking(page: Page, stack: Stack, reportId: string, reportName: string) {
  await openStep(page, stack, reportId, reportName, 'Invite and book');
  await page
    .getByRole('heading', { level: 1, name: `Invite and book: ${reportName}` })
    .waitFor({ timeout: 30_000 });
}

/**
 * Invite and book, for a report with nothing booked: the playbook's invitation, three sessions
 * from the first free-time proposal, booked as Teams meetings that land in both calendars, the
 * first recurring quarterly, and the screen then shows what is booked.
 */
export const bookStep: JourneyStep = async ({ page, stack, reportId, reportName, managerName }) => {
  await openBooking(page, stack, reportId, reportName);
  const invitation = page.getByLabel(`What you say to ${reportName}`);
  await expect.poll(() => invitation.inputValue()).toBe(scriptById('invitation').text);
  await page.getByRole('radio', { name: /^Three sessions/ }).check();

  await page.getByRole('radio', { name: /^Option 1/ }).click({ timeout: 30_000 });
  await page.getByText('Ready to book 3 sessions.').waitFor();
  await checkBothThemes(page, 'book');

  await page.getByRole('button', { name: 'Book 3 sessions and send the invitation' }).click();
  await page
    .getByRole('heading', { level: 2, name: 'What is booked' })
    .waitFor({ timeout: 30_000 });
  await page.getByText(/^Booked: 3 sessions are in your calendar/).waitFor();
  const booked = page.getByRole('list', { name: 'Booked sessions' });
  await expect
    .poll(() => booked.getByRole('link', { name: /^Teams meeting link/ }).count(), {
      timeout: 20_000,
    })
    .toBe(3);

  // In both calendars, as Teams meetings; every session recurs every three months.
  const state = await tenantState(stack);
  const reportMail = userNamed(state, reportName).mail ?? '';
  for (const name of [managerName, reportName]) {
    const events = await careerEventsOf(stack, name);
    expect(events.map((e) => e.subject)).toEqual([
      `Career conversation: ${managerName} and ${reportName} (1 of 3: Where are you now?)`,
      `Career conversation: ${managerName} and ${reportName} (2 of 3: Where do you want to go?)`,
      `Career conversation: ${managerName} and ${reportName} (3 of 3: How do we close the gap?)`,
    ]);
    for (const event of events) {
      expect(event.isOnlineMeeting).toBe(true);
      expect(event.joinUrl).toMatch(/^https:\/\//);
      expect(event.attendees.map((a) => a.address.toLowerCase())).toContain(
        reportMail.toLowerCase(),
      );
    }
    for (const event of events) {
      expect(event.recurrence?.pattern.interval).toBe(3);
      expect(event.recurrence?.pattern.type).toMatch(/^(relative|absolute)Monthly$/);
    }
  }
};
