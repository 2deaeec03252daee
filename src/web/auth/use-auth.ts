import { useCallback, useEffect, useState } from 'react';
import type { HostKind } from '../host/detect-host';
import { loadAppConfig, type AppConfig } from './app-config';
import { createAuthClient, type AuthClient, type SignedInUser } from './auth-client';

export type AuthState =
  | { status: 'loading' }
  | { status: 'error'; message: string; retry: () => void }
  | { status: 'signed-out'; config: AppConfig; client: AuthClient }
  | { status: 'signed-in'; config: AppConfig; client: AuthClient; user: SignedInUser };

/**
 * One MSAL instance per page: a redirect back from sign-in can be completed only once, so a
 * second instance (React's strict mode runs effects twice) must not race the first.
 */
let pending: Promise<{ config: AppConfig; client: AuthClient }> | undefined;

function connectOnce(host: HostKind): Promise<{ config: AppConfig; client: AuthClient }> {
  pending ??= (async () => {
    const config = await loadAppConfig();
    return { config, client: await createAuthClient(config, host) };
  })();
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Loads the configuration, completes a sign-in redirect if there is one, and reports who is signed in. */
export function useAuth(host: HostKind): AuthState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    let active = true;
    (async () => {
      const { config, client } = await connectOnce(host);
      const user = client.user();
      return user
        ? ({ status: 'signed-in', config, client, user } as const)
        : ({ status: 'signed-out', config, client } as const);
    })()
      .then((next) => {
        if (active) setState(next);
      })
      .catch((error: unknown) => {
        if (active) {
          setState({
            status: 'error',
            message: `Sign-in is not available: ${describe(error)}`,
            retry,
          });
        }
      });
    return () => {
      active = false;
    };
  }, [host, attempt, retry]);

  return state;
}
