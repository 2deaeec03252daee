import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Stack } from '../../scripts/stack/start-stack';
import { Temporal } from '../../src/domain';
import { bookStep, careerEventsOf } from './journey/book';
import { phaseShown, typeNotes } from './journey/conversation';
import { startJourney } from './journey/journey-context';
import { PROMPT_SUBJECT } from './journey/prompt';
import type { StoredEvent } from './journey/tenant-records';
import {
  conversationRowsWith,
  inboxSubjects,
  openStep,
  stepLink,
  tenantState,
  userNamed,
} from './journey/tenant-records';
import { seriousAxeViolations } from './support/browser';
import { useTestStack } from './support/stack';

const MANAGER = 'Priya Raman';
const REPORT = 'Tomás Hernández';

interface HeldMail {
  folder: string;
  subject: string;
  scheduled: boolean;
  isDraft: boolean;
  singleValueExtendedProperties?: { id: string; value: string }[];
}

/** The reflection prompts in Priya's mailbox, with the folder each one sits in. */
async function promptsOf(stack: Stack, name: string): Promise<HeldMail[]> {
  const mail = userNamed(await tenantState(stack), name).mail ?? '';
  const response = await fetch(
    new URL(`/_local/mailboxes/${encodeURIComponent(mail)}`, stack.tenant.listenUrl),
  );
  const body = (await response.json()) as { messages?: HeldMail[] };
  return (body.messages ?? []).filter((m) => m.subject === PROMPT_SUBJECT);
}

/** PR_DEFERRED_SEND_TIME of a held message, as an instant. */
const deferredTime = (message: HeldMail | undefined): string | undefined => {
  const value = message?.singleValueExtendedProperties?.find((p) => /0x3FEF$/i.test(p.id))?.value;
  return value ? Temporal.Instant.from(value).toString() : undefined;
};

/** This quarter's occurrence of each session as a calendar shows it: start, or cancelled. */
function thisQuarter(events: StoredEvent[]): { start: string; cancelled: boolean }[] {
  return events.map((e) => {
    const first = e.exceptions.find(
      (x) => Temporal.Instant.compare(x.originalStartUtc, e.startUtc) === 0,
    );
    const overrides = first?.overrides;
    const deleted = e.deletedOccurrences;
    const start = Temporal.Instant.from(overrides?.startUtc ?? e.startUtc).toString();
    const cancelled =
      overrides?.isCancelled === true ||
      deleted.some((d) => Temporal.Instant.compare(d, e.startUtc) === 0);
    return { start, cancelled };
  });
}

async function queuePrompt(page: Page, stack: Stack, reportId: string): Promise<void> {
  await openStep(page, stack, reportId, REPORT, 'Reflection prompt');
  await page.getByRole('radio', { name: /^By mail, delivered / }).check({ timeout: 30_000 });
  await page.getByRole('button', { name: /^Queue the mail for / }).click();
  await page.getByText('Queued by mail').waitFor({ timeout: 30_000 });
}

