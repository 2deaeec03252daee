/** The wording around dates is British English; so is a date when English has no region match. */
export const PRODUCT_LOCALE = 'en-GB';

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
    return PRODUCT_LOCALE;
  }
}

/** Whether Intl can format in this locale (a host may send anything). */
export function isSupportedLocale(tag: string | undefined): tag is string {
  if (!tag) return false;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}

/** Whether Intl can show times in this zone (a host may send a Windows zone name, or anything). */
export function isSupportedTimeZone(zone: string | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The runtime's own locale and zone: what a browser outside any host goes by. */
export function runtimeLocaleAndZone(): { locale: string; timeZone: string } {
  const { locale, timeZone } = new Intl.DateTimeFormat().resolvedOptions();
  return { locale, timeZone };
}
