import { describe, expect, it } from 'vitest';
import type { AuthFailure } from '../../../../src/web/auth/auth-failure';
import {
  chooseSignInMode,
  signInTransition,
  type SignInEvent,
  type SignInMode,
  type SignInState,
} from '../../../../src/web/auth/sign-in-machine';

const yuki = { id: 'u-yuki', tenantId: 't-1', name: 'Yuki Tanaka', username: 'yuki@contoso.test' };
const SCOPES = ['openid', 'profile', 'offline_access', 'User.Read'];

function run(events: SignInEvent[], from: SignInState = { status: 'connecting' }): SignInState {
  return events.reduce(signInTransition, from);
}
const connected = (
  mode: SignInMode,
  extra: Partial<Extract<SignInEvent, { type: 'connected' }>> = {},
) => ({ type: 'connected', mode, ...extra }) as const;
const failed = (failure: AuthFailure): SignInEvent => ({ type: 'failed', failure, scopes: SCOPES });

describe('choosing how to sign in from the host', () => {
  it('uses nested app auth in a host that supports it, a popup in one that does not, a redirect in a browser', () => {
    expect(chooseSignInMode('teams', true)).toBe('nested');
    expect(chooseSignInMode('outlook', true)).toBe('nested');
    expect(chooseSignInMode('teams', false)).toBe('popup');
    expect(chooseSignInMode('outlook', false)).toBe('popup');
    // Whatever a browser claims, a top-level tab signs in by redirect as it always did.
    expect(chooseSignInMode('browser', true)).toBe('redirect');
  });
});

