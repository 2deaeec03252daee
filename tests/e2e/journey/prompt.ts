import { expect } from 'vitest';
import { REFLECTION_PROMPT, scriptById } from '../../../src/domain';
import type { Stack } from '../../../scripts/stack/start-stack';
import { checkBothThemes } from '../support/browser';
import type { JourneyContext, JourneyStep } from './journey-context';
import { inboxSubjects, openStep, tenantState, userNamed } from './tenant-records';

export const PROMPT_SUBJECT = 'Something to think about before our career conversation';

async function mailOf(stack: Stack, name: string): Promise<string> {
  const mail = userNamed(await tenantState(stack), name).mail;
  if (!mail) throw new Error(`${name} has no mailbox.`);
  return mail;
}

/** The report's queued prompt as the career API recorded it (its SharePoint row). */
async function recordedDeliverAt(stack: Stack, reportId: string): Promise<string[]> {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const row = value as Record<string, unknown>;
      const mine = row.reportId === reportId && row.promptChannel === 'mail';
      if (mine && typeof row.promptDeliverAt === 'string') {
        found.push(row.promptDeliverAt);
      }
      Object.values(row).forEach(walk);
    }
  };
  walk((await tenantState(stack)).features);
  return found;
}

async function setClock(stack: Stack, body: Record<string, unknown>): Promise<string> {
  const response = await fetch(new URL('/_local/clock', stack.tenant.listenUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return ((await response.json()) as { now: string }).now;
}

/**
 * Reflection prompt, after booking: the playbook's prompt queued by mail with deferred delivery.
 * Nothing reaches the report's inbox until the tenant clock passes the planned time; then it has
 * arrived. The clock is then set back, because the browser and the career API keep real time
 * and the later steps run "today".
 */
export const promptStep: JourneyStep = async ({
  page,
  stack,
  reportId,
  reportName,
}: JourneyContext) => {
  await openStep(page, stack, reportId, reportName, 'Reflection prompt');
  await page
    .getByRole('heading', { level: 1, name: `Reflection prompt: ${reportName}` })
    .waitFor({ timeout: 30_000 });
  await page
    .getByRole('heading', { level: 2, name: REFLECTION_PROMPT.title.replace(/:$/, '') })
    .waitFor();
  const wording = page.getByLabel(`What you send ${reportName}`);
  await expect
    .poll(() => wording.inputValue(), { timeout: 20_000 })
    .toBe(scriptById('reflection-prompt').text);
  await page.getByRole('radio', { name: /^By mail, delivered / }).check();
  await page.getByText(PROMPT_SUBJECT, { exact: true }).waitFor();
  await checkBothThemes(page, 'prompt');

  const reportMail = await mailOf(stack, reportName);
  await page.getByRole('button', { name: /^Queue the mail for / }).click();
  await page.getByText('Queued by mail').waitFor({ timeout: 30_000 });
  await page.getByText(new RegExp(`^Will arrive .* in ${reportName}’s mailbox`)).waitFor();

  // Held by the mail server: not in the inbox yet.
  const [deliverAt] = await recordedDeliverAt(stack, reportId);
  if (!deliverAt) throw new Error('The queued prompt was not recorded on the conversation.');
  expect(await inboxSubjects(stack, reportMail)).not.toContain(PROMPT_SUBJECT);

  // Let the screen's refresh finish first: the API's own calls must not straddle the time jump.
  await page.waitForLoadState('networkidle');
  // A minute before the delivery time it is still held; a minute after, it has arrived, once.
  const realNow = await setClock(stack, {});
  const at = (offsetMs: number) => new Date(Date.parse(deliverAt) + offsetMs).toISOString();
  try {
    await setClock(stack, { now: at(-60_000) });
    expect(await inboxSubjects(stack, reportMail)).not.toContain(PROMPT_SUBJECT);
    await setClock(stack, { now: at(60_000) });
    const arrived = await inboxSubjects(stack, reportMail);
    expect(arrived.filter((s) => s === PROMPT_SUBJECT)).toHaveLength(1);
  } finally {
    await setClock(stack, { now: realNow });
  }
};
