import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { AppConfig } from './app-config';
import { classifyAuthFailure, SignInProblemError } from './auth-failure';
import {
  SIGN_IN_SCOPES,
  type SignedInUser,
  type SignInMode,
  type SignInStep,
} from './sign-in-machine';

export type { SignedInUser } from './sign-in-machine';

export interface AuthClient {
  readonly mode: SignInMode;
  /** The account MSAL already holds (cache, or a redirect that just came back). */
  readonly cachedUser: () => SignedInUser | undefined;
  /**
   * Runs one sign-in step. Resolves to the user, or to undefined for a redirect (the page is
   * leaving). Every failure is a rejection, never a synchronous throw.
   */
  readonly signIn: (step: SignInStep) => Promise<SignedInUser | undefined>;
  /** Undefined under nested app auth: the person is signed in to the host, not to us. */
  readonly signOut: (() => Promise<void>) | undefined;
  /** An access token for the scopes (all of one resource); rejects with `SignInProblemError`. */
  readonly accessToken: (scopes: readonly string[]) => Promise<string>;
}

export interface AuthHost {
  mode: SignInMode;
  /** The host's hint of who is signed in (UPN), so the host and Entra agree on the account. */
  loginHint?: string;
  /** The Entra object id of the person signed in to the host, when the host says. */
  userId?: string;
}

/**
 * Inside a host the person is whoever the host has signed in. MSAL's cache in this browser may
 * still hold someone who used the app here before (another Teams account on a shared machine);
 * their account is never taken for this person's, or they would see the other person's team and
 * drafts. Without a word from the host (a browser tab) any cached account may be the person.
 */
function isHostsPerson(account: AccountInfo, host: AuthHost): boolean {
  if (host.userId) return account.localAccountId.toLowerCase() === host.userId.toLowerCase();
  if (host.loginHint) return account.username.toLowerCase() === host.loginHint.toLowerCase();
  return true;
}

export interface ConnectedClient {
  client: AuthClient;
  /** A redirect that came back with an error (refused consent, not assigned …). */
  redirectError?: unknown;
}

function toUser(account: AccountInfo): SignedInUser {
  return {
    id: account.localAccountId,
    tenantId: account.tenantId,
    name: account.name ?? account.username,
    username: account.username,
  };
}

/**
 * MSAL with the configured authority: the local tenant in `npm start`, Entra ID otherwise. The
 * nestable client is created only once the host has said it brokers sign-in (so only after
 * teams-js initialised); the redirect APIs are called only in `redirect` mode, where they work.
 */
export async function createAuthClient(
  config: AppConfig,
  host: AuthHost,
): Promise<ConnectedClient> {
  const { mode, loginHint } = host;
  const msalConfig: Configuration = {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: config.knownAuthorities,
      ...(config.authorityMetadata
        ? { authorityMetadata: JSON.stringify(config.authorityMetadata) }
        : {}),
      redirectUri: `${window.location.origin}/`,
      postLogoutRedirectUri: `${window.location.origin}/`,
    },
    cache: { cacheLocation: 'localStorage' },
  };
  const msal: IPublicClientApplication =
    mode === 'nested'
      ? await createNestablePublicClientApplication(msalConfig)
      : await createStandardPublicClientApplication(msalConfig);

  let redirectError: unknown;
  if (mode === 'redirect') {
    try {
      const redirect = await msal.handleRedirectPromise();
      if (redirect?.account) msal.setActiveAccount(redirect.account);
    } catch (error) {
      redirectError = error;
    }
  }
  const active = msal.getActiveAccount();
  if (!active || !isHostsPerson(active, host)) {
    msal.setActiveAccount(msal.getAllAccounts().find((a) => isHostsPerson(a, host)) ?? null);
  }

  const account = (): AccountInfo | undefined => msal.getActiveAccount() ?? undefined;
  const signedIn = (result: AuthenticationResult): SignedInUser => {
    msal.setActiveAccount(result.account);
    return toUser(result.account);
  };
  const hint = loginHint ? { loginHint } : {};

  const silently = async (): Promise<SignedInUser> => {
    const current = account();
    if (current)
      return signedIn(
        await msal.acquireTokenSilent({ scopes: [...SIGN_IN_SCOPES], account: current }),
      );
    // Nested: the host knows who is signed in. Standard: a hidden frame, worth trying with a hint.
    if (mode === 'nested' || loginHint) {
      return signedIn(await msal.ssoSilent({ scopes: [...SIGN_IN_SCOPES], ...hint }));
    }
    throw new InteractionRequiredAuthError('login_required', '');
  };

  const signIn = async (step: SignInStep): Promise<SignedInUser | undefined> => {
    switch (step) {
      case 'silent':
        return silently();
      case 'popup':
        return signedIn(
          await msal.acquireTokenPopup({
            scopes: [...SIGN_IN_SCOPES],
            ...(loginHint ? hint : { prompt: 'select_account' }),
          }),
        );
      case 'redirect':
        if (mode !== 'redirect')
          throw new Error(`A redirect cannot sign in inside a host (${mode}).`);
        await msal.loginRedirect({ scopes: [...SIGN_IN_SCOPES], prompt: 'select_account' });
        return undefined;
    }
  };

  const interactively = async (scopes: string[], current: AccountInfo): Promise<string> => {
    if (mode === 'redirect') {
      await msal.acquireTokenRedirect({ scopes, account: current });
      // The page is leaving for the sign-in page; nothing on it should carry on.
      throw new SignInProblemError({ kind: 'interaction-required' }, scopes);
    }
    return (await msal.acquireTokenPopup({ scopes, account: current })).accessToken;
  };

  return {
    client: {
      mode,
      cachedUser: () => {
        const current = account();
        return current ? toUser(current) : undefined;
      },
      signIn,
      signOut:
        mode === 'nested'
          ? undefined
          : async () => {
              const current = account();
              const request = current ? { account: current } : {};
              // In a frame a redirect is refused; forgetting the account here is what sign-out can do.
              if (mode === 'popup') await msal.clearCache(request);
              else await msal.logoutRedirect(request);
            },
      accessToken: async (requested) => {
        const scopes = [...requested];
        const current = account();
        if (!current) throw new SignInProblemError({ kind: 'interaction-required' }, scopes);
        try {
          return (await msal.acquireTokenSilent({ scopes, account: current })).accessToken;
        } catch (error) {
          const failure = classifyAuthFailure(error);
          if (failure.kind !== 'interaction-required' && failure.kind !== 'consent-required') {
            throw new SignInProblemError(failure, scopes, { cause: error });
          }
          try {
            return await interactively(scopes, current);
          } catch (prompted) {
            if (prompted instanceof SignInProblemError) throw prompted;
            throw new SignInProblemError(classifyAuthFailure(prompted), scopes, {
              cause: prompted,
            });
          }
        }
      },
    },
    redirectError,
  };
}
