import '../forbid-eval';
import { connectHost, type HostConnection } from '../host/connect-host';
import type { HostKind } from '../host/detect-host';
import { loadAppConfig, type AppConfig } from './app-config';
import { createAuthClient, type AuthClient, type ConnectedClient } from './auth-client';
import { classifyAuthFailure } from './auth-failure';
import { chooseSignInMode, SIGN_IN_SCOPES, type SignInEvent } from './sign-in-machine';

export interface ConnectedAuth {
  config: AppConfig;
  client: AuthClient;
  /** The machine's first event: who is signed in already, or why a redirect came back refused. */
  connected: Extract<SignInEvent, { type: 'connected' }>;
}

export interface ConnectAuthDeps {
  loadConfig: () => Promise<AppConfig>;
  connectHost: (kind: HostKind) => Promise<HostConnection>;
  createClient: typeof createAuthClient;
}

const realDeps: ConnectAuthDeps = {
  loadConfig: loadAppConfig,
  connectHost,
  createClient: createAuthClient,
};

/**
 * The configuration and the host are asked at once; the MSAL client is created only after the
 * host answered, because which client (nestable or standard) depends on that answer and the
 * nested app auth bridge exists only once teams-js has initialised.
 */
export async function connectAuth(
  kind: HostKind,
  deps: ConnectAuthDeps = realDeps,
): Promise<ConnectedAuth> {
  const [config, host] = await Promise.all([deps.loadConfig(), deps.connectHost(kind)]);
  const mode = chooseSignInMode(kind, host.nestedAppAuth);
  const { loginHint, id: userId } = host.context.user ?? {};
  const { client, redirectError }: ConnectedClient = await deps.createClient(config, {
    mode,
    ...(loginHint ? { loginHint } : {}),
    ...(userId ? { userId } : {}),
  });
  const user = client.cachedUser();
  const connected: ConnectedAuth['connected'] =
    redirectError === undefined
      ? { type: 'connected', mode, ...(user ? { user } : {}) }
      : {
          type: 'connected',
          mode,
          failure: classifyAuthFailure(redirectError),
          scopes: SIGN_IN_SCOPES,
        };
  return { config, client, connected };
}
