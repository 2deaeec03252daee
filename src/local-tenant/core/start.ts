import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createControlsFeature } from '../controls/register';
import { entraFeature } from '../entra/register';
import { createSigningKey, SigningKeys } from '../entra/signing-keys';
import { batchFeature } from '../graph/batch/register';
import { calendarFeature } from '../graph/calendar/register';
import { chatFeature } from '../graph/chat/register';
import { directoryFeature } from '../graph/directory/register';
import { filesFeature } from '../graph/files/register';
import { mailFeature } from '../graph/mail/register';
import { sharePointFeature } from '../graph/sharepoint/register';
import { todoFeature } from '../graph/todo/register';
import { teamworkFeature } from '../graph/teamwork/register';
import { createOutlookHostFeature } from '../outlook-host/register';
import { createTeamsHostFeature } from '../teams-host/register';
import { buildSeedState, type SeedKind } from '../seed/build-state';
import {
  API_APP_ID,
  API_CLIENT_SECRET,
  DEFAULT_SPA_REDIRECT_URIS,
  SPA_APP_ID,
} from '../seed/well-known-apps';
import { loadState, StateStore } from '../state/store';
import type { TenantState } from '../state/types';
import { createTenantClock, type TenantClock } from './clock';
import type { RouteRegistry, TenantContext, TenantFeature, TenantUrls } from './context';
import { createRequestHandler, withGraphAuth, type RequestLogEntry } from './pipeline';
import { Router } from './router';
import { loadOrCreateTls } from './tls';

export interface LocalTenantOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Keep state (and the https certificate) here as JSON; in memory when absent. */
  dataDir?: string;
  /** Seed for a fresh tenant; a saved state in dataDir wins over it. */
  seed?: SeedKind;
  /** Public base URL when the tenant sits behind a proxy; issuer and links use it. */
  publicUrl?: string;
  /** Serve https with a self-signed certificate (MSAL accepts only https authorities). */
  https?: boolean;
  /** The SPA's registered redirect URIs (type spa). */
  spaRedirectUris?: string[];
  apiClientSecret?: string;
  /** Start the tenant clock at this instant. */
  now?: Date | string;
  freezeClock?: boolean;
  /**
   * The app's origin: what the local Teams host (/_local/teams) frames, from the manifest's
   * contentUrl. Default: publicUrl, as in the local stack where one origin serves both.
   */
  appOrigin?: string;
  /** Graph features added after the built-in ones (calendar, mail, ...). */
  features?: TenantFeature[];
  log?: (entry: RequestLogEntry) => void;
}

export interface LocalTenant {
  /** Base URL, e.g. http://127.0.0.1:4010 (the public URL when behind a proxy). */
  url: string;
  /** Where the server actually listens, e.g. http://127.0.0.1:4010 (a proxy's target). */
  listenUrl: string;
  /** MSAL authority: `{url}/{tenantId}`. */
  authority: string;
  /** Graph base: `{url}/v1.0`. */
  graphUrl: string;
  tenantId: string;
  spaClientId: string;
  apiClientId: string;
  ctx: TenantContext;
  state: StateStore;
  clock: TenantClock;
  reseed(kind: SeedKind): void;
  close(): Promise<void>;
}

/** The base under the other loopback name; a base under any other host keeps its own. */
function otherLoopbackName(base: string): string {
  const url = new URL(base);
  const other = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' }[url.hostname];
  if (!other) return base;
  url.hostname = other;
  return url.origin;
}

function urlsFor(base: string, tenantId: string): TenantUrls {
  const clean = base.replace(/\/+$/, '');
  return {
    base: clean,
    authority: `${clean}/${tenantId}`,
    issuerV2: `${clean}/${tenantId}/v2.0`,
    issuerV1: `${clean}/${tenantId}/`,
    graph: `${clean}/v1.0`,
    files: otherLoopbackName(clean),
  };
}

