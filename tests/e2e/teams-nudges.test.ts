import { randomUUID } from 'node:crypto';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectCareerSite } from '../../scripts/stack/seed-demo-history';
import { Temporal, type ConversationRecord } from '../../src/domain';
import type { LocalTenant } from '../../src/local-tenant';
import { notificationsFor } from '../../src/local-tenant/graph/teamwork/teamwork-state';
import { newTestContext, screenshot } from './support/browser';
import { signInAs } from './support/session';
import { useTestStack } from './support/stack';

const MANAGER = 'Priya Raman';
const REPORT = 'Tomás Hernández';

function userId(tenant: LocalTenant, displayName: string): string {
  const user = tenant.state.state.users.find((u) => u.displayName === displayName);
  if (!user) throw new Error(`No demo person named ${displayName}.`);
  return user.id;
}

/**
 * Before the API (and so its nudge job) starts: Priya held Tomás's conversation 44½ hours ago and
 * has not sent the summary, so it is due in under 4 hours. Written as the API writes it.
 */
async function heldWithSummaryDueIn4Hours(tenant: LocalTenant): Promise<void> {
  const now = Temporal.Instant.fromEpochMilliseconds(tenant.clock.epochMs());
  const at = (minutesAgo: number): string =>
    now.subtract({ minutes: minutesAgo }).round('second').toString();
  const site = await connectCareerSite(tenant, { provision: false });
  const id = randomUUID();
  const conversation: ConversationRecord = {
    id,
    reportId: userId(tenant, REPORT),
    managerId: userId(tenant, MANAGER),
    kind: 'full',
    state: 'held',
    event: {
      eventId: `e2e-${id}`,
      title: `Career conversation (${REPORT} and ${MANAGER})`,
      start: at(44 * 60 + 90),
      end: at(44 * 60 + 30),
    },
    rescheduleCount: 0,
    heldAt: at(44 * 60 + 30),
    phasesReached: ['where-now', 'where-to-go', 'close-the-gap'],
    aspirationRecorded: true,
    sharedNotes: 'Tomás wants to lead the queue migration.',
    manualTicks: [],
  };
  await site.stores.conversations.create(conversation);
}

async function tabFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#app-frame')).contentFrame();
  if (!frame) throw new Error('The host has no tab frame.');
  return frame;
}

describe('nudges in Teams (career API job, local tenant, local Teams host, built app)', () => {
  const env = useTestStack({ beforeApi: heldWithSummaryDueIn4Hours });

  it('puts "summary due in 4 hours" in Priya’s activity feed, and the item opens the close step for Tomás', async () => {
    const { browser, stack } = env;
    const priya = userId(stack.tenant, MANAGER);
    // The job runs once the API is up; wait for its notification, not for a fixed time.
    await expect
      .poll(() => notificationsFor(stack.tenant.ctx, priya).map((n) => n.activityType), {
        timeout: 60_000,
      })
      .toContain('summaryDue');
    const [nudge] = notificationsFor(stack.tenant.ctx, priya);
    expect(nudge?.text).toBe('Summary for Tomás due in 4 hours');
    expect(nudge?.previewText).not.toContain('migration');
    // One nudge a day: nothing else reached Priya's feed today.
    expect(notificationsFor(stack.tenant.ctx, priya)).toHaveLength(1);

    const context = await newTestContext(browser, stack);
    const page = await context.newPage();
    await page.goto(`${stack.teamsHostUrl}?persona=priya.raman`);
    const feed = page.getByRole('region', { name: 'Activity' });
    const item = feed.getByRole('link', { name: 'Summary for Tomás due in 4 hours' });
    await item.waitFor();
    await screenshot(page, 'teams-nudge-feed');
    await item.click();
    await page.waitForURL(/link=/);
    const tab = await tabFrame(page);
    await tab
      .getByRole('heading', { level: 1, name: `Close and follow through: ${REPORT}` })
      .waitFor({ timeout: 30_000 });
    await tab.getByRole('heading', { level: 2, name: 'Send the written summary' }).waitFor();
    await screenshot(page, 'teams-nudge-opens-close-step');
    await context.close();
  });

  it('lets Tomás switch a kind of reminder off himself, in My development, and it stays off', async () => {
    const { browser, stack } = env;
    const page = await signInAs(browser, stack, REPORT);
    const section = page.getByRole('region', { name: 'Reminders in Teams' });
    const newVersion = section.getByRole('switch', {
      name: 'A new version of the development contract is there to read.',
    });
    await newVersion.waitFor({ timeout: 30_000 });
    expect(await newVersion.isChecked()).toBe(true);
    await newVersion.click();
    await expect.poll(() => newVersion.isChecked()).toBe(false);
    await page.reload();
    await newVersion.waitFor({ timeout: 30_000 });
    expect(await newVersion.isChecked()).toBe(false);
    await screenshot(page, 'teams-nudge-switches');
    await page.context().close();
  });

  it('lets Elena, who has no manager and so no My development, switch "summary due" off from her team overview, and it stays off', async () => {
    const { browser, stack } = env;
    const page = await signInAs(browser, stack, 'Elena Vásquez');
    const summaryDue = async () => {
      await page.getByRole('heading', { level: 1, name: 'Your team' }).waitFor({ timeout: 30_000 });
      const open = page.getByRole('button', { name: 'Reminders in Teams' });
      if ((await open.getAttribute('aria-expanded')) !== 'true') await open.click();
      const section = page.getByRole('region', { name: 'Reminders in Teams' });
      const toggle = section.getByRole('switch', {
        name: 'The written summary of a career conversation is due within 24 or 4 hours.',
      });
      await toggle.waitFor({ timeout: 30_000 });
      return toggle;
    };
    const before = await summaryDue();
    expect(await before.isChecked()).toBe(true);
    await before.click();
    await expect.poll(() => before.isChecked()).toBe(false);
    await page.reload();
    expect(await (await summaryDue()).isChecked()).toBe(false);
    await screenshot(page, 'teams-nudge-switches-team-overview');
    await page.context().close();
  });
});
