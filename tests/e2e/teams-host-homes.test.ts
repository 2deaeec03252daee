import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appLinksFor } from '../../src/domain/messages/deep-link';
import { LOCAL_TEAMS_APP_ID } from '../../src/local-tenant/teams-host/host-config';
import { newTestContext, screenshot, seriousAxeViolations } from './support/browser';
import { personId } from './support/session';
import { useTestStack } from './support/stack';

async function tabFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#app-frame')).contentFrame();
  if (!frame) throw new Error('The host has no tab frame.');
  return frame;
}

describe('each role’s home, and a deep link, inside the local Teams host (Chromium, nested app auth)', () => {
  const env = useTestStack();

  const openHost = async (query: string): Promise<{ page: Page; tab: Frame }> => {
    const context = await newTestContext(env.browser, env.stack);
    const page = await context.newPage();
    await page.goto(`${env.stack.teamsHostUrl}?${query}`);
    return { page, tab: await tabFrame(page) };
  };

  it('signs a report in to “My development” and an HR admin in to the HR console', async () => {
    const report = await openHost('persona=yuki.nakamura');
    await report.tab
      .getByRole('heading', { name: /My development/, level: 1 })
      .waitFor({ timeout: 30_000 });
    expect(await seriousAxeViolations(report.tab)).toEqual([]);
    await screenshot(report.page, 'teams-host-my-development');
    await report.page.context().close();

    const hr = await openHost('persona=fatima.alsayed');
    await hr.tab
      .getByRole('heading', { name: /HR console/, level: 1 })
      .waitFor({ timeout: 30_000 });
    expect(await seriousAxeViolations(hr.tab)).toEqual([]);
    await screenshot(hr.page, 'teams-host-hr-console');
    await hr.page.context().close();
  });

  it('shows My development and the HR console in the host’s contrast theme with no serious axe finding', async () => {
    const report = await openHost('persona=yuki.nakamura&theme=contrast');
    await report.tab
      .getByRole('heading', { name: /My development/, level: 1 })
      .waitFor({ timeout: 30_000 });
    expect(await seriousAxeViolations(report.tab)).toEqual([]);
    await screenshot(report.page, 'teams-host-my-development-contrast');
    await report.page.context().close();

    const hr = await openHost('persona=fatima.alsayed&theme=contrast');
    await hr.tab
      .getByRole('heading', { name: /HR console/, level: 1 })
      .waitFor({ timeout: 30_000 });
    expect(await seriousAxeViolations(hr.tab)).toEqual([]);
    await screenshot(hr.page, 'teams-host-hr-console-contrast');
    await hr.page.context().close();
  });

  it('shows the team overview in the host’s time zone and date style, not the browser’s', async () => {
    // The browser runs in en-GB, Europe/London; Daniel's Teams says en-US, America/New_York.
    const daniel = await openHost('persona=daniel.kim');
    await daniel.tab
      .getByText('Dates are in New York time.', { exact: false })
      .waitFor({ timeout: 30_000 });
    await daniel.tab.getByText('Last conversation').first().waitFor({ timeout: 30_000 });
    const us = await daniel.tab.locator('main').innerText();
    expect(us).toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}\b/);
    expect(us).not.toMatch(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/);
    await daniel.page.context().close();

    const priya = await openHost('persona=priya.raman');
    await priya.tab
      .getByText('Dates are in London time.', { exact: false })
      .waitFor({ timeout: 30_000 });
    await priya.tab.getByText('Last conversation').first().waitFor({ timeout: 30_000 });
    const gb = await priya.tab.locator('main').innerText();
    expect(gb).toMatch(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/);
    expect(gb).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}\b/);
    await priya.page.context().close();
  });

  it('opens the report’s contract from the Teams link a mail carries', async () => {
    const tomas = await personId(env.stack, 'Tomás Hernández');
    // The link the product puts in its mails, for this app id (config.json's teamsAppId).
    const { teams } = appLinksFor(
      { appUrl: env.stack.url, teams: { appId: LOCAL_TEAMS_APP_ID, entityId: 'career-home' } },
      { page: 'contract', reportId: tomas },
    );
    if (teams === undefined) throw new Error('No Teams link was built.');
    const subEntityId = (
      JSON.parse(new URL(teams).searchParams.get('context') ?? '{}') as { subEntityId?: string }
    ).subEntityId;
    expect(subEntityId).toBe(`contract/${tomas}`);

    // Teams opens the tab with the link's subEntityId as page.subPageId.
    const { page, tab } = await openHost(
      `persona=priya.raman&subPageId=${encodeURIComponent(subEntityId ?? '')}`,
    );
    await tab
      .getByRole('heading', { level: 1, name: 'Development contract: Tomás Hernández' })
      .waitFor({ timeout: 30_000 });
    await page.context().close();
  });
});
