import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { REFLECTION_PROMPT, scriptById } from '../../../src/domain';
import type { Stack } from '../../../scripts/stack/start-stack';
import { screenshotPath, seriousAxeViolations } from '../support/browser';
import type { JourneyContext, JourneyStep } from './journey-context';
import { tenantCalendar, userNamed } from './book';
import { openStep, tenantState } from './tenant-records';

export const PROMPT_SUBJECT = 'Something to think about before our career conversation';

/** Subjects in someone's inbox (the tenant's loopback control; it delivers what is due first). */
export async function inbox(stack: Stack, mail: string): Promise<string[]> {
  const url = new URL(`/_local/mailboxes/${encodeURIComponent(mail)}`, stack.tenant.listenUrl);
  url.searchParams.set('folder', 'inbox');
  const body = (await (await fetch(url)).json()) as { messages?: { subject: string }[] };
  return (body.messages ?? []).map((m) => m.subject);
}

async function mailOf(stack: Stack, name: string): Promise<string> {
  const mail = userNamed(await tenantCalendar(stack), name).mail;
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

async function screenshots(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath('prompt-light'), fullPage: true });
  await page.getByLabel('Theme').selectOption('dark');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath('prompt-dark'), fullPage: true });
  await page.getByLabel('Theme').selectOption('light');
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
  await screenshots(page);

  const reportMail = await mailOf(stack, reportName);
  await page.getByRole('button', { name: /^Queue the mail for / }).click();
  await page.getByText('Queued by mail').waitFor({ timeout: 30_000 });
  await page.getByText(new RegExp(`^Will arrive .* in ${reportName}’s mailbox`)).waitFor();

  // Held by the mail server: not in the inbox yet.
  const [deliverAt] = await recordedDeliverAt(stack, reportId);
  if (!deliverAt) throw new Error('The queued prompt was not recorded on the conversation.');
  expect(await inbox(stack, reportMail)).not.toContain(PROMPT_SUBJECT);

  // Let the screen's refresh finish first: the API's own calls must not straddle the time jump.
  await page.waitForLoadState('networkidle');
  // A minute before the delivery time it is still held; a minute after, it has arrived, once.
  const realNow = await setClock(stack, {});
  const at = (offsetMs: number) => new Date(Date.parse(deliverAt) + offsetMs).toISOString();
  try {
    await setClock(stack, { now: at(-60_000) });
    expect(await inbox(stack, reportMail)).not.toContain(PROMPT_SUBJECT);
    await setClock(stack, { now: at(60_000) });
    const arrived = await inbox(stack, reportMail);
    expect(arrived.filter((s) => s === PROMPT_SUBJECT)).toHaveLength(1);
  } finally {
    await setClock(stack, { now: realNow });
  }
};
