import type { DelegatedScope } from '../../app/permissions';
import type { HostKind } from '../host/detect-host';
import type { AdminProblem, AuthFailure } from './auth-failure';

/**
 * How this page signs in, decided once the host has answered:
 * - `nested`: inside Teams or Outlook with nested app auth; the host signs the person in through
 *   its bridge (silent, then the host's own prompt). MSAL has no redirect APIs here.
 * - `popup`: inside a host without nested app auth; the standard client in a popup window, since a
 *   redirect cannot leave an iframe (`redirect_in_iframe`).
 * - `redirect`: a plain browser tab, the whole page goes to the sign-in page and comes back.
 */
/** What the person signs in for; Graph and API scopes are asked for when a screen needs them. */
export const SIGN_IN_SCOPES: readonly DelegatedScope[] = [
  'openid',
  'profile',
  'offline_access',
  'User.Read',
];

export type SignInMode = 'nested' | 'popup' | 'redirect';

export function chooseSignInMode(host: HostKind, nestedAppAuth: boolean): SignInMode {
  if (host === 'browser') return 'redirect';
  return nestedAppAuth ? 'nested' : 'popup';
}

/** What the client is doing right now; `useAuth` runs exactly the step the state names. */
export type SignInStep = 'silent' | 'popup' | 'redirect';

export interface SignedInUser {
  id: string;
  /** The account's home tenant: with `id`, whose drafts are whose on a shared browser. */
  tenantId: string;
  name: string;
  username: string;
}

export type SignInState =
  | { status: 'connecting' }
  /** The configuration or the host could not be reached: nothing to sign in with. */
  | { status: 'unavailable'; message: string }
  | { status: 'signed-out'; mode: SignInMode; notice?: string }
  | { status: 'signing-in'; mode: SignInMode; step: SignInStep }
  | { status: 'signed-in'; mode: SignInMode; user: SignedInUser }
  /** Only an admin can unblock this person: names what is missing, never a retry loop. */
  | { status: 'needs-admin'; mode: SignInMode; problem: AdminProblem; scopes: readonly string[] }
  | { status: 'failed'; mode: SignInMode; message: string };

export type SignInEvent =
  /** The configuration loaded and the client is ready; `failure` is a redirect that came back refused. */
  | {
      type: 'connected';
      mode: SignInMode;
      user?: SignedInUser;
      failure?: AuthFailure;
      scopes?: readonly string[];
    }
  | { type: 'connect-failed'; message: string }
  | { type: 'sign-in-requested' }
  | { type: 'succeeded'; user: SignedInUser }
  | { type: 'failed'; failure: AuthFailure; scopes: readonly string[] }
  | { type: 'signed-out' };

const NOTICES = {
  cancelled: 'Sign-in was cancelled. Sign in when you are ready.',
  'popup-blocked':
    'Your browser did not let the sign-in window open. Allow pop-ups for this app, then sign in again.',
  'needs-prompt': 'Sign in to continue: a sign-in window opens.',
} as const;

/** No prompt helps with these: the person is not assigned, or a policy blocks them. */
function blockedWhateverTheyDo(failure: AuthFailure): boolean {
  return failure.kind === 'not-assigned' || failure.kind === 'conditional-access';
}

/** The step a person's click starts: a prompt, since the silent attempt already ran or cannot run. */
function interactiveStep(mode: SignInMode): SignInStep {
  return mode === 'redirect' ? 'redirect' : 'popup';
}

function afterFailure(
  state: Extract<SignInState, { status: 'signing-in' }>,
  failure: AuthFailure,
  scopes: readonly string[],
): SignInState {
  const { mode, step } = state;
  if (step === 'silent' && !blockedWhateverTheyDo(failure) && failure.kind !== 'cancelled') {
    // Whatever stopped the silent attempt, a prompt may get past it: the host prompts on its own
    // (no pop-up blocker stands in its way), a window of ours may only open from a click. A
    // prompt can also ask for consent where people may give it themselves.
    return mode === 'nested'
      ? { status: 'signing-in', mode, step: 'popup' }
      : { status: 'signed-out', mode, notice: NOTICES['needs-prompt'] };
  }
  switch (failure.kind) {
    case 'interaction-required':
      return { status: 'failed', mode, message: 'Sign-in did not finish. Try again.' };
    // The prompt itself was refused consent: the person cannot give it, an admin must.
    case 'consent-required':
    case 'not-assigned':
    case 'conditional-access':
      return { status: 'needs-admin', mode, problem: failure.kind, scopes };
    case 'cancelled':
    case 'popup-blocked':
      return { status: 'signed-out', mode, notice: NOTICES[failure.kind] };
    case 'failed':
      return { status: 'failed', mode, message: `Could not sign you in: ${failure.message}` };
  }
}

/** Every sign-in transition, pure: the states a screen shows and the step the client runs next. */
export function signInTransition(state: SignInState, event: SignInEvent): SignInState {
  switch (event.type) {
    case 'connect-failed':
      return { status: 'unavailable', message: event.message };
    case 'connected': {
      const { mode } = event;
      if (event.user) return { status: 'signed-in', mode, user: event.user };
      if (event.failure) {
        // A redirect that came back with an error is judged like a failed prompt.
        return afterFailure(
          { status: 'signing-in', mode, step: 'redirect' },
          event.failure,
          event.scopes ?? [],
        );
      }
      // In a host the person is already signed in to the host: try without asking anything.
      return mode === 'redirect'
        ? { status: 'signed-out', mode }
        : { status: 'signing-in', mode, step: 'silent' };
    }
    case 'sign-in-requested':
      switch (state.status) {
        case 'signed-out':
        case 'failed':
          return { status: 'signing-in', mode: state.mode, step: interactiveStep(state.mode) };
        case 'needs-admin':
          // After the admin acted the silent attempt may simply work now.
          return state.mode === 'redirect'
            ? { status: 'signing-in', mode: state.mode, step: 'redirect' }
            : { status: 'signing-in', mode: state.mode, step: 'silent' };
        default:
          return state;
      }
    case 'succeeded':
      return state.status === 'signing-in'
        ? { status: 'signed-in', mode: state.mode, user: event.user }
        : state;
    case 'failed':
      return state.status === 'signing-in'
        ? afterFailure(state, event.failure, event.scopes)
        : state;
    case 'signed-out':
      return state.status === 'signed-in' ? { status: 'signed-out', mode: state.mode } : state;
  }
}
