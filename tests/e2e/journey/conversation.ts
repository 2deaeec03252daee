import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Stack } from '../../../scripts/stack/start-stack';
import { phaseById, type PhaseId } from '../../../src/domain';
import { checkBothThemes } from '../support/browser';
import type { JourneyStep } from './journey-context';
import { conversationRowsWith, openStep, savedStatus } from './tenant-records';

export const notesField = (page: Page | Frame, phase: PhaseId) =>
  page.getByLabel(`Shared notes: ${phaseById(phase).title}`);

export async function phaseShown(page: Page, phase: PhaseId): Promise<void> {
  const { number, title } = phaseById(phase);
  await page.getByRole('heading', { level: 2, name: `${String(number)}. ${title}` }).waitFor();
  await expect.poll(() => notesField(page, phase).isEnabled(), { timeout: 20_000 }).toBe(true);
}

/** Types into a phase's notes (after what is there) and waits until the record has them. */
export async function typeNotes(page: Page | Frame, phase: PhaseId, text: string): Promise<void> {
  const field = notesField(page, phase);
  const before = await field.inputValue();
  await field.fill(before ? `${before}\n${text}` : text);
  await savedStatus(page).waitFor({ timeout: 20_000 });
}

/**
 * Marks the conversation held, then reads its record back by a marker in its shared notes: held,
 * with the aspiration recorded. Returns the record's row for further checks. Before its booked
 * first session the app asks first ("Held before it was due?"), and it is confirmed.
 */
export async function markHeld(
  page: Page,
  stack: Stack,
  marker: string,
): Promise<Record<string, unknown> | undefined> {
  await page.getByRole('button', { name: 'Mark held' }).click();
  const early = page.getByRole('alertdialog', { name: 'Held before it was due?' });
  const held = page.getByRole('region', { name: 'End of the conversation' }).getByText(/^Held/);
  await early.or(held).waitFor({ timeout: 20_000 });
  if (await early.isVisible())
    await early.getByRole('button', { name: 'Yes, it was held' }).click();
  await held.waitFor({ timeout: 20_000 });
  const [row] = await conversationRowsWith(stack, marker);
  expect(row?.state).toBe('held');
  expect(row?.aspirationRecorded).toBe(true);
  return row;
}

/**
 * Conversation mode for the journey's booked conversation: the three phases with shared notes,
 * a reload in the middle of phase 2 (what was typed is still there and reaches the record), the
 * record marked held with every phase reached and the aspiration written down.
 */
export const conversationStep: JourneyStep = async ({ page, stack, reportName, reportId }) => {
  const stamp = String(Date.now());
  await openStep(page, stack, reportId, reportName, 'Conversation');
  await page.getByRole('heading', { level: 1, name: `Conversation: ${reportName}` }).waitFor();
  await phaseShown(page, 'where-now');
  // The timer is kept per conversation on this device: it may already be running.
  const start = page
    .getByRole('group', { name: 'Conversation timer' })
    .getByRole('button', { name: 'Start', exact: true });
  if (await start.isVisible()) await start.click();
  await typeNotes(page, 'where-now', `Best work: untangling on-call. ${stamp}-now`);

  await page.getByRole('link', { name: /^Next: 2\./ }).click();
  await phaseShown(page, 'where-to-go');
  await notesField(page, 'where-to-go').fill(`Wants to lead the platform migration. ${stamp}-go`);
  await page.reload(); // mid-phase, before the pause that sends it
  await phaseShown(page, 'where-to-go');
  await expect.poll(() => notesField(page, 'where-to-go').inputValue()).toContain(`${stamp}-go`);
  await expect
    .poll(async () => (await conversationRowsWith(stack, `${stamp}-go`)).length, {
      timeout: 20_000,
    })
    .toBe(1);

  await page.getByRole('link', { name: /^Next: 3\./ }).click();
  await phaseShown(page, 'close-the-gap');
  await typeNotes(page, 'close-the-gap', `Pair on the migration plan. ${stamp}-gap`);

  await checkBothThemes(page, 'conversation-close-the-gap');

  const row = await markHeld(page, stack, `${stamp}-gap`);
  expect(row?.phasesReached).toBe('where-now;where-to-go;close-the-gap');
  for (const part of ['now', 'go', 'gap'])
    expect(String(row?.sharedNotes)).toContain(`${stamp}-${part}`);
};
