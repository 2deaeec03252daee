import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Stack } from '../../scripts/stack/start-stack';
import { Temporal } from '../../src/domain';
import { bookStep, careerEventsOf, openBooking } from './journey/book';
import { startJourney } from './journey/journey-context';
import { tenantState, userNamed } from './journey/tenant-records';
import { screenshot, seriousAxeViolations } from './support/browser';
import { useTestStack } from './support/stack';

const MANAGER = 'Priya Raman';
const REPORT = 'Tomás Hernández';

/** `2026-12-09T15:30` for a datetime-local field, in the browser's zone (the manager's). */
const localInput = (instant: Temporal.Instant, zone: string): string =>
  instant.toZonedDateTimeISO(zone).toPlainDateTime().toString({ smallestUnit: 'minute' });

/** The next occurrence, at least a day ahead, of Priya's weekly 1:1 with Tomás (tenant seed). */
async function nextOneOnOne(stack: Stack): Promise<Temporal.Instant> {
  const state = await tenantState(stack);
  const priya = userNamed(state, MANAGER);
  const series = (state.features.calendar?.events ?? []).find(
    (e) => e.ownerId === priya.id && e.subject === '1:1 Priya / Tomás' && e.recurrence,
  );
  if (!series) throw new Error('The seed has no 1:1 between Priya and Tomás.');
  const clock = (await (await fetch(new URL('/_local/clock', stack.tenant.listenUrl))).json()) as {
    now: string;
  };
  const after = Temporal.Instant.from(clock.now).add({ hours: 24 });
  // Weekly in Priya's zone, so the wall-clock time holds across daylight-saving changes.
  let at = Temporal.Instant.from(series.startUtc).toZonedDateTimeISO(priya.timeZone);
  while (Temporal.Instant.compare(at.toInstant(), after) < 0) at = at.add({ weeks: 1 });
  return at.toInstant();
}

const moveButton = (page: Page) => page.getByRole('button', { name: 'Move all sessions' });

describe('invite and book: Priya books the quarterly series with Tomás (built app, API, local tenant)', () => {
  const env = useTestStack();

  it('refuses a time inside the 1:1, books three Teams meetings in both calendars, and moves one', async () => {
    const ctx = await startJourney(env, MANAGER, REPORT);
    const { page, stack } = ctx;
    await openBooking(page, stack, ctx.reportId, REPORT);

    // A hand-picked time inside the weekly 1:1 is refused with the playbook's Failure 2.
    await page.getByRole('radio', { name: 'Pick your own times' }).click({ timeout: 30_000 });
    const oneOnOne = await nextOneOnOne(stack);
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    await page
      .getByRole('group', { name: 'Session 1: Where are you now?' })
      .getByLabel(/^Starts/)
      .fill(localInput(oneOnOne, zone));
    await page
      .getByText(/^Failure 2 — conflating it with a 1:1: this time overlaps your 1:1 with them/)
      .waitFor();
    await page.getByText('One session needs another time before you can book.').waitFor();
    expect(
      await page
        .getByRole('button', { name: 'Book 3 sessions and send the invitation' })
        .isEnabled(),
    ).toBe(false);
    expect(await careerEventsOf(stack, MANAGER)).toEqual([]);

    await bookStep(ctx);

    // Move this quarter's series to another free weekday at the same time: all three sessions.
    const before = await careerEventsOf(stack, REPORT);
    await page.getByRole('button', { name: 'Move the series' }).click();
    const start = page.getByLabel(/^New start/);
    await page.getByText('Reading both calendars…').waitFor({ state: 'hidden', timeout: 20_000 });
    const current = Temporal.PlainDateTime.from(await start.inputValue());
    let moved: string | undefined;
    for (const days of [1, -1, 2, -2, 3, -3, 4, -4]) {
      const candidate = current.add({ days });
      if (candidate.dayOfWeek > 5) continue;
      const value = candidate.toString({ smallestUnit: 'minute' });
      await start.fill(value);
      if (await moveButton(page).isEnabled()) {
        moved = value;
        break;
      }
    }
    if (!moved) throw new Error('No free weekday near the first session to move it to.');
    await moveButton(page).click();
    await page.getByText(/^All 3 sessions moved; .*\. Tomás Hernández gets the update/).waitFor({
      timeout: 20_000,
    });
    await page.getByText(/Moved once so far\./).waitFor({ timeout: 20_000 });

    const iso = (value: string | undefined) => (value ? new Date(value).toISOString() : value);
    const step = Temporal.Instant.from(before[0]?.startUtc ?? '').until(
      Temporal.PlainDateTime.from(moved).toZonedDateTime(zone).toInstant(),
    );
    for (const name of [MANAGER, REPORT]) {
      const events = await careerEventsOf(stack, name);
      // This quarter's occurrences moved by the same step; each series (later quarters) keeps its time.
      events.forEach((event, index) => {
        const was = before[index]?.startUtc ?? '';
        expect(event.exceptions.map((x) => iso(x.overrides.startUtc))).toEqual([
          iso(Temporal.Instant.from(was).add(step).toString()),
        ]);
        expect(event.startUtc).toBe(was);
      });
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'book-booked-light');

    // Cancelling takes the series out of both calendars (Tomás is told) and reopens booking.
    await page.getByRole('button', { name: 'Cancel the conversation' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(`Message to ${REPORT} (optional)`).fill('Sorry, I have to move this.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page.getByText(/^Cancelled\. Tomás Hernández was told/).waitFor({ timeout: 20_000 });
    await page.getByRole('heading', { level: 2, name: 'Free times for both of you' }).waitFor();
    expect(await careerEventsOf(stack, MANAGER)).toEqual([]);
    // Tomás keeps his copies, marked cancelled, as Exchange does with the cancellation he receives.
    const theirs = await careerEventsOf(stack, REPORT, { cancelled: true });
    expect(theirs.map((e) => e.subject.startsWith('Canceled: Career conversation'))).toEqual([
      true,
      true,
      true,
    ]);
    expect(theirs.every((e) => e.isCancelled)).toBe(true);
    await page.close();
  });
});
