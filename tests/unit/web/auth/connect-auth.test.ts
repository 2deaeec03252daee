import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../../../../src/web/auth/app-config';
import type { AuthClient, AuthHost } from '../../../../src/web/auth/auth-client';
import { connectAuth, type ConnectAuthDeps } from '../../../../src/web/auth/connect-auth';
import type { HostConnection } from '../../../../src/web/host/connect-host';
import type { HostKind } from '../../../../src/web/host/detect-host';

const config: AppConfig = {
  tenantMode: 'local',
  clientId: 'spa',
  authority: 'https://login.contoso.test/t',
  knownAuthorities: [],
  graphBaseUrl: 'https://graph.contoso.test/v1.0',
  apiScope: 'api://career/access_as_user',
};

function fakeClient(mode: AuthHost['mode']): AuthClient {
  return {
    mode,
    cachedUser: () => undefined,
    signIn: () => Promise.resolve(undefined),
    signOut: undefined,
    accessToken: () => Promise.resolve('token'),
  };
}

/** A host that answers only when told to, recording what happened in which order. */
function harness(answer: Omit<HostConnection, 'onThemeChange'>, redirectError?: unknown) {
  const log: string[] = [];
  let release: () => void = () => undefined;
  const deps: ConnectAuthDeps = {
    loadConfig: () => Promise.resolve(config),
    connectHost: (kind: HostKind) =>
      new Promise((resolve) => {
        log.push(`connect ${kind}`);
        release = () => {
          log.push('host answered');
          resolve({ ...answer, onThemeChange: () => () => undefined });
        };
      }),
    createClient: (_config, host) => {
      const hint = host.loginHint ? ` hint ${host.loginHint}` : '';
      log.push(`client ${host.mode}${hint}${host.userId ? ` user ${host.userId}` : ''}`);
      return Promise.resolve({
        client: fakeClient(host.mode),
        ...(redirectError === undefined ? {} : { redirectError }),
      });
    },
  };
  return {
    deps,
    log,
    release: () => {
      release();
    },
  };
}

const teamsContext = {
  kind: 'teams' as const,
  locale: 'en-gb',
  timeZone: 'Europe/London',
  theme: 'light' as const,
  user: { id: '5b9d0f4e-0000-4000-8000-000000000002', loginHint: 'yuki@contoso.test' },
};

describe('connecting sign-in to the host', () => {
  it('creates the nestable client only after Teams answered, with the host’s login hint and person', async () => {
    const { deps, log, release } = harness({ context: teamsContext, nestedAppAuth: true });
    const connecting = connectAuth('teams', deps);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(['connect teams']);
    release();
    const { connected } = await connecting;
    expect(log).toEqual([
      'connect teams',
      'host answered',
      'client nested hint yuki@contoso.test user 5b9d0f4e-0000-4000-8000-000000000002',
    ]);
    expect(connected).toEqual({ type: 'connected', mode: 'nested' });
  });

  it('uses the standard client with popups in a host without nested app auth, or that did not answer', async () => {
    const { deps, log, release } = harness({
      context: {
        kind: teamsContext.kind,
        locale: 'en-gb',
        timeZone: 'Europe/London',
        theme: 'light',
      },
      nestedAppAuth: false,
      problem: 'Could not connect to Microsoft Teams: timed out',
    });
    const connecting = connectAuth('teams', deps);
    release();
    await connecting;
    expect(log.at(-1)).toBe('client popup');
  });

  it('reports a redirect that came back refused as the first event', async () => {
    const { deps, release } = harness(
      { context: { ...teamsContext, kind: 'browser' }, nestedAppAuth: false },
      { errorCode: 'access_denied', errorMessage: 'AADSTS65001: consent', message: '' },
    );
    const connecting = connectAuth('browser', deps);
    release();
    expect((await connecting).connected).toMatchObject({
      mode: 'redirect',
      failure: { kind: 'consent-required' },
    });
  });
});
