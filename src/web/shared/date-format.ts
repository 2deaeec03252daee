import type { IsoDate, IsoInstant } from '../../domain';

/**
 * Formatters bound to one locale and one time zone: the host's (Teams' regional format and
 * zone), so an en-GB person in London reads "6 Nov 2026, 17:00" whatever the browser thinks.
 */
export interface DateFormat {
  /** The BCP 47 tag the formatters use. */
  readonly locale: string;
  /** The IANA zone instants are shown in. */
  readonly zone: string;
  /** "6 Nov 2026, 17:00" (en-GB) or "Nov 6, 2026, 5:00 PM" (en-US), in the zone. */
  instant(instant: IsoInstant): string;
  /** A calendar date has no zone: it is shown as the same day everywhere. */
  date(date: IsoDate): string;
  /** "17:00" or "5:00 PM" in the zone, for "Saved 17:00". */
  clock(at: Date): string;
  /** "Thu 4 Mar, 15:00" (en-GB) or "Thu, Mar 4, 3:00 PM" (en-US), in the zone. */
  dayTime(instant: IsoInstant): string;
  /** "Thu 4 Mar, 15:00–16:00", with both days when the range crosses midnight in the zone. */
  range(start: IsoInstant, end: IsoInstant): string;
  /** The same locale in another person's zone ("09:00–10:00 for Tomás"). */
  inZone(zone: string): DateFormat;
}

const BROWSER = Intl.DateTimeFormat().resolvedOptions();

/** The wording around dates is British English; so is a date when English has no region match. */
const PRODUCT_LOCALE = 'en-GB';

/** The tag exactly as asked for when Intl has it, not a fallback to its language alone. */
function exactly(tag: string): string | undefined {
  const resolved = new Intl.DateTimeFormat(tag).resolvedOptions().locale;
  return resolved.toLowerCase() === tag.toLowerCase() ? resolved : undefined;
}

/**
 * The screens are in English, so a date is too ("8 Dec 2026", never "8 dic 2026" inside an
 * English sentence), in the order and clock of the host's region where English has one (en-IN,
 * en-CA, en-DE); otherwise in British English like the rest of the wording.
 */
export function displayLocaleFor(hostLocale: string): string {
  try {
    const { language, region } = new Intl.Locale(hostLocale);
    if (language === 'en') return exactly(hostLocale) ?? (region ? PRODUCT_LOCALE : 'en');
    return (region ? exactly(`en-${region}`) : undefined) ?? PRODUCT_LOCALE;
  } catch {
    // not a well-formed tag
    return BROWSER.locale.startsWith('en') ? BROWSER.locale : PRODUCT_LOCALE;
  }
}

// Intl throws a RangeError for a zone it does not know; one odd value from a host must not
// blank every date on screen, so it falls back to the browser's own.
function usable(locale: string, zone: string): { locale: string; zone: string } {
  const tag = displayLocaleFor(locale);
  try {
    new Intl.DateTimeFormat(tag, { timeZone: zone });
    return { locale: tag, zone };
  } catch {
    return { locale: tag, zone: BROWSER.timeZone };
  }
}

function twentyFourHour(locale: string): boolean {
  const { hourCycle } = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  return hourCycle === 'h23' || hourCycle === 'h24';
}

export function dateFormatFor(locale: string, zone: string): DateFormat {
  const use = usable(locale, zone);
  const instant = new Intl.DateTimeFormat(use.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: use.zone,
  });
  const date = new Intl.DateTimeFormat(use.locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const clock = new Intl.DateTimeFormat(use.locale, { timeStyle: 'short', timeZone: use.zone });
  const dayTime = new Intl.DateTimeFormat(use.locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    // "09:00" where the clock runs to 23, "9:00 AM" where it runs to 12: as `timeStyle` does.
    hour: twentyFourHour(use.locale) ? '2-digit' : 'numeric',
    minute: '2-digit',
    timeZone: use.zone,
  });
  // Screens ask for the report's zone once per row and render: its formatters are built once.
  const others = new Map<string, DateFormat>();
  const format: DateFormat = {
    locale: use.locale,
    zone: use.zone,
    instant: (at) => instant.format(new Date(at)),
    date: (day) => date.format(new Date(`${day}T00:00:00Z`)),
    clock: (at) => clock.format(at),
    dayTime: (at) => dayTime.format(new Date(at)),
    range: (start, end) => dayTime.formatRange(new Date(start), new Date(end)),
    inZone: (other) => {
      if (other === use.zone) return format;
      let found = others.get(other);
      if (!found) {
        found = dateFormatFor(use.locale, other);
        others.set(other, found);
      }
      return found;
    },
  };
  return format;
}
