/**
 * MSAL's state parameter starts with its own state, base64 JSON, which says which kind of
 * interaction sent the person to the sign-in page.
 */
function interactionTypeOf(state: string): string | undefined {
  const [library = ''] = state.split('|');
  try {
    // Standard base64 from MSAL; a `+` may have come back as a space through form decoding.
    const base64 = library.replace(/[- ]/g, '+').replace(/_/g, '/');
    const parsed: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')));
    if (typeof parsed !== 'object' || parsed === null || !('meta' in parsed)) return undefined;
    const meta = parsed.meta;
    if (typeof meta !== 'object' || meta === null || !('interactionType' in meta)) return undefined;
    return typeof meta.interactionType === 'string' ? meta.interactionType : undefined;
  } catch {
    return undefined;
  }
}

/**
 * This window is a sign-in popup (or MSAL's hidden frame) that came back from the sign-in page
 * with the answer in its address. MSAL 5 no longer reads a popup's address from the opener (the
 * sign-in page's isolation may have cut that link): the page at the redirect URI hands the
 * answer over itself, through MSAL's redirect bridge, instead of starting a second copy of the
 * app. A redirect's answer is still completed by the app itself, as it always was.
 */
export function isAuthResponseWindow(location: Pick<Location, 'hash' | 'search'>): boolean {
  const params = new URLSearchParams(location.hash.replace(/^#/, '') || location.search);
  const state = params.get('state');
  if (!state || !(params.has('code') || params.has('error'))) return false;
  const kind = interactionTypeOf(state);
  return kind === 'popup' || kind === 'silent';
}
