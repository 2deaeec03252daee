import { expect } from 'vitest';
import { newTestContext, screenshot } from '../support/browser';
import type { JourneyStep } from './journey-context';
import { inboxMessages, tenantState, userNamed } from './tenant-records';

/** The Teams link a delivered message carries (`href="https://teams.microsoft.com/l/entity/…"`). */
function teamsLinkIn(html: string): string | undefined {
  const href = /href="(https:\/\/teams\.microsoft\.com\/l\/entity\/[^"]+)"/.exec(html)?.[1];
  return href?.replace(/&amp;/g, '&');
}

/**
 * After "close": the report opens the summary mail the manager sent, follows its "Open in Teams"
 * link, and the local Teams host opens the app's tab on that link's sub-page, signed in through
 * nested app auth: the report lands on their own contract in "My development".
 */
export const summaryLinkStep: JourneyStep = async ({ browser, stack, reportName }) => {
  const report = userNamed(await tenantState(stack), reportName);
  const messages = await inboxMessages(stack, report.mail ?? '');
  const summary = messages.find((m) => m.subject.includes('Our development contract'));
  const link = teamsLinkIn(summary?.body?.content ?? '');
  expect(link, 'the summary mail carries a Teams link').toBeDefined();

  const context = await newTestContext(browser, stack);
  const page = await context.newPage();
  // The persona by directory id: the host signs in whoever the tenant knows by it.
  await page.goto(
    `${stack.teamsHostUrl}?persona=${report.id}&link=${encodeURIComponent(link ?? '')}`,
  );
  const frame = await (await page.waitForSelector('#app-frame')).contentFrame();
  if (!frame) throw new Error('The host has no tab frame.');
  await frame
    .getByRole('heading', { level: 1, name: 'My development' })
    .waitFor({ timeout: 30_000 });
  await frame.getByRole('region', { name: 'Your development contract' }).waitFor();
  await screenshot(page, 'teams-host-summary-link');
  await context.close();
};