describe('sign-in transitions', () => {
  it('silent success in a host: signs in without a click', () => {
    const trying = run([connected('nested')]);
    expect(trying).toEqual({ status: 'signing-in', mode: 'nested', step: 'silent' });
    expect(run([{ type: 'succeeded', user: yuki }], trying)).toEqual({
      status: 'signed-in',
      mode: 'nested',
      user: yuki,
    });
  });

  it('a cached account is signed in at once, in any mode', () => {
    for (const mode of ['nested', 'popup', 'redirect'] as const) {
      expect(run([connected(mode, { user: yuki })])).toEqual({
        status: 'signed-in',
        mode,
        user: yuki,
      });
    }
  });

  it('interaction required under nested app auth: the host’s prompt (popup step), never a redirect', () => {
    const state = run([connected('nested'), failed({ kind: 'interaction-required' })]);
    expect(state).toEqual({ status: 'signing-in', mode: 'nested', step: 'popup' });
    expect(run([{ type: 'succeeded', user: yuki }], state)).toMatchObject({ status: 'signed-in' });
  });

  it('host without nested app auth: silent first, then a popup from a click, never a redirect', () => {
    const afterSilent = run([connected('popup'), failed({ kind: 'interaction-required' })]);
    // A window may open only from a click, or the browser blocks it.
    expect(afterSilent).toMatchObject({ status: 'signed-out', mode: 'popup' });
    const clicked = run([{ type: 'sign-in-requested' }], afterSilent);
    expect(clicked).toEqual({ status: 'signing-in', mode: 'popup', step: 'popup' });
    expect(run([{ type: 'succeeded', user: yuki }], clicked)).toMatchObject({
      status: 'signed-in',
    });
  });

  it('browser: waits for a click, then redirects', () => {
    const idle = run([connected('redirect')]);
    expect(idle).toEqual({ status: 'signed-out', mode: 'redirect' });
    expect(run([{ type: 'sign-in-requested' }], idle)).toEqual({
      status: 'signing-in',
      mode: 'redirect',
      step: 'redirect',
    });
  });

  it('consent required on the silent attempt asks through the prompt, where people may consent', () => {
    expect(run([connected('nested'), failed({ kind: 'consent-required' })])).toEqual({
      status: 'signing-in',
      mode: 'nested',
      step: 'popup',
    });
  });

  it('consent required after the prompt: the consent screen naming the scopes, not a retry loop', () => {
    const state = run([
      connected('nested'),
      failed({ kind: 'interaction-required' }),
      failed({ kind: 'consent-required' }),
    ]);
    expect(state).toEqual({
      status: 'needs-admin',
      mode: 'nested',
      problem: 'consent-required',
      scopes: SCOPES,
    });
  });

  it('a redirect that comes back refused for consent shows the consent screen', () => {
    expect(
      run([connected('redirect', { failure: { kind: 'consent-required' }, scopes: SCOPES })]),
    ).toEqual({
      status: 'needs-admin',
      mode: 'redirect',
      problem: 'consent-required',
      scopes: SCOPES,
    });
  });

  it('not assigned and Conditional Access go to the admin screen from any step', () => {
    for (const kind of ['not-assigned', 'conditional-access'] as const) {
      expect(run([connected('nested'), failed({ kind })])).toMatchObject({
        status: 'needs-admin',
        problem: kind,
      });
      expect(
        run([connected('redirect'), { type: 'sign-in-requested' }, failed({ kind })]),
      ).toMatchObject({ status: 'needs-admin', problem: kind });
    }
  });

  it('after the admin acted, trying again starts silently in a host and by redirect in a browser', () => {
    const blocked = run([connected('nested'), failed({ kind: 'not-assigned' })]);
    expect(run([{ type: 'sign-in-requested' }], blocked)).toEqual({
      status: 'signing-in',
      mode: 'nested',
      step: 'silent',
    });
    const blockedInBrowser = run([
      connected('redirect', { failure: { kind: 'not-assigned' }, scopes: SCOPES }),
    ]);
    expect(run([{ type: 'sign-in-requested' }], blockedInBrowser)).toMatchObject({
      step: 'redirect',
    });
  });

  it('errors never leave a step running: a thrown redirect, a cancelled or blocked window', () => {
    const threw = run([
      connected('redirect'),
      { type: 'sign-in-requested' },
      failed({ kind: 'failed', message: 'redirect_in_iframe' }),
    ]);
    expect(threw).toEqual({
      status: 'failed',
      mode: 'redirect',
      message: 'Could not sign you in: redirect_in_iframe',
    });
    // Trying again from a failure is a fresh click.
    expect(run([{ type: 'sign-in-requested' }], threw)).toMatchObject({ status: 'signing-in' });

    const prompting = run([
      connected('popup'),
      failed({ kind: 'interaction-required' }),
      { type: 'sign-in-requested' },
    ]);
    expect(run([failed({ kind: 'cancelled' })], prompting)).toEqual({
      status: 'signed-out',
      mode: 'popup',
      notice: 'Sign-in was cancelled. Sign in when you are ready.',
    });
    expect(run([failed({ kind: 'popup-blocked' })], prompting)).toEqual({
      status: 'signed-out',
      mode: 'popup',
      notice:
        'Your browser did not let the sign-in window open. Allow pop-ups for this app, then sign in again.',
    });
  });

  it('any other failure of the silent attempt falls back to the prompt, not to an error', () => {
    const failure = { kind: 'failed', message: 'monitor_window_timeout' } as const;
    expect(run([connected('nested'), failed(failure)])).toEqual({
      status: 'signing-in',
      mode: 'nested',
      step: 'popup',
    });
    expect(run([connected('popup'), failed(failure)])).toMatchObject({ status: 'signed-out' });
  });

  it('configuration or host failures make sign-in unavailable, with the reason', () => {
    expect(run([{ type: 'connect-failed', message: 'config.json: clientId is required' }])).toEqual(
      {
        status: 'unavailable',
        message: 'config.json: clientId is required',
      },
    );
  });

  it('signing out returns to the signed-out screen; late answers change nothing', () => {
    const signedIn = run([connected('popup', { user: yuki })]);
    expect(run([{ type: 'signed-out' }], signedIn)).toEqual({
      status: 'signed-out',
      mode: 'popup',
    });
    // A token that arrives after sign-out, or a failure while signed in, is ignored.
    expect(
      run([{ type: 'succeeded', user: yuki }], { status: 'signed-out', mode: 'popup' }),
    ).toEqual({
      status: 'signed-out',
      mode: 'popup',
    });
    expect(run([failed({ kind: 'cancelled' })], signedIn)).toBe(signedIn);
  });
});
