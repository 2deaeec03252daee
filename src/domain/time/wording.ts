import { PRODUCT_LOCALE } from './display-locale';
import { epochMillisOf, parseDate, parseMonth } from './parse';
import { Temporal } from './temporal';
import type { IsoDate, IsoInstant, IsoMonth, TimeZoneId } from './values';

/**
 * Dates and times in words, in one locale and one time zone, both passed in: the host's on
 * screen (Teams' regional format and zone), British English and the recipient's zone in mail.
 * Text that is not a date or time is shown as it was stored rather than breaking the sentence.
 */
export interface DateWording {
  /** The BCP 47 tag the words follow. */
  readonly locale: string;
  /** The IANA zone instants are read in. */
  readonly zone: TimeZoneId;
  /** "6 Nov 2026, 17:00" (en-GB) or "Nov 6, 2026, 5:00 PM" (en-US), in the zone. */
  instant(at: IsoInstant): string;
  /** "31 Dec 2026": a calendar date has no zone, it is the same day everywhere. */
  date(date: IsoDate): string;
  /** "17:00" or "5:00 PM" in the zone, for "Saved 17:00". */
  clock(at: Date | IsoInstant): string;
  /** "Thu 4 Mar, 15:00" (en-GB) or "Thu, Mar 4, 3:00 PM" (en-US), in the zone. */
  dayTime(at: IsoInstant): string;
  /** "Thu 4 Mar, 15:00–16:00", with both days when the range crosses midnight in the zone. */
  range(start: IsoInstant, end: IsoInstant): string;
  /** Written out, for a letter: "Saturday, 20 March 2027" in the zone. */
  longDay(at: IsoInstant): string;
  /** "Saturday, 20 March 2027, 14:00–15:00", with the end's day too when it falls on another. */
  session(start: IsoInstant, end: IsoInstant): string;
  /** "Saturday, 20 March 2027 at 14:00". */
  sessionStart(start: IsoInstant): string;
  /** "30 September 2026". */
  longDate(date: IsoDate): string;
  /** "30 September 2026" for the day an instant falls on in the zone. */
  longDateOf(at: IsoInstant): string;
  /** "September 2026". */
  month(month: IsoMonth): string;
  /** "Tue 3 Mar" or, with the year, "Tue, 3 Mar 2026" (en-GB); "Tue, Mar 3" (en-US). */
  day(date: Temporal.PlainDate | IsoDate, options?: { year?: boolean }): string;
  /** "Thu 24 Dec – Mon 28 Dec" for a run of calendar days, or one day when they are the same. */
  dayRange(from: Temporal.PlainDate, to: Temporal.PlainDate): string;
  /** "Tue 9 Mar at 14:00" in the zone, with the year when it is not the year of `reference`. */
  dayAt(at: Temporal.Instant | IsoInstant, reference?: Temporal.PlainDate): string;
  /** "Monday" (or "Mon" when short) for an ISO day of the week, 1 being Monday. */
  weekday(isoDay: number, width?: 'long' | 'short'): string;
  /** The same locale in another person's zone ("09:00–10:00 for Tomás"). */
  inZone(zone: TimeZoneId): DateWording;
}

const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

function twentyFourHour(locale: string): boolean {
  const { hourCycle } = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  return hourCycle === 'h23' || hourCycle === 'h24';
}

