import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { HostKind } from '../host/detect-host';
import type { AppConfig } from './app-config';
import type { AuthClient, SignedInUser } from './auth-client';
import { classifyAuthFailure } from './auth-failure';
import type { ConnectedAuth } from './connect-auth';
import { signInTransition, SIGN_IN_SCOPES, type SignInState } from './sign-in-machine';

/** Everything a signed-in screen needs from sign-in. */
export interface Session {
  config: AppConfig;
  user: SignedInUser;
  accessToken: AuthClient['accessToken'];
  /** Absent under nested app auth, where the person is signed in to the host. */
  signOut?: () => Promise<void>;
}

export interface Auth {
  state: SignInState;
  /** Set once signed in. */
  session: Session | undefined;
  /** The local demo tenant (`npm start`), once the configuration is loaded. */
  localTenant: boolean;
  /** A person's click on "Sign in" or "Try again". */
  signIn: () => void;
  /** Loads the configuration and the client again, after `unavailable`. */
  reconnect: () => void;
}

/**
 * One MSAL instance per page: a redirect back from sign-in can be completed only once, so a
 * second instance (React's strict mode runs effects twice) must not race the first.
 */
let pending: Promise<ConnectedAuth> | undefined;

/**
 * Loads MSAL and the configuration and connects, once per page. MSAL is its own chunk, fetched
 * while the first screen paints; main.tsx calls this before rendering so nothing waits on React.
 */
export function connectOnce(host: HostKind): Promise<ConnectedAuth> {
  pending ??= import('./connect-auth').then(({ connectAuth }) => connectAuth(host));
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Sign-in as the state machine in `sign-in-machine.ts` describes it: this hook only runs the step
 * the state names and reports how it ended, so no button can wait on a promise nobody settles.
 */
export function useAuth(host: HostKind): Auth {
  const [state, dispatch] = useReducer(signInTransition, { status: 'connecting' });
  const [connected, setConnected] = useState<ConnectedAuth>();
  const [attempt, setAttempt] = useState(0);
  const started = useRef<SignInState>(undefined);

  useEffect(() => {
    let active = true;
    connectOnce(host)
      .then((result) => {
        if (!active) return;
        setConnected(result);
        dispatch(result.connected);
      })
      .catch((error: unknown) => {
        if (active) {
          dispatch({
            type: 'connect-failed',
            message: `Sign-in is not available: ${describe(error)}`,
          });
        }
      });
    return () => {
      active = false;
    };
  }, [host, attempt]);

  useEffect(() => {
    // Each signing-in state runs its step once, even when strict mode runs this effect twice.
    if (state.status !== 'signing-in' || !connected || started.current === state) return;
    started.current = state;
    connected.client.signIn(state.step).then(
      (user) => {
        if (user) dispatch({ type: 'succeeded', user });
      },
      (error: unknown) => {
        dispatch({ type: 'failed', failure: classifyAuthFailure(error), scopes: SIGN_IN_SCOPES });
      },
    );
  }, [state, connected]);

  const signIn = useCallback(() => {
    dispatch({ type: 'sign-in-requested' });
  }, []);
  const reconnect = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);

  const client = connected?.client;
  const session: Session | undefined =
    state.status === 'signed-in' && connected && client
      ? {
          config: connected.config,
          user: state.user,
          accessToken: client.accessToken,
          ...(client.signOut
            ? {
                signOut: async () => {
                  await client.signOut?.();
                  dispatch({ type: 'signed-out' });
                },
              }
            : {}),
        }
      : undefined;

  return {
    state,
    session,
    localTenant: connected?.config.tenantMode === 'local',
    signIn,
    reconnect,
  };
}