async function setClock(stack: Stack, body: Record<string, unknown>): Promise<string> {
  const response = await fetch(new URL('/_local/clock', stack.tenant.listenUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return ((await response.json()) as { now: string }).now;
}

describe('the series is one object: Priya moves it, then holds it early (built app, API, local tenant)', () => {
  const env = useTestStack();

  it('moves all three sessions and the queued prompt, and asks before marking it held early', async () => {
    const ctx = await startJourney(env, MANAGER, REPORT);
    const { page, stack, reportId } = ctx;
    await bookStep(ctx);
    await queuePrompt(page, stack, reportId);
    const [queued] = await promptsOf(stack, MANAGER);
    expect(queued?.folder).toBe('drafts');
    expect(queued?.scheduled).toBe(true);
    const before = await careerEventsOf(stack, MANAGER);
    const oldStarts = thisQuarter(before).map((s) => s.start);

    // Move the series a weekday later (or earlier), whichever is free for all three sessions.
    await openStep(page, stack, reportId, REPORT, 'Invite and book');
    await page.getByRole('button', { name: 'Move the series' }).click({ timeout: 30_000 });
    const start = page.getByLabel(/^New start of session 1/);
    await page.getByText('Reading both calendars…').waitFor({ state: 'hidden', timeout: 20_000 });
    const current = Temporal.PlainDateTime.from(await start.inputValue());
    const moveAll = page.getByRole('button', { name: 'Move all sessions' });
    let days: number | undefined;
    for (const candidate of [1, -1, 2, -2, 3, -3]) {
      const day = current.add({ days: candidate });
      if (day.dayOfWeek > 5) continue;
      await start.fill(day.toString({ smallestUnit: 'minute' }));
      if (await moveAll.isEnabled()) {
        days = candidate;
        break;
      }
    }
    if (days === undefined) throw new Error('No free weekday near the series to move it to.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await moveAll.click();
    await page
      .getByText(/^All 3 sessions moved; .* The queued reflection prompt moved with it/)
      .waitFor({ timeout: 30_000 });

    // Both calendars: every session of this quarter moved by the same step.
    const step = days * 24;
    const expected = oldStarts.map((s) => Temporal.Instant.from(s).add({ hours: step }).toString());
    for (const name of [MANAGER, REPORT]) {
      const shown = thisQuarter(await careerEventsOf(stack, name));
      expect(shown.map((s) => s.start)).toEqual(expected);
    }
    // The mail: the old held prompt was taken back (Deleted Items, never sent); one new one is
    // held for the new date, and the record says when.
    const prompts = await promptsOf(stack, MANAGER);
    const held = prompts.filter((m) => m.folder === 'drafts' && m.scheduled);
    expect(held).toHaveLength(1);
    expect(prompts.filter((m) => m.folder === 'deleteditems')).toHaveLength(1);
    expect(prompts.filter((m) => m.folder === 'sentitems')).toHaveLength(0);
    expect(deferredTime(held[0])).not.toBe(deferredTime(queued));

    // Marking it held before session 1 asks first; "Not yet" changes nothing.
    const stamp = String(Date.now());
    await openStep(page, stack, reportId, REPORT, 'Conversation');
    await phaseShown(page, 'where-now');
    await typeNotes(page, 'where-now', `Covered all three phases today. ${stamp}`);
    await page.getByRole('link', { name: /^Next: 2\./ }).click();
    await phaseShown(page, 'where-to-go');
    await typeNotes(page, 'where-to-go', `Lead the platform migration. ${stamp}`);
    await page.getByRole('link', { name: /^Next: 3\./ }).click();
    await phaseShown(page, 'close-the-gap');
    // What phase 2 produced becomes Tomás's recorded direction once Priya confirms it.
    const direction = page.getByRole('group', { name: 'Their direction' });
    await direction
      .getByText(`Phase 2 produced: “Lead the platform migration. ${stamp}”.`)
      .waitFor();
    await direction.getByRole('button', { name: 'Confirm as their direction' }).click();
    await direction.getByText(/^Recorded as their direction /).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Mark held' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Held before it was due?' });
    await ask.getByText(/has not started yet/).waitFor({ timeout: 20_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ask.getByRole('button', { name: 'Not yet' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect((await conversationRowsWith(stack, stamp))[0]?.state).toBe('booked');

    // Confirmed: held; sessions still ahead are cancelled in both calendars, the prompt recalled.
    await page.getByRole('button', { name: 'Mark held' }).click();
    await ask.getByRole('button', { name: 'Yes, it was held' }).click();
    await page
      .getByRole('region', { name: 'End of the conversation' })
      .getByText(/^Held/)
      .waitFor({ timeout: 30_000 });
    const [row] = await conversationRowsWith(stack, stamp);
    expect(row?.state).toBe('held');
    expect(typeof row?.promptRecalledAt).toBe('string');
    for (const name of [MANAGER, REPORT]) {
      const events = await careerEventsOf(stack, name);
      expect(thisQuarter(events).map((s) => s.cancelled)).toEqual([true, true, true]);
      // The quarterly repeat stays: each session's series is still there for next quarter.
      expect(events.every((e) => e.recurrence?.pattern.interval === 3)).toBe(true);
    }
    const after = await promptsOf(stack, MANAGER);
    expect(after.filter((m) => m.folder === 'drafts')).toHaveLength(0);

    // Past the time it would have gone out, nothing reaches Tomás.
    await page.waitForLoadState('networkidle');
    const realNow = await setClock(stack, {});
    try {
      const due = deferredTime(held[0]) ?? realNow;
      await setClock(stack, { now: Temporal.Instant.from(due).add({ minutes: 1 }).toString() });
      const tomas = userNamed(await tenantState(stack), REPORT).mail ?? '';
      expect(await inboxSubjects(stack, tomas)).not.toContain(PROMPT_SUBJECT);
    } finally {
      await setClock(stack, { now: realNow });
    }

    // Held, the quarterly repeat's next occurrence is on record: Close no longer asks to book
    // it, and the team overview shows the same next conversation.
    await stepLink(page, 'Close and follow through').click();
    const booked = page.getByText(/^Booked for /);
    await booked.waitFor({ timeout: 30_000 });
    await expect.poll(() => booked.textContent(), { timeout: 30_000 }).not.toMatch(/Book it here/);
    const closeSays = ((await booked.textContent()) ?? '').replace(/^Booked for /, '');
    await page
      .getByRole('link', { name: /Your team/ })
      .first()
      .click();
    const next = page
      .getByRole('table', { name: 'Direct reports at a glance' })
      .getByRole('row', { name: REPORT })
      .getByRole('cell')
      .nth(3);
    await expect
      .poll(() => next.textContent(), { timeout: 30_000 })
      .toMatch(/^Career conversation \(full\), /);
    const overviewSays = ((await next.textContent()) ?? '').replace(
      /^Career conversation \(full\), /,
      '',
    );
    expect(closeSays.startsWith(overviewSays)).toBe(true);
    await page.close();
  });
});
