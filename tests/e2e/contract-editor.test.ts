import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contractStep, HONEST, PROMISE } from './journey/contract';
import { startJourney } from './journey/journey-context';
import { openStep } from './journey/tenant-records';
import { settled, TEST_VIEWPORT } from './support/browser';
import { signInAs } from './support/session';
import { useTestStack } from './support/stack';
import { isoDateIn } from './support/tenant-time';

const IN_GIFT = 'I chair the promotion panel for this level and its decision is mine';

/** Wholly inside the viewport: where the person is looking, without scrolling. */
async function expectInView(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  const viewport = page.viewportSize() ?? TEST_VIEWPORT;
  expect(box).not.toBeNull();
  if (box === null) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

interface ApiReply {
  status: number;
  etag: string | null;
  json: Record<string, unknown>;
}

/**
 * The career API as the signed-in manager calls it: the app's own bearer token (taken from a
 * request it makes) on a same-origin fetch from the page.
 */
async function managerApi(page: Page) {
  const request = page.waitForRequest(
    (r) => r.url().includes('/api/') && r.headers().authorization !== undefined,
  );
  await page.reload();
  const authorization = (await request).headers().authorization ?? '';
  return (method: string, path: string, init: { body?: unknown; ifMatch?: string } = {}) =>
    page.evaluate(
      async ({ method, path, authorization, body, ifMatch }): Promise<ApiReply> => {
        const response = await fetch(path, {
          method,
          headers: {
            authorization,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        const text = await response.text();
        return {
          status: response.status,
          etag: response.headers.get('etag'),
          json: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
        };
      },
      { method, path, authorization, body: init.body, ifMatch: init.ifMatch },
    );
}

describe('the development contract editor (built app, career API, local tenant)', () => {
  const env = useTestStack();

  it('builds Tomás’s first contract from quick starts, fixes a promise, survives a reload and saves version 1', async () => {
    const ctx = await startJourney(env, 'Priya Raman', 'Tomás Hernández');
    const { page, stack, reportId } = ctx;
    await page.goto(`${stack.url}#/reports/${encodeURIComponent(reportId)}`);

    await contractStep(ctx);

    // Read back from the API after a reload: the agreed version, no leftover draft.
    await page.reload();
    await page.getByRole('heading', { name: 'Agree version 2' }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(/Restored your unsaved draft/).count()).toBe(0);
    expect(await page.getByLabel('Your commitment 1: what, specifically').inputValue()).toBe(
      HONEST,
    );
    // A revision needs a reason and a note: the domain's rule is shown before saving.
    await page.getByRole('button', { name: 'Save version 2' }).click();
    await page
      .getByRole('list', { name: 'Before you save' })
      .getByText(/Add a short note on what changed and why/)
      .waitFor();
    await page.close();
  });

  it('will not agree a promise until it is rephrased or stated in the manager’s gift; the report reads the statement; the saved confirmation is in view', async () => {
    const ctx = await startJourney(env, 'Priya Raman', "Liam O'Connor");
    const { page, stack, reportId, reportName } = ctx;
    await openStep(page, stack, reportId, reportName, 'Contract');
    const heading = page.getByRole('heading', { name: /^Agree version \d+$/ });
    await heading.waitFor({ timeout: 30_000 });
    const next = Number((await heading.innerText()).replace(/\D+/g, ''));

    // "Add: Something else", typed as a promise the lint flags.
    await page.getByRole('button', { name: /^Add: Something else/ }).click();
    const mine = page.getByRole('group', { name: /^Your commitment \d+$/ }).last();
    const name = (await mine.getAttribute('aria-label')) ?? '';
    await mine.getByLabel(`${name}: what, specifically`).fill(PROMISE);
    await mine.getByLabel(`${name}: by`).fill(isoDateIn(stack, 30));
    await page.getByLabel('What changed and why').fill('Added what I will do for Liam');
    await mine.getByText('A promise you may not be able to keep').waitFor();
    // The finding is shown once, beside the wording, not again under the field.
    expect(await mine.getByText('A promise you may not be able to keep').count()).toBe(1);
    expect(await mine.getByText(/Rephrase it, or say why it is in your own gift/).count()).toBe(0);

    // Not ready to agree: saving is refused on the screen, and nothing is saved.
    const before = page.getByRole('list', { name: 'Before you save' });
    await before.getByText(`“${PROMISE}”`, { exact: false }).waitFor();
    expect(await page.getByText(/^Ready to agree/).count()).toBe(0);
    await page.getByRole('button', { name: `Save version ${String(next)}` }).click();
    await settled(page);
    expect(await page.getByText(`Version ${String(next)} saved.`).count()).toBe(0);

    // Stated as in the manager's own gift, it can be agreed.
    await mine.getByLabel(`${name}: why this is in your own gift`).fill(IN_GIFT);
    await page.getByText(/^Ready to agree/).waitFor();
    await page.getByRole('button', { name: `Save version ${String(next)}` }).click();
    const saved = page.getByRole('status').getByText(`Version ${String(next)} saved.`);
    await saved.waitFor({ timeout: 30_000 });
    await settled(page);
    // Where the person is looking, and the fresh form shows no error.
    await expectInView(page, saved);
    expect(await page.getByText(/Add a short note on what changed and why/).count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Before you save' }).count()).toBe(0);
    expect(await page.getByLabel(`${name}: why this is in your own gift`).inputValue()).toBe(
      IN_GIFT,
    );
    await page.close();

    // Liam reads it as Priya's statement on his own page.
    const liam = await signInAs(env.browser, stack, reportName);
    await liam
      .getByRole('list', { name: 'Your manager’s commitments' })
      .getByText(`Priya says this is in their own gift: ${IN_GIFT}`)
      .waitFor({ timeout: 30_000 });
    await liam.close();
  });

  it('adds a new, well-dated commitment to every demo contract on Priya’s team, whatever stands wrong in it, and shows what stands wrong', async () => {
    const page = await signInAs(env.browser, env.stack, 'Priya Raman');
    const api = await managerApi(page);
    const team = await api('GET', '/api/team?tz=Europe%2FLondon');
    expect(team.status).toBe(200);
    const reports = (team.json.reports as { person: { id: string; displayName: string } }[]).map(
      (r) => r.person,
    );
    expect(reports.length).toBe(12);
    const answers: Record<string, number> = {};
    let withStanding: { id: string; displayName: string } | undefined;
    for (const person of reports) {
      const path = `/api/people/${encodeURIComponent(person.id)}/contract`;
      const current = await api('GET', `${path}?tz=Europe%2FLondon`);
      if (current.status === 404) continue;
      expect(current.status).toBe(200);
      if (((current.json.standing ?? []) as unknown[]).length > 0) withStanding ??= person;
      const added = await api('POST', `${path}/commitments`, {
        ifMatch: current.etag ?? '',
        body: {
          party: 'report',
          kind: 'learning',
          action: 'Finish the system design course and share three lessons with the team',
          due: isoDateIn(env.stack, 30),
          reason: 'monthly-review',
          note: 'Added at the monthly review',
          timeZone: 'Europe/London',
        },
      });
      answers[person.displayName] = added.status;
    }
    expect(Object.keys(answers).length).toBeGreaterThanOrEqual(10);
    expect(
      Object.values(answers).every((status) => status === 201),
      JSON.stringify(answers),
    ).toBe(true);

    // The contract screen shows what stands wrong, with a decision for each.
    expect(withStanding).toBeDefined();
    if (withStanding === undefined) return;
    await openStep(page, env.stack, withStanding.id, withStanding.displayName, 'Contract');
    const standing = page.getByRole('list', { name: 'Standing problems' });
    await standing.waitFor({ timeout: 30_000 });
    expect(
      await standing
        .getByRole('button', {
          name: /^(Mark done|Pick a new date|Drop with a reason|Add one|Remove it): /,
        })
        .count(),
    ).toBeGreaterThan(0);
    await page.close();
  });
});
