import { describe, expect, it } from 'vitest';
import { Temporal } from '../../src/domain';
import {
  TOMAS_AWAY_DAYS,
  TOMAS_AWAY_FROM_DAY,
} from '../../src/local-tenant/graph/calendar/seed-time-away';
import { openBooking } from './journey/book';
import { startJourney } from './journey/journey-context';
import { seriousAxeViolations } from './support/browser';
import { useTestStack } from './support/stack';

const MANAGER = 'Priya Raman';
const REPORT = 'Tomás Hernández';
const LONDON = 'Europe/London';
const MEXICO = 'America/Mexico_City';

/** "Fri 25 Dec" and "Fri, Dec 25": how a day may read in the browser's locale. */
function dayPattern(date: Temporal.PlainDate): RegExp {
  const weekday = date.toLocaleString('en', { weekday: 'short' });
  const month = date.toLocaleString('en', { month: 'short' });
  return new RegExp(`${weekday},? (${date.day} ${month}|${month} ${date.day})\\b`);
}

describe('invite and book: the search respects Tomás’s working week and his days off', () => {
  const env = useTestStack();

  it('skips the days Tomás is out of office and says why, without saying what the days are', async () => {
    const ctx = await startJourney(env, MANAGER, REPORT);
    const { page, stack } = ctx;
    const clock = (await (
      await fetch(new URL('/_local/clock', stack.tenant.listenUrl))
    ).json()) as {
      now: string;
    };
    // The seed's days off, in Mexico City, as dates in Priya's London.
    const awayFrom = Temporal.Instant.from(clock.now)
      .toZonedDateTimeISO(MEXICO)
      .toPlainDate()
      .add({ days: TOMAS_AWAY_FROM_DAY });
    const londonDays = Array.from({ length: TOMAS_AWAY_DAYS }, (_, i) =>
      awayFrom
        .add({ days: i })
        .toZonedDateTime({ timeZone: MEXICO, plainTime: '12:00' })
        .withTimeZone(LONDON)
        .toPlainDate(),
    );
    await openBooking(page, stack, ctx.reportId, REPORT);

    // Both working weeks come from Outlook, each in its owner's zone.
    await page
      .getByText(/^Tomás Hernández’s working hours \(from Outlook\): Mon–Thu 09:00–17:30/)
      .waitFor({ timeout: 30_000 });
    await page.getByText(/^Your working hours \(from Outlook\): Mon–Fri 09:00–17:30/).waitFor();

    const skipped = page.getByRole('list', { name: 'Days with no time offered' });
    const away = skipped.getByRole('listitem').filter({ hasText: 'Tomás is out of office.' });
    await away.waitFor({ timeout: 30_000 });
    const first = londonDays[0];
    if (!first) throw new Error('no days away');
    expect(await away.innerText()).toMatch(
      new RegExp(`^${first.toLocaleString('en', { weekday: 'short' })} ${first.day}\\b`),
    );
    await expect
      .poll(() => skipped.getByRole('listitem').filter({ hasText: 'Tomás works Mon–Thu.' }).count())
      .toBeGreaterThan(0);

    // No proposed session falls on a day he is away.
    await page.getByRole('radio', { name: /^Option 1/ }).waitFor();
    const proposals = await page
      .getByRole('radiogroup', { name: 'Free times for both of you' })
      .innerText();
    for (const day of londonDays) expect(proposals).not.toMatch(dayPattern(day));

    // A time Priya picks herself on one of those days is refused as a clash.
    const weekday = londonDays.find((d) => d.dayOfWeek <= 4);
    if (!weekday) throw new Error('no weekday away');
    await page.getByRole('radio', { name: 'Pick your own times' }).click();
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const start = weekday
      .toZonedDateTime({ timeZone: LONDON, plainTime: '16:00' })
      .withTimeZone(zone)
      .toPlainDateTime()
      .toString({ smallestUnit: 'minute' });
    await page
      .getByRole('group', { name: 'Session 1: Where are you now?' })
      .getByLabel(/^Starts/)
      .fill(start);
    await page
      .getByText(/^This time clashes with something already in your calendar or theirs/)
      .waitFor();

    // Private: what Tomás's days off are is never on screen.
    expect(await page.locator('body').innerText()).not.toMatch(/Oaxaca|Vacaciones/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
