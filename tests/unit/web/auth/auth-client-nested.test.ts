import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyAuthFailure } from '../../../../src/web/auth/auth-failure';
import { fakeNestedAppAuthBridge, idToken, type BridgeAnswer } from './fake-nested-app-auth-bridge';

const TENANT = '7a3c1e2b-0000-4000-8000-000000000001';
const YUKI = '5b9d0f4e-0000-4000-8000-000000000002';
const PRIYA = '5b9d0f4e-0000-4000-8000-000000000004';

interface Person {
  id: string;
  name: string;
  username: string;
}
const yuki: Person = { id: YUKI, name: 'Yuki Tanaka', username: 'yuki@contoso.test' };
const priya: Person = { id: PRIYA, name: 'Priya Raman', username: 'priya@contoso.test' };
const config = {
  tenantMode: 'local' as const,
  clientId: '0c1d2e3f-0000-4000-8000-000000000003',
  authority: `https://login.contoso.test/${TENANT}`,
  knownAuthorities: ['login.contoso.test'],
  graphBaseUrl: 'https://graph.contoso.test/v1.0',
  apiScope: 'api://career/access_as_user',
};

function signedIn(person: Person = yuki): BridgeAnswer {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: config.clientId,
    iss: `https://login.contoso.test/${TENANT}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    oid: person.id,
    tid: TENANT,
    sub: `${person.id}-sub`,
    name: person.name,
    preferred_username: person.username,
  };
  return {
    token: {
      access_token: 'naa-access-token',
      expires_in: 3600,
      id_token: idToken(claims),
      scope: 'openid profile offline_access User.Read',
    },
    account: {
      homeAccountId: `${person.id}.${TENANT}`,
      environment: 'login.contoso.test',
      tenantId: TENANT,
      username: person.username,
      localAccountId: person.id,
      name: person.name,
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

/** `document.cookie` as a browser keeps it: each assignment sets one cookie, reading lists them. */
function cookieJar(): { cookie: string } {
  const cookies = new Map<string, string>();
  return {
    get cookie() {
      return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    },
    set cookie(assignment: string) {
      const [pair = ''] = assignment.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(assignment) || value === '') cookies.delete(name);
      else cookies.set(name, value);
    },
  };
}

/** What one browser keeps between page loads: MSAL's cache, and the cookie holding its key. */
interface BrowserStorage {
  localStorage: Storage;
  sessionStorage: Storage;
  document: { cookie: string };
}

const freshBrowser = (): BrowserStorage => ({
  localStorage: memoryStorage(),
  sessionStorage: memoryStorage(),
  document: cookieJar(),
});

/** A nestable client in a host where `person` is signed in; `storage` is the browser's, if shared. */
async function nestedClient(
  answers: Record<string, () => BridgeAnswer>,
  person: Person = yuki,
  storage: BrowserStorage = freshBrowser(),
) {
  vi.resetModules();
  const host = fakeNestedAppAuthBridge(answers);
  vi.stubGlobal('window', {
    localStorage: storage.localStorage,
    sessionStorage: storage.sessionStorage,
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
  vi.stubGlobal('document', storage.document);
  const { createAuthClient } = await import('../../../../src/web/auth/auth-client');
  const { client } = await createAuthClient(config, {
    mode: 'nested',
    loginHint: person.username,
    userId: person.id,
  });
  return { client, requests: host.requests, storage };
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

  it('another person signed in to the host on this browser before: their account is never taken for this one', async () => {
    const { storage } = await nestedClient({ GetToken: () => signedIn(priya) }, priya).then(
      async (first) => {
        await expect(first.client.signIn('silent')).resolves.toMatchObject({ id: PRIYA });
        return first;
      },
    );
    const { client } = await nestedClient({ GetToken: () => signedIn(yuki) }, yuki, storage);
    expect(client.cachedUser()).toBeUndefined();
    await expect(client.signIn('silent')).resolves.toMatchObject({ id: YUKI });
    expect(client.cachedUser()).toMatchObject({ id: YUKI, name: 'Yuki Tanaka' });
  });
});
