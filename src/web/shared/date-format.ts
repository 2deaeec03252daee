import {
  dateWording,
  displayLocaleFor,
  isSupportedTimeZone,
  runtimeLocaleAndZone,
  type DateWording,
} from '../../domain';

/**
 * Dates and times on screen: the domain's wording, in the host's locale (as English, see
 * `displayLocaleFor`) and zone, so an en-GB person in London reads "6 Nov 2026, 17:00" whatever
 * the browser thinks.
 */
export type DateFormat = DateWording;

/**
 * One odd zone from a host must not blank every date on screen (Intl refuses a zone it does not
 * know), so it falls back to the browser's own.
 */
export function dateFormatFor(hostLocale: string, hostZone: string): DateFormat {
  const zone = isSupportedTimeZone(hostZone) ? hostZone : runtimeLocaleAndZone().timeZone;
  return dateWording(displayLocaleFor(hostLocale), zone);
}
