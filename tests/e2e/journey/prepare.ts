import { expect } from 'vitest';
import { BEFORE_YOU_START, DO_NOT_PREPARE } from '../../../src/domain';
import { checkBothThemes } from '../support/browser';
import { personId } from '../support/session';
import type { JourneyStep } from './journey-context';
import { everythingButOneDrive, openStep, privateNoteFile, savedStatus } from './tenant-records';

/**
 * Private preparation: the playbook's six questions and warnings, and notes that autosave to the
 * manager's own OneDrive app folder, survive a reload, and reach no shared record.
 */
export const prepareStep: JourneyStep = async ({
  page,
  stack,
  managerName,
  reportName,
  reportId,
}) => {
  await openStep(page, stack, reportId, reportName, 'Prepare');
  await page.getByRole('heading', { level: 1, name: `Prepare: ${reportName}` }).waitFor();
  for (const q of BEFORE_YOU_START.questions)
    await page.getByText(q.text, { exact: true }).waitFor();
  for (const item of DO_NOT_PREPARE.items)
    await page.getByText(item.text, { exact: true }).waitFor();
  await page
    .getByText(
      'Only you can read these notes. They are stored in your OneDrive, not in the shared contract.',
    )
    .waitFor();

  const notes = page.getByLabel('Private preparation notes');
  await expect.poll(() => notes.isEnabled(), { timeout: 20_000 }).toBe(true);
  const canary = `prep-canary-${String(Date.now())}`;
  await notes.fill(`Cares about cross-team design work. Open roles on Platform? ${canary}`);
  await savedStatus(page).waitFor({ timeout: 20_000 });

  await page.reload();
  await page.getByRole('heading', { level: 1, name: `Prepare: ${reportName}` }).waitFor();
  await expect.poll(() => notes.inputValue(), { timeout: 20_000 }).toContain(canary);

  // In the manager's own app folder, and nowhere else the tenant keeps data.
  const file = await privateNoteFile(
    stack,
    await personId(stack, managerName),
    `prep-${reportId}.json`,
  );
  expect(file).toContain(canary);
  expect(await everythingButOneDrive(stack)).not.toContain(canary);

  await checkBothThemes(page, 'prepare');
};
