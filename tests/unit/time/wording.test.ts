import { describe, expect, it } from 'vitest';
import { dateWording, displayLocaleFor, Temporal } from '../../../src/domain';

// 17:00 in London on 6 November 2026 is noon in Toronto (both on standard time by then).
const INSTANT = '2026-11-06T17:00:00Z';

describe('dates in words, in the locale and time zone passed in', () => {
  it('renders the same instant in each person’s own wall clock and style', () => {
    const london = dateWording('en-GB', 'Europe/London');
    const toronto = dateWording('en-US', 'America/Toronto');
    expect(london.instant(INSTANT)).toBe('6 Nov 2026, 17:00');
    expect(toronto.instant(INSTANT).replace(/\s/g, ' ')).toBe('Nov 6, 2026, 12:00 PM');
  });

  it('shows a calendar date as the same day in every zone, in the locale’s order', () => {
    expect(dateWording('en-GB', 'Pacific/Auckland').date('2026-12-31')).toBe('31 Dec 2026');
    expect(dateWording('en-US', 'America/Los_Angeles').date('2026-12-31')).toBe('Dec 31, 2026');
  });

  it('gives the clock time alone in the zone, for "Saved 10:42", from a Date or an instant', () => {
    const at = new Date(INSTANT);
    expect(dateWording('en-GB', 'Europe/London').clock(at)).toBe('17:00');
    expect(dateWording('en-GB', 'Europe/London').clock(INSTANT)).toBe('17:00');
    expect(dateWording('en-US', 'America/Toronto').clock(at).replace(/\s/g, ' ')).toBe('12:00 PM');
  });

  it('names the locale and zone it words in, for "Dates are in your time zone (…)"', () => {
    expect(dateWording('en-GB', 'Europe/London')).toMatchObject({
      locale: 'en-GB',
      zone: 'Europe/London',
    });
  });

  it('shows text that is not a date or time as it was stored, rather than breaking', () => {
    const words = dateWording('en-GB', 'Europe/London');
    expect(words.instant('soon')).toBe('soon');
    expect(words.date('2026-02-30')).toBe('2026-02-30');
    expect(words.dayTime('')).toBe('');
    expect(words.longDate('someday')).toBe('someday');
    expect(words.longDateOf('not a time')).toBe('not a time');
    expect(words.session('later', '2027-03-20T15:00:00Z')).toContain('later');
    expect(words.month('2026-13')).toBe('2026-13');
    expect(words.month('September')).toBe('September');
  });
});

describe('day-and-time wording on screen, in the host’s style', () => {
  const start = '2027-03-04T15:00:00Z';
  const end = '2027-03-04T16:00:00Z';

  it('shows a day and time with the weekday, on the clock the locale uses', () => {
    expect(dateWording('en-GB', 'Europe/London').dayTime('2027-03-04T09:05:00Z')).toBe(
      'Thu 4 Mar, 09:05',
    );
    expect(dateWording('en-US', 'America/Toronto').dayTime(start).replace(/\s/g, ' ')).toBe(
      'Thu, Mar 4, 10:00 AM',
    );
  });

  it('shows a range once for its day, and both days when it crosses midnight in the zone', () => {
    expect(dateWording('en-GB', 'Europe/London').range(start, end)).toBe('Thu 4 Mar, 15:00–16:00');
    const late = dateWording('en-GB', 'Europe/London').range(
      '2027-03-04T23:30:00Z',
      '2027-03-05T00:30:00Z',
    );
    expect(late).toContain('Thu 4 Mar');
    expect(late).toContain('Fri 5 Mar');
  });

  it('reads the same instant in another person’s zone, keeping the viewer’s style', () => {
    const mine = dateWording('en-GB', 'Europe/London');
    expect(mine.inZone('America/Mexico_City').range(start, end)).toBe('Thu 4 Mar, 09:00–10:00');
    expect(mine.inZone('America/Mexico_City').locale).toBe('en-GB');
    expect(mine.inZone('Europe/London')).toBe(mine);
  });
});

// What mail says (British English, the recipient's zone): the words of the former
// `format-message-time`, kept as they were.
describe('dates written out, as a letter has them', () => {
  const mail = (zone = 'UTC') => dateWording('en-GB', zone);

  it('says a session’s day and hours in the zone, with the end’s day when it is another', () => {
    expect(mail('Europe/London').longDay('2027-03-20T14:00:00Z')).toBe('Saturday, 20 March 2027');
    expect(mail('Europe/London').session('2027-03-20T14:00:00Z', '2027-03-20T15:00:00Z')).toBe(
      'Saturday, 20 March 2027, 14:00–15:00',
    );
    expect(mail('Europe/London').session('2027-03-20T23:30:00Z', '2027-03-21T00:30:00Z')).toBe(
      'Saturday, 20 March 2027, 23:30–Sunday, 21 March 2027, 00:30',
    );
  });

  it('reads the same session in the recipient’s zone', () => {
    expect(mail('America/Mexico_City').sessionStart('2027-03-20T14:00:00Z')).toBe(
      'Saturday, 20 March 2027 at 08:00',
    );
    expect(mail('Asia/Tokyo').sessionStart('2027-03-20T09:05:00Z')).toBe(
      'Saturday, 20 March 2027 at 18:05',
    );
  });

  it('says a calendar date the same in every zone, and an instant’s date in the zone', () => {
    expect(mail('Pacific/Auckland').longDate('2026-09-30')).toBe('30 September 2026');
    expect(mail('Pacific/Auckland').longDateOf('2026-09-30T20:00:00Z')).toBe('1 October 2026');
    expect(mail('Europe/London').longDateOf('2026-09-30T20:00:00Z')).toBe('30 September 2026');
  });

  it('says a month with its year', () => {
    expect(mail().month('2026-09')).toBe('September 2026');
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
    expect(displayLocaleFor('not a locale!')).toBe('en-GB');
  });
});

describe('the days a rule’s finding names, in the locale passed in', () => {
  const gb = dateWording('en-GB', 'Europe/London');
  const us = dateWording('en-US', 'America/New_York');
  const march3 = Temporal.PlainDate.from('2026-03-03');

  it('says a day with its weekday, and the year when asked', () => {
    expect(gb.day(march3)).toBe('Tue 3 Mar');
    expect(gb.day('2026-03-03', { year: true })).toBe('Tue, 3 Mar 2026');
    expect(us.day(march3)).toBe('Tue, Mar 3');
    expect(gb.day('not a date')).toBe('not a date');
  });

  it('says a run of days once, or one day alone', () => {
    const march5 = Temporal.PlainDate.from('2026-03-05');
    expect(gb.dayRange(march3, march5)).toBe('Tue 3 Mar – Thu 5 Mar');
    expect(us.dayRange(march3, march5)).toBe('Tue, Mar 3 – Thu, Mar 5');
    expect(gb.dayRange(march3, march3)).toBe('Tue 3 Mar');
  });

  it('says a day and time in the zone, with the year only when it is not this year', () => {
    const at = '2026-03-09T14:00:00Z';
    expect(gb.dayAt(at, march3)).toBe('Mon 9 Mar at 14:00');
    expect(gb.dayAt(at, Temporal.PlainDate.from('2025-12-30'))).toBe('Mon, 9 Mar 2026 at 14:00');
    expect(us.dayAt(at, march3)).toMatch(/^Mon, Mar 9 at 10:00\sAM$/);
  });

  it('names a day of the week, long or short, Monday being 1', () => {
    expect(gb.weekday(1)).toBe('Monday');
    expect(gb.weekday(7, 'short')).toBe('Sun');
  });
});
