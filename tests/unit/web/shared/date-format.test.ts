import { describe, expect, it } from 'vitest';
import { runtimeLocaleAndZone } from '../../../../src/domain';
import { dateFormatFor } from '../../../../src/web/shared/date-format';

// The screens' formatter is the domain's wording with what the host said: these cover what the
// adapter adds (the English display locale, and a fallback for what a host sends that Intl refuses).
describe('dates on screen in the host’s locale and time zone', () => {
  it('falls back to the browser’s own rather than breaking on a tag or zone Intl refuses', () => {
    const odd = dateFormatFor('not a locale!', 'Mars/Olympus_Mons');
    expect(odd.instant('2026-11-06T17:00:00Z')).toMatch(/2026/);
    expect(odd.zone).toBe(runtimeLocaleAndZone().timeZone);
  });

  it('never puts another language’s month or a doubled full stop into an English sentence', () => {
    const mexico = dateFormatFor('es-MX', 'America/Mexico_City');
    const text = `Version 1, agreed ${mexico.instant('2026-12-08T09:30:00Z')}.`;
    expect(text).toBe('Version 1, agreed 8 Dec 2026, 03:30.');
  });

  it('words dates in English in the host region’s order', () => {
    expect(dateFormatFor('de-DE', 'Europe/Berlin').locale).toBe('en-DE');
    expect(dateFormatFor('en-US', 'America/Toronto').date('2026-12-31')).toBe('Dec 31, 2026');
  });
});
