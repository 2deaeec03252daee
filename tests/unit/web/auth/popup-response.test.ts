import { describe, expect, it } from 'vitest';
import { isAuthResponseWindow } from '../../../../src/web/auth/popup-response';

/** MSAL's state: base64 of its JSON (here with a `+` in it), then `|` and the app's own state. */
function msalState(interactionType: string): string {
  const json = JSON.stringify({ id: 'f3a1>>>', meta: { interactionType } });
  const base64 = Buffer.from(json).toString('base64');
  expect(base64).toContain('+');
  return encodeURIComponent(base64);
}

describe('recognising the sign-in popup coming back', () => {
  it('is the popup (or hidden frame) when MSAL’s state says the answer is for a popup or a silent attempt', () => {
    expect(
      isAuthResponseWindow({ hash: `#code=abc&state=${msalState('popup')}`, search: '' }),
    ).toBe(true);
    expect(
      isAuthResponseWindow({
        hash: `#error=consent_required&state=${msalState('popup')}|mine`,
        search: '',
      }),
    ).toBe(true);
    // Unencoded, the `+` reads as a space.
    const raw = decodeURIComponent(msalState('popup'));
    expect(isAuthResponseWindow({ hash: `#code=abc&state=${raw}`, search: '' })).toBe(true);
    expect(
      isAuthResponseWindow({ hash: '', search: `?code=abc&state=${msalState('silent')}` }),
    ).toBe(true);
  });

  it('is the app itself otherwise: the answer to a redirect, a route, a state that is not MSAL’s', () => {
    // The redirect flow: the app completes it with handleRedirectPromise, as before.
    expect(
      isAuthResponseWindow({ hash: `#code=abc&state=${msalState('redirect')}`, search: '' }),
    ).toBe(false);
    expect(isAuthResponseWindow({ hash: '#/reports/u-yuki', search: '?host=teams' })).toBe(false);
    expect(isAuthResponseWindow({ hash: '#code=abc&state=not-base64-json', search: '' })).toBe(
      false,
    );
  });
});
