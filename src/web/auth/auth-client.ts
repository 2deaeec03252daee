import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { HostKind } from '../host/detect-host';
import type { AppConfig } from './app-config';

/** What the manager signs in for; Graph scopes are asked for when a screen needs them. */
const SIGN_IN_SCOPES = ['openid', 'profile', 'offline_access', 'User.Read'];

export interface SignedInUser {
  id: string;
  /** The account's home tenant: with `id`, whose drafts are whose on a shared browser. */
  tenantId: string;
  name: string;
  username: string;
}

export interface AuthClient {
  /** The signed-in user after a redirect back, or from the cache; undefined when signed out. */
  user(): SignedInUser | undefined;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
  /** An access token for the scopes (all of one resource), signing in again if needed. */
  accessToken(scopes: readonly string[]): Promise<string>;
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
 * MSAL with the configured authority: the local tenant in `npm start`, Entra ID otherwise.
 * Inside Teams and Outlook, nested app authentication lets the host sign the user in.
 */
export async function createAuthClient(config: AppConfig, host: HostKind): Promise<AuthClient> {
  const msalConfig: Configuration = {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: config.knownAuthorities,
      redirectUri: `${window.location.origin}/`,
      postLogoutRedirectUri: `${window.location.origin}/`,
    },
    cache: { cacheLocation: 'localStorage' },
  };
  const msal: IPublicClientApplication =
    host === 'browser'
      ? await createStandardPublicClientApplication(msalConfig)
      : await createNestablePublicClientApplication(msalConfig);

  const redirect = await msal.handleRedirectPromise();
  if (redirect?.account) msal.setActiveAccount(redirect.account);
  if (!msal.getActiveAccount()) {
    const [first] = msal.getAllAccounts();
    if (first) msal.setActiveAccount(first);
  }

  const account = (): AccountInfo | undefined => msal.getActiveAccount() ?? undefined;

  return {
    user: () => {
      const current = account();
      return current ? toUser(current) : undefined;
    },
    signIn: () => msal.loginRedirect({ scopes: SIGN_IN_SCOPES, prompt: 'select_account' }),
    signOut: async () => {
      const current = account();
      await msal.logoutRedirect(current ? { account: current } : {});
    },
    accessToken: async (scopes) => {
      const current = account();
      if (!current) throw new InteractionRequiredAuthError('no_account', 'Sign in first.');
      try {
        const result = await msal.acquireTokenSilent({ scopes: [...scopes], account: current });
        return result.accessToken;
      } catch (error) {
        if (error instanceof InteractionRequiredAuthError) {
          await msal.acquireTokenRedirect({ scopes: [...scopes], account: current });
        }
        throw error;
      }
    },
  };
}
