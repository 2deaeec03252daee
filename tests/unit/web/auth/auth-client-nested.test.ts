import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyAuthFailure } from '../../../../src/web/auth/auth-failure';
import { fakeNestedAppAuthBridge, idToken, type BridgeAnswer } from './fake-nested-app-auth-bridge';

const TENANT = '7a3c1e2b-0000-4000-8000-000000000001';
const YUKI = '5b9d0f4e-0000-4000-8000-000000000002';
const config = {
  tenantMode: 'local' as const,
  clientId: '0c1d2e3f-0000-4000-8000-000000000003',
  authority: `https://login.contoso.test/${TENANT}`,
  knownAuthorities: ['login.contoso.test'],
  graphBaseUrl: 'https://graph.contoso.test/v1.0',
  apiScope: 'api://career/access_as_user',
};

function signedIn(): BridgeAnswer {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: config.clientId,
    iss: `https://login.contoso.test/${TENANT}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    oid: YUKI,
    tid: TENANT,
    sub: 'yuki-sub',
    name: 'Yuki Tanaka',
    preferred_username: 'yuki@contoso.test',
  };
  return {
    token: {
      access_token: 'naa-access-token',
      expires_in: 3600,
      id_token: idToken(claims),
      scope: 'openid profile offline_access User.Read',
    },
    account: {
      homeAccountId: `${YUKI}.${TENANT}`,
      environment: 'login.contoso.test',
      tenantId: TENANT,
      username: 'yuki@contoso.test',
      localAccountId: YUKI,
      name: 'Yuki Tanaka',
    },
  };
}

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => {
      items.clear();
    },
  };
}

async function nestedClient(answers: Record<string, () => BridgeAnswer>) {
  vi.resetModules();
  const host = fakeNestedAppAuthBridge(answers);
  const storage = { localStorage: memoryStorage(), sessionStorage: memoryStorage() };
  vi.stubGlobal('window', {
    ...storage,
    nestedAppAuthBridge: host.bridge,
    location: {
      origin: 'https://app.contoso.test',
      href: 'https://app.contoso.test/index.html?host=teams',
      hash: '',
      search: '?host=teams',
    },
    crypto: globalThis.crypto,
    navigator: { userAgent: 'node' },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    document: {},
  });
  vi.stubGlobal('localStorage', storage.localStorage);
  vi.stubGlobal('sessionStorage', storage.sessionStorage);
  vi.stubGlobal('document', { cookie: '' });
  const { createAuthClient } = await import('../../../../src/web/auth/auth-client');
  const { client } = await createAuthClient(config, {
    mode: 'nested',
    loginHint: 'yuki@contoso.test',
  });
  return { client, requests: host.requests };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the nestable client over a host’s bridge', () => {
  it('a token for the API: silent, then the host’s prompt; consent refused there names the scope for the admin', async () => {
    const prompts: string[] = [];
    const { client } = await nestedClient({
      GetToken: () => ({
        error: {
          status: 'USER_INTERACTION_REQUIRED',
          code: 'invalid_grant',
          subError: 'consent_required',
        },
      }),
      GetTokenPopup: () => {
        prompts.push('prompt');
        return prompts.length === 1
          ? signedIn()
          : {
              error: {
                status: 'PERSISTENT_ERROR',
                code: 'invalid_grant',
                description:
                  'AADSTS65001: The user or administrator has not consented to use the application.',
              },
            };
      },
    });
    await client.signIn('popup');
    const refused = await client.accessToken([config.apiScope]).catch((error: unknown) => error);
    expect(prompts).toHaveLength(2);
    expect(refused).toMatchObject({
      name: 'SignInProblemError',
      failure: { kind: 'consent-required' },
      scopes: [config.apiScope],
    });
    expect((refused as Error).message).toMatch(/api:\/\/career\/access_as_user.*admin/);
  });

  it('signs in silently through the host (which picks the account), and has no sign-out of its own', async () => {
    const { client, requests } = await nestedClient({ GetToken: signedIn });
    await expect(client.signIn('silent')).resolves.toMatchObject({ id: YUKI, name: 'Yuki Tanaka' });
    expect(requests.map((request) => request.method)).toEqual(['GetInitContext', 'GetToken']);
    expect(requests[1]?.tokenParams).toMatchObject({
      clientId: config.clientId,
      scope: 'openid profile offline_access User.Read',
    });
    expect(client.signOut).toBeUndefined();
  });

  it('interaction required: the silent attempt says so, and the host’s prompt signs in', async () => {
    const { client, requests } = await nestedClient({
      GetToken: () => ({
        error: { status: 'USER_INTERACTION_REQUIRED', code: 'interaction_required' },
      }),
      GetTokenPopup: signedIn,
    });
    const silent = await client.signIn('silent').catch((error: unknown) => error);
    expect(classifyAuthFailure(silent)).toEqual({ kind: 'interaction-required' });
    await expect(client.signIn('popup')).resolves.toMatchObject({ id: YUKI });
    expect(requests.map((request) => request.method)).toContain('GetTokenPopup');
  });

  it('a redirect step is refused as a rejection, never a synchronous throw, and asks the host nothing', async () => {
    const { client, requests } = await nestedClient({});
    let pending: Promise<unknown> | undefined;
    expect(() => {
      pending = client.signIn('redirect');
    }).not.toThrow();
    await expect(pending).rejects.toThrow(/redirect cannot sign in inside a host/);
    expect(requests.map((request) => request.method)).toEqual(['GetInitContext']);
  });
});
