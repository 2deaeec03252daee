import type { TenantState } from '../state/types';

/**
 * The tenant's state as `GET /_local/state` shows it: everything tests read (directory, apps,
 * grants, each feature's data, who holds which session and refresh token), with every credential
 * left out. A refresh token handle, a session cookie, a client secret or a signing key would let
 * whoever reads the answer act as a person or as the app (a refresh token's session id is the
 * session cookie's value). Authorization codes and access tokens are never kept in state.
 */
export function stateView(state: TenantState): Record<string, unknown> {
  return {
    ...state,
    applications: state.applications.map((app) => ({
      ...app,
      passwordCredentials: app.passwordCredentials.map(({ secretText: _secret, ...rest }) => rest),
    })),
    signingKeys: state.signingKeys.map(({ privateJwk: _private, ...rest }) => rest),
    refreshTokens: state.refreshTokens.map(
      ({ handle: _handle, sessionId: _session, ...rest }) => rest,
    ),
    sessions: state.sessions.map(({ id: _id, ...rest }) => rest),
  };
}
