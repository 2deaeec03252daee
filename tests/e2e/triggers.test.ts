import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Stack } from '../../scripts/stack/start-stack';
import { GOALS_CHANGED_SIGN_LIST, scriptById, WHEN_TO_USE } from '../../src/domain';
import { tenantState, type StoredEvent } from './journey/tenant-records';
import { checkBothThemes, screenshot } from './support/browser';
import { personId, signInAs } from './support/session';
import { useTestStack } from './support/stack';

/** Every calendar's events, as the tenant holds them (one copy per mailbox, as Exchange does). */
async function calendarEvents(stack: Stack): Promise<StoredEvent[]> {
  const { features } = await tenantState(stack);
  return features.calendar?.events ?? [];
}

describe('triggers and changed goals (built app, career API, local tenant)', () => {
  const env = useTestStack();

  async function openTriggers(page: Page, name: string): Promise<string> {
    const id = await personId(env.stack, name);
    await page.evaluate(
      (hash) => {
        window.location.hash = hash;
      },
      `#/reports/${encodeURIComponent(id)}`,
    );
    await page
      .getByRole('navigation', { name: 'Steps for this person' })
      .getByRole('link', { name: 'Triggers and changed goals' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: `Triggers and changed goals: ${name}` })
      .waitFor({ timeout: 30_000 });
    return id;
  }

  it('logs a milestone for Noah, suggests an ad hoc conversation and books it in both calendars', async () => {
    const { browser, stack } = env;
    const page = await signInAs(browser, stack, 'Priya Raman');
    const noahId = await openTriggers(page, 'Noah Cohen');
    const priyaId = await personId(stack, 'Priya Raman');

    // A leaving signal shows the playbook's caution; a milestone does not.
    const caution = page.getByText(`${WHEN_TO_USE.leavingSignalRule}.`);
    const form = page.getByRole('region', { name: 'Log a trigger' });
    await form.getByRole('radio', { name: /^Approached by another organisation/ }).check();
    await caution.first().waitFor();
    await form.getByRole('radio', { name: /^Major milestone/ }).check();
    expect(await form.getByText(`${WHEN_TO_USE.leavingSignalRule}.`).count()).toBe(0);
    // Categories only: there is no field to write about the person's plans.
    expect(await form.getByRole('textbox').count()).toBe(0);
    await form.getByRole('button', { name: 'Log trigger' }).click();
    await page
      .getByRole('status')
      .getByText('Logged: Major milestone.', { exact: false })
      .waitFor();

    // The suggestion: an ad hoc conversation within a week.
    const open = page.getByRole('list', { name: 'Open triggers' });
    const milestone = open.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Major milestone' }),
    });
    await milestone.getByText(/^Suggested: Ad hoc career conversation, 45–60 minutes/).waitFor();
    await milestone.getByText(/Hold it by /).waitFor();
    // Noah's open leaving signal keeps its caution, and nothing scores him.
    await open.getByText(`${WHEN_TO_USE.leavingSignalRule}.`).first().waitFor();
    expect(await page.getByText(/flight.?risk|retention score|likelihood/i).count()).toBe(0);

    // Find a time, book it.
    await milestone.getByRole('button', { name: 'Find a time' }).click();
    const slots = milestone.getByRole('radio');
    await slots.first().waitFor({ timeout: 30_000 });
    const label = (await slots.first().getAttribute('value')) ?? '';
    expect(label).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await slots.first().check();
    await screenshot(page, 'triggers-book-light');
    await milestone.getByRole('button', { name: 'Book it' }).click();
    await page
      .getByRole('status')
      .getByText(/^Booked for .*: the meeting is in both calendars\.$/)
      .waitFor({ timeout: 30_000 });
    await milestone.getByText(/^Ad hoc career conversation booked: /).waitFor({ timeout: 30_000 });
    await milestone.getByRole('link', { name: 'Teams meeting link' }).waitFor();

    // The meeting is in Priya's calendar and in Noah's, with a Teams link, at the chosen time;
    // it says "a career conversation" and never what prompted it.
    const booked = (await calendarEvents(stack)).filter(
      (e) => e.subject === 'A career conversation with Priya Raman' && !e.isCancelled,
    );
    const at = new Date(label).toISOString();
    const owners = booked
      .filter((e) => new Date(e.startUtc).toISOString() === at)
      .map((e) => e.ownerId);
    expect(owners.sort()).toEqual([noahId, priyaId].sort());
    expect(booked.every((e) => e.isOnlineMeeting && e.joinUrl?.startsWith('https://'))).toBe(true);

    await checkBothThemes(page, 'triggers');
    await page.close();
  });

  it('shows Olena’s trigger closed by the conversation that answered it, and the goals-changed guidance', async () => {
    const page = await signInAs(env.browser, env.stack, 'Priya Raman');
    await openTriggers(page, 'Olena Kovalenko');
    await page
      .getByRole('list', { name: 'Closed triggers' })
      .getByText(/^Role or team changed: logged .*, closed .* by the ad hoc career conversation/)
      .waitFor({ timeout: 30_000 });

    const goals = page.getByRole('region', { name: 'When their goals have changed' });
    for (const sign of GOALS_CHANGED_SIGN_LIST) {
      await goals.getByText(sign.text, { exact: true }).waitFor();
    }
    await goals.getByText(`“${scriptById('name-goals-changed').text}”`).waitFor();

    // "Update the contract" opens the editor with "their goals changed" as the reason. The
    // reason travels in the address: a reload keeps it, and the tab's storage holds none of it.
    await goals.getByRole('button', { name: 'Update the contract (goals changed)' }).click();
    await page.waitForURL(/#\/reports\/[^/]+\/contract\?reason=goals-changed$/);
    const reasonChosen = () =>
      expect
        .poll(() => page.getByLabel('Why it changes').inputValue(), { timeout: 30_000 })
        .toBe('goals-changed');
    await reasonChosen();
    await page.reload();
    await reasonChosen();
    const tabStorage = await page.evaluate(() =>
      Object.keys(sessionStorage).map((key) => `${key}=${sessionStorage.getItem(key) ?? ''}`),
    );
    expect(tabStorage.filter((entry) => entry.includes('goals-changed'))).toEqual([]);
    await page.close();
  });
});