/** Midnight UTC of a calendar date, so that formatting in UTC gives back the same day. */
function utcMidnight(date: Temporal.PlainDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function build(locale: string, zone: TimeZoneId): DateWording {
  const inZone = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
  const inUtc = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const instantWords = inZone({ dateStyle: 'medium', timeStyle: 'short' });
  const dateWords = inUtc({ dateStyle: 'medium' });
  const clockWords = inZone({ timeStyle: 'short' });
  const dayTimeWords = inZone({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    // "09:00" where the clock runs to 23, "9:00 AM" where it runs to 12: as `timeStyle` does.
    hour: twentyFourHour(locale) ? '2-digit' : 'numeric',
    minute: '2-digit',
  });
  const longDayWords = inZone({ weekday: 'long', ...LONG_DATE });
  const longDateOfWords = inZone(LONG_DATE);
  const longDateWords = inUtc(LONG_DATE);
  const monthWords = inUtc({ month: 'long', year: 'numeric' });
  const dayWords = inUtc({ weekday: 'short', day: 'numeric', month: 'short' });
  const dayYearWords = inUtc({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const weekdayWords = {
    long: inUtc({ weekday: 'long' }),
    short: inUtc({ weekday: 'short' }),
  };

  /** The words for an instant, or the text as stored when it is not one. */
  const at =
    (words: Intl.DateTimeFormat) =>
    (value: IsoInstant): string => {
      const ms = epochMillisOf(value);
      return Number.isNaN(ms) ? value : words.format(ms);
    };
  const day =
    (words: Intl.DateTimeFormat, parse: (value: string) => Temporal.PlainDate | undefined) =>
    (value: string): string => {
      const parsed = parse(value);
      return parsed ? words.format(utcMidnight(parsed)) : value;
    };

  const clockOf = at(clockWords);
  const longDay = at(longDayWords);
  // A letter's date and time are worded apart and joined here, because ICU versions differ in
  // how they join them.
  const session = (start: IsoInstant, end: IsoInstant): string => {
    const startDay = longDay(start);
    const endDay = longDay(end);
    const endText = endDay === startDay ? clockOf(end) : `${endDay}, ${clockOf(end)}`;
    return `${startDay}, ${clockOf(start)}–${endText}`;
  };

  const dayOf = (value: Temporal.PlainDate | IsoDate, options: { year?: boolean } = {}): string => {
    const parsed = typeof value === 'string' ? parseDate(value) : value;
    if (!parsed) return String(value);
    return (options.year === true ? dayYearWords : dayWords).format(utcMidnight(parsed));
  };

  return {
    locale,
    zone,
    instant: at(instantWords),
    date: day(dateWords, (value) => parseDate(value)),
    clock: (value) => (typeof value === 'string' ? clockOf(value) : clockWords.format(value)),
    dayTime: at(dayTimeWords),
    range: (start, end) => {
      const from = epochMillisOf(start);
      const to = epochMillisOf(end);
      return Number.isNaN(from) || Number.isNaN(to)
        ? `${start}–${end}`
        : dayTimeWords.formatRange(from, to);
    },
    longDay,
    session,
    sessionStart: (start) => `${longDay(start)} at ${clockOf(start)}`,
    longDate: day(longDateWords, (value) => parseDate(value)),
    longDateOf: at(longDateOfWords),
    month: day(monthWords, parseMonth),
    day: dayOf,
    // Newer ICU puts thin spaces around the dash: plain ones read the same on every host.
    dayRange: (from, to) =>
      from.equals(to)
        ? dayOf(from)
        : dayWords.formatRange(utcMidnight(from), utcMidnight(to)).replace(/\u2009/g, ' '),
    dayAt: (value, reference) => {
      const instant = typeof value === 'string' ? Temporal.Instant.from(value) : value;
      const local = instant.toZonedDateTimeISO(zone).toPlainDate();
      const year = reference !== undefined && reference.year !== local.year;
      return `${dayOf(local, { year })} at ${clockWords.format(instant.epochMilliseconds)}`;
    },
    // 5 January 1970 was a Monday: the ISO day after it lands on the weekday asked for.
    weekday: (isoDay, width = 'long') => weekdayWords[width].format(Date.UTC(1970, 0, 4 + isoDay)),
    inZone: (other) => dateWording(locale, other),
  };
}

// Screens ask for a report's zone once per row and render, and mail for each recipient's: the
// formatters of each locale and zone are built once.
const built = new Map<string, DateWording>();

/**
 * The wording for one locale and zone. Both must be ones Intl knows (a RangeError otherwise):
 * the caller checks what a host or a record gave it, e.g. with `isValidTimeZone`.
 */
export function dateWording(locale: string, zone: TimeZoneId): DateWording {
  const key = `${locale}\u0000${zone}`;
  let found = built.get(key);
  if (!found) {
    found = build(locale, zone);
    built.set(key, found);
  }
  return found;
}

/**
 * The wording a rule uses when its caller passes none: British English, as in mail, read in the
 * rule's own zone (a screen passes the host's locale, which the rule still reads in its zone).
 */
export function wordingIn(zone: TimeZoneId, wording?: DateWording): DateWording {
  return wording ? wording.inZone(zone) : dateWording(PRODUCT_LOCALE, zone);
}
