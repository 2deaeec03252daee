import { DELEGATED_PERMISSIONS } from '../../app/permissions';

/**
 * What went wrong when asking for a token, in the terms the sign-in screens act on. MSAL reports
 * the same problem in several shapes (a server error from the standard client, an interaction
 * error whose sub-error was dropped by the nested app auth bridge, an AADSTS code only in the
 * description), so the classification reads every field it may be in.
 */
export type AuthFailure =
  /** Silent sign-in is not enough: the person must see a sign-in or consent prompt. */
  | { kind: 'interaction-required' }
  /** The app lacks consent for the scopes and the person cannot give it (AADSTS65001). */
  | { kind: 'consent-required' }
  /** The person is not assigned to the app in the tenant (AADSTS50105). */
  | { kind: 'not-assigned' }
  /** A Conditional Access policy blocks the sign-in (AADSTS53003). */
  | { kind: 'conditional-access' }
  /** The person closed the prompt. */
  | { kind: 'cancelled' }
  /** The browser did not let the sign-in window open. */
  | { kind: 'popup-blocked' }
  | { kind: 'failed'; message: string };

/** Problems only an admin can solve: trying again without them changes nothing. */
export type AdminProblem = Extract<
  AuthFailure,
  { kind: 'consent-required' | 'not-assigned' | 'conditional-access' }
>['kind'];

const INTERACTION_CODES = new Set([
  'interaction_required',
  'login_required',
  'no_tokens_found',
  'no_account_found',
  'no_account',
  'refresh_token_expired',
  'bad_token',
  'interrupted_user',
]);

function field(error: unknown, name: string): string {
  if (typeof error !== 'object' || error === null || !(name in error)) return '';
  const value = (error as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

export function classifyAuthFailure(error: unknown): AuthFailure {
  const code = field(error, 'errorCode');
  const subError = field(error, 'subError');
  const errorNo = field(error, 'errorNo');
  const text = [
    code,
    subError,
    errorNo ? `AADSTS${errorNo}` : '',
    field(error, 'errorMessage'),
    field(error, 'message'),
  ].join(' ');
  if (/AADSTS50105\b/.test(text)) return { kind: 'not-assigned' };
  if (/AADSTS53003\b/.test(text)) return { kind: 'conditional-access' };
  if (/AADSTS65001\b/.test(text) || code === 'consent_required' || subError === 'consent_required')
    return { kind: 'consent-required' };
  if (code === 'user_cancelled' || code === 'user_canceled') return { kind: 'cancelled' };
  if (code === 'popup_window_error' || code === 'empty_window_error')
    return { kind: 'popup-blocked' };
  if (field(error, 'name') === 'InteractionRequiredAuthError' || INTERACTION_CODES.has(code))
    return { kind: 'interaction-required' };
  const message = field(error, 'message') || String(error);
  return { kind: 'failed', message };
}

/** What a scope lets the app do, for the screen that asks an admin to grant it. */
const SCOPE_PURPOSES: ReadonlyMap<string, string> = new Map(
  DELEGATED_PERMISSIONS.map((permission) => [permission.name, permission.forThePerson]),
);

/**
 * "User.Read (read your profile)". A scope of the career API (`api://…/name`) is named by what it
 * is for, since its URI means nothing to the person reading it.
 */
export function describeScope(scope: string): string {
  const purpose = SCOPE_PURPOSES.get(scope);
  if (purpose) return `${scope} (${purpose})`;
  if (scope.includes('://')) return `${scope} (use the Career Conversations API as you)`;
  return scope;
}

/** Why the person cannot get in, and what to ask the admin for, in words they can forward. */
export function describeAdminProblem(problem: AdminProblem, scopes: readonly string[]): string {
  switch (problem) {
    case 'consent-required':
      return `Your organisation has not granted Career Conversations the permission it needs: ${scopes
        .map(describeScope)
        .join(
          ', ',
        )}. Ask your Microsoft 365 admin to grant admin consent for the app, then try again.`;
    case 'not-assigned':
      return 'You are not assigned to Career Conversations in your organisation. Ask your Microsoft 365 admin to assign you (or your group) to the app, then try again.';
    case 'conditional-access':
      return 'A Conditional Access policy of your organisation blocks this sign-in (for example from this device or location). Ask your Microsoft 365 admin which policy applies.';
  }
}

/**
 * A token could not be had, typed so a screen shows what to do: an admin problem reads as the
 * request to the admin, anything else keeps MSAL's words.
 */
export class SignInProblemError extends Error {
  override readonly name = 'SignInProblemError';
  constructor(
    readonly failure: AuthFailure,
    readonly scopes: readonly string[],
    options?: ErrorOptions,
  ) {
    super(signInProblemMessage(failure, scopes), options);
  }
}

function signInProblemMessage(failure: AuthFailure, scopes: readonly string[]): string {
  switch (failure.kind) {
    case 'consent-required':
    case 'not-assigned':
    case 'conditional-access':
      return describeAdminProblem(failure.kind, scopes);
    case 'interaction-required':
      return 'Sign in again to continue.';
    case 'cancelled':
      return 'Sign-in was cancelled.';
    case 'popup-blocked':
      return 'Your browser did not let the sign-in window open. Allow pop-ups for this app and try again.';
    case 'failed':
      return failure.message;
  }
}
