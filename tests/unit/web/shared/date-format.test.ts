import { describe, expect, it } from 'vitest';
import { dateFormatFor, displayLocaleFor } from '../../../../src/web/shared/date-format';

// 17:00 in London on 6 November 2026 is noon in Toronto (both on standard time by then).
const INSTANT = '2026-11-06T17:00:00Z';

describe('dates on screen in the host’s locale and time zone', () => {
  it('renders the same instant in each person’s own wall clock and style', () => {
    const london = dateFormatFor('en-GB', 'Europe/London');
    const toronto = dateFormatFor('en-US', 'America/Toronto');
    expect(london.instant(INSTANT)).toBe('6 Nov 2026, 17:00');
    expect(toronto.instant(INSTANT).replace(/\s/g, ' ')).toBe('Nov 6, 2026, 12:00 PM');
  });

  it('shows a calendar date as the same day in every zone, in the locale’s order', () => {
    expect(dateFormatFor('en-GB', 'Pacific/Auckland').date('2026-12-31')).toBe('31 Dec 2026');
    expect(dateFormatFor('en-US', 'America/Los_Angeles').date('2026-12-31')).toBe('Dec 31, 2026');
  });

  it('gives the clock time alone in the zone, for "Saved 10:42"', () => {
    const at = new Date(INSTANT);
    expect(dateFormatFor('en-GB', 'Europe/London').clock(at)).toBe('17:00');
    expect(dateFormatFor('en-US', 'America/Toronto').clock(at).replace(/\s/g, ' ')).toBe(
      '12:00 PM',
    );
  });

  it('names the zone it formats in, for "Dates are in your time zone (…)"', () => {
    expect(dateFormatFor('en-GB', 'Europe/London').zone).toBe('Europe/London');
  });

  it('falls back to the browser’s own rather than breaking on a tag or zone Intl refuses', () => {
    const odd = dateFormatFor('not a locale!', 'Mars/Olympus_Mons');
    expect(odd.instant(INSTANT)).toMatch(/2026/);
    expect(odd.zone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe('day-and-time wording on screen, in the host’s style', () => {
  const start = '2027-03-04T15:00:00Z';
  const end = '2027-03-04T16:00:00Z';

  it('shows a day and time with the weekday, on the clock the locale uses', () => {
    expect(dateFormatFor('en-GB', 'Europe/London').dayTime('2027-03-04T09:05:00Z')).toBe(
      'Thu 4 Mar, 09:05',
    );
    expect(dateFormatFor('en-US', 'America/Toronto').dayTime(start).replace(/\s/g, ' ')).toBe(
      'Thu, Mar 4, 10:00 AM',
    );
  });

  it('shows a range once for its day, and both days when it crosses midnight in the zone', () => {
    expect(dateFormatFor('en-GB', 'Europe/London').range(start, end)).toBe(
      'Thu 4 Mar, 15:00–16:00',
    );
    const late = dateFormatFor('en-GB', 'Europe/London').range(
      '2027-03-04T23:30:00Z',
      '2027-03-05T00:30:00Z',
    );
    expect(late).toContain('Thu 4 Mar');
    expect(late).toContain('Fri 5 Mar');
  });

  it('reads the same instant in another person’s zone, keeping the viewer’s style', () => {
    const mine = dateFormatFor('en-GB', 'Europe/London');
    expect(mine.inZone('America/Mexico_City').range(start, end)).toBe('Thu 4 Mar, 09:00–10:00');
    expect(mine.inZone('America/Mexico_City').locale).toBe('en-GB');
  });
});

describe('dates in English, in the host region’s order and clock', () => {
  it('keeps an English host locale as it is', () => {
    expect(displayLocaleFor('en-US')).toBe('en-US');
    expect(displayLocaleFor('en-IN')).toBe('en-IN');
  });

  it('uses English for the host’s region when English has one, British English otherwise', () => {
    expect(displayLocaleFor('de-DE')).toBe('en-DE');
    expect(displayLocaleFor('es-MX')).toBe('en-GB');
    expect(displayLocaleFor('not a locale!')).toMatch(/^en/);
  });

  it('never puts another language’s month or a doubled full stop into an English sentence', () => {
    const mexico = dateFormatFor('es-MX', 'America/Mexico_City');
    const text = `Version 1, agreed ${mexico.instant('2026-12-08T09:30:00Z')}.`;
    expect(text).toBe('Version 1, agreed 8 Dec 2026, 03:30.');
  });
});