/** Starts the local stand-in for Entra ID and Microsoft Graph. */
export async function startLocalTenant(options: LocalTenantOptions = {}): Promise<LocalTenant> {
  const statePath = options.dataDir ? join(options.dataDir, 'state.json') : undefined;
  const loaded = statePath ? await loadState(statePath) : ({ kind: 'missing' } as const);
  if (loaded.kind === 'invalid') {
    console.warn(`[local-tenant] saved state unreadable (${loaded.reason}); seeding afresh`);
  }
  const clock = createTenantClock(loaded.kind === 'loaded' ? loaded.state.clock : undefined);
  if (options.now !== undefined) clock.set(new Date(options.now));
  // Frozen at the instant asked for, not at "now" read again a moment later (on a busy machine
  // a millisecond passes between the two, and a test's exact timestamps move with it).
  if (options.freezeClock)
    clock.freeze(options.now === undefined ? undefined : new Date(options.now));

  const builtIn: TenantFeature[] = [
    entraFeature,
    directoryFeature,
    calendarFeature,
    sharePointFeature,
    batchFeature,
    mailFeature,
    chatFeature,
    todoFeature,
    teamworkFeature,
    filesFeature,
  ];
  const extra = options.features ?? [];
  const hooks = [...builtIn, ...extra].flatMap((feature) => (feature.seed ? [feature.seed] : []));
  const spaRedirectUris = options.spaRedirectUris ?? DEFAULT_SPA_REDIRECT_URIS;
  const apiClientSecret = options.apiClientSecret ?? API_CLIENT_SECRET;
  const build = (kind: SeedKind, signingKeys: TenantState['signingKeys']): TenantState =>
    buildSeedState({
      kind,
      now: clock.now(),
      spaRedirectUris,
      apiClientSecret,
      signingKeys,
      clock: clock.snapshot(),
      hooks,
    });

  let initial: TenantState;
  if (loaded.kind === 'loaded') {
    initial = loaded.state;
    applyConfiguredApps(initial, options);
  } else {
    initial = build(options.seed ?? 'demo', [await createSigningKey(clock.now())]);
  }
  const store = new StateStore(initial, statePath);
  clock.onChange(() => {
    store.update((state) => {
      state.clock = clock.snapshot();
    });
  });

  const urls: TenantUrls = urlsFor(options.publicUrl ?? 'http://127.0.0.1:0', initial.tenant.id);
  const ctx: TenantContext = {
    tenantId: initial.tenant.id,
    clock,
    store,
    keys: new SigningKeys(store, () => clock.now()),
    urls,
    newId: () => randomUUID(),
  };
  const reseed = (kind: SeedKind): void => {
    store.replace(build(kind, store.state.signingKeys));
  };

  const router = new Router();
  const registry: RouteRegistry = {
    route: (method, pattern, handler) => {
      router.add(method, pattern, handler);
    },
    graph: (method, pattern, handler) => {
      router.add(method, `/v1.0${pattern}`, withGraphAuth(ctx, handler));
    },
  };
  const tools = [
    createControlsFeature({ reseed }),
    createTeamsHostFeature(options.appOrigin ? { appOrigin: options.appOrigin } : {}),
    createOutlookHostFeature(options.appOrigin ? { appOrigin: options.appOrigin } : {}),
  ];
  for (const feature of [...builtIn, ...extra, ...tools]) {
    feature.register(registry, ctx);
  }

  const handler = createRequestHandler(ctx, router, options.log);
  const host = options.host ?? '127.0.0.1';
  const server: Server = options.https
    ? createHttpsServer(
        await loadOrCreateTls(
          options.dataDir,
          options.publicUrl ? new URL(options.publicUrl).hostname : undefined,
        ),
        handler,
      )
    : createHttpServer(handler);
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const listenUrl = `${options.https ? 'https' : 'http'}://${urlHost}:${String(port)}`;
  const base = options.publicUrl ?? listenUrl;
  Object.assign(urls, urlsFor(base, initial.tenant.id));

  return {
    url: urls.base,
    listenUrl,
    authority: urls.authority,
    graphUrl: urls.graph,
    tenantId: ctx.tenantId,
    spaClientId: SPA_APP_ID,
    apiClientId: API_APP_ID,
    ctx,
    state: store,
    clock,
    reseed,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      });
      await store.flush();
    },
  };
}

/** Configuration given at start wins over what a saved state remembers. */
function applyConfiguredApps(state: TenantState, options: LocalTenantOptions): void {
  const spa = state.applications.find((app) => app.appId === SPA_APP_ID);
  if (spa && options.spaRedirectUris) {
    spa.redirectUris = options.spaRedirectUris.map((uri) => ({ uri, type: 'spa' }));
  }
  const api = state.applications.find((app) => app.appId === API_APP_ID);
  const credential = api?.passwordCredentials[0];
  if (credential && options.apiClientSecret) credential.secretText = options.apiClientSecret;
}
