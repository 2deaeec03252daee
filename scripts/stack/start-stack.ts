/**
 * The whole product on one machine: the local tenant (Entra ID + Graph stand-in), and the web app
 * served over https on one origin that also proxies the tenant. One origin means one certificate
 * for the browser to accept (MSAL only accepts https authorities), and the same stack serves
 * `npm start` and the end-to-end tests.
 */
import type { ServerOptions as HttpsOptions } from 'node:https';
import type { Connect, PreviewServer, ViteDevServer } from 'vite';
import { createServer, preview } from 'vite';
import { Temporal } from '../../src/domain';
import { loadOrCreateTls, startLocalTenant, type LocalTenant } from '../../src/local-tenant';
import { LOCAL_TEAMS_APP_ID } from '../../src/local-tenant/teams-host/host-config';
import { authorityMetadataFor } from '../../src/adapters/hosting/authority-metadata';
import { pageAt, webSecurityHeaders } from '../../src/adapters/hosting/web-security-headers';
import { freePort } from './free-port';
import { createProxyTable } from './proxy-table';
import { localOfficeJsDevPlugin, serveLocalOfficeJs } from './local-office-js';
import { PortTakenError } from './port-taken';
import { startApiProcess, type ApiHost } from './start-api';
import { seedDemoHistory, type SeedDemoHistoryResult } from './seed-demo-history';

export interface StackOptions {
  /** `dev`: Vite dev server with hot reload (`npm start`); `built`: serve `dist/web` (tests). */
  web: 'dev' | 'built';
  /** 0 picks a free port. */
  webPort?: number;
  /**
   * Where the ports the stack picks itself come from (web when `webPort` is 0, then the API's):
   * by default one the system has free at that moment. A test hands out a taken one.
   */
  pickPort?: () => Promise<number>;
  /** Keep tenant state here; in memory when absent. */
  dataDir?: string;
  /** Start the tenant clock here (tests). */
  now?: string;
  /**
   * Write the demo organisation's career-conversation history (contracts, conversations,
   * triggers, profiles) into the SharePoint lists once, when they hold none yet. Default true.
   */
  seedHistory?: boolean;
  /**
   * `node` (default): the API behind this origin's `/api`. `functions`: the built Functions app
   * (dist/api) on its own https origin, called cross-origin as in Azure (`apiBaseUrl`).
   */
  api?: ApiHost;
  /** Whether the API creates missing lists at start (default true). */
  provisionOnStart?: boolean;
  /** Runs once the tenant and the web server are up, before the API starts (e.g. provisioning). */
  beforeApi?: (tenant: LocalTenant, origin: string) => Promise<void>;
  /** What `/config.json` serves instead of the local configuration (a production-shaped one). */
  appConfig?: (context: AppConfigContext) => Promise<Record<string, unknown>>;
}

export interface AppConfigContext {
  origin: string;
  tenant: LocalTenant;
  /** The API's base URL when it is on its own origin (`api: 'functions'`). */
  apiBaseUrl: string | undefined;
}

export interface Stack {
  /** The app's URL, e.g. https://localhost:5173/ */
  url: string;
  /** The local Teams host framing the app's tab, e.g. https://localhost:5173/_local/teams */
  teamsHostUrl: string;
  /** The local Outlook host framing the add-in's task pane, e.g. https://localhost:5173/_local/outlook */
  outlookHostUrl: string;
  tenant: LocalTenant;
  close(): Promise<void>;
}

/** The app's runtime configuration, served as /config.json (see src/web/auth/app-config.ts). */
export function localAppConfig(origin: string, tenant: LocalTenant): Record<string, unknown> {
  const authority = `${origin}/${tenant.tenantId}`;
  return {
    tenantMode: 'local',
    clientId: tenant.spaClientId,
    authority,
    authorityMetadata: authorityMetadataFor(authority),
    knownAuthorities: [new URL(origin).host],
    graphBaseUrl: `${origin}/v1.0`,
    apiScope: `api://${tenant.apiClientId}/access_as_user`,
    // The local Teams host plays Teams for this app id, so mails carry links it opens.
    teamsAppId: LOCAL_TEAMS_APP_ID,
  };
}

function describeSeeding(result: SeedDemoHistoryResult): string {
  const { counts, elapsedMs } = result;
  if (!result.written)
    return `[demo history] already in place (checked in ${String(elapsedMs)} ms)`;
  return `[demo history] ${String(counts.contracts)} contracts (${String(counts.contractVersions)} versions), ${String(counts.conversations)} conversations, ${String(counts.triggers)} triggers, ${String(counts.profiles)} profiles written in ${String(elapsedMs)} ms`;
}

/** The app works without the demo history, so a failure to write it is reported, not fatal. */
async function seedHistoryOf(tenant: LocalTenant): Promise<void> {
  const now = Temporal.Instant.fromEpochMilliseconds(tenant.clock.epochMs());
  try {
    const result = await seedDemoHistory({ tenant, now });
    if (result.skipped !== 'not-the-demo-seed') console.info(describeSeeding(result));
  } catch (error) {
    console.warn('[demo history] not written:', error);
  }
}

/**
 * Starts the stack. The ports it picks itself (the API's always, the web's when `webPort` is 0)
 * were free a moment before they are bound, and another process on the machine (a parallel test
 * file) may bind one in between: then everything started is closed and the stack starts again on
 * new ports. A web port the caller named is never swapped: that it is taken is the error to read.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { webPort = 0 } = options;
  const picksWebPort = webPort === 0;
  for (let attempt = 1; ; attempt += 1) {
    const port = picksWebPort ? await (options.pickPort ?? freePort)() : webPort;
    try {
      return await startStackOn(port, options);
    } catch (error) {
      const retry =
        error instanceof PortTakenError &&
        (error.which === 'api' || picksWebPort) &&
        attempt < PORT_ATTEMPTS;
      if (!retry) throw error;
      console.warn(`[stack] ${error.message} Starting again on new ports.`);
    }
  }
}

const PORT_ATTEMPTS = 5;

/** What was started so far, closed in reverse when a later step fails. */
type Closer = () => Promise<void> | void;

async function closeAll(closers: readonly Closer[]): Promise<void> {
  for (const close of [...closers].reverse()) {
    try {
      await close();
    } catch (error) {
      console.warn('[stack] closing after a failed start:', error);
    }
  }
}

async function startStackOn(port: number, options: StackOptions): Promise<Stack> {
  const started: Closer[] = [];
  try {
    return await startParts(port, options, started);
  } catch (error) {
    await closeAll(started);
    throw error;
  }
}

async function startParts(port: number, options: StackOptions, started: Closer[]): Promise<Stack> {
  const origin = `https://localhost:${port}`;
  const tenant = await startLocalTenant({
    port: 0,
    publicUrl: origin,
    // The broker URI lets the local Teams host (/_local/teams) serve the app nested app auth.
    spaRedirectUris: [
      `${origin}/`,
      `https://127.0.0.1:${port}/`,
      `brk-multihub://localhost:${port}`,
    ],
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  started.push(() => tenant.close());
  // Written while the web server starts; the stack is ready once both are.
  const seeding = options.seedHistory === false ? Promise.resolve() : seedHistoryOf(tenant);
  // On a failed start the tenant closes only once the history being written to it is.
  started.push(() => seeding);
  const tls = await loadOrCreateTls(options.dataDir);
  const https: HttpsOptions = { key: tls.key, cert: tls.cert };

  // Everything the tenant serves sits at the root of the app's origin, as Entra and Graph sit at
  // the root of theirs; the web app only ever sees configured base URLs.
  const tenantPaths = [
    `/${tenant.tenantId}`,
    '/common',
    '/organizations',
    '/contoso-demo.example',
    '/v1.0',
    '/oidc',
    '/_local',
    // OneDrive's pre-authenticated download URLs (GET …/content answers 302 to them).
    '/_layouts',
  ];
  // The career API answers under /api on the same origin. Its process starts once the origin is
  // up, because it reaches Entra and Graph through it; its port is chosen now for the proxy.
  const apiPort = await (options.pickPort ?? freePort)();
  const apiHost = options.api ?? 'node';
  const apiBaseUrl =
    apiHost === 'functions' ? `https://localhost:${String(apiPort)}/api` : undefined;
  const proxyTable = createProxyTable({
    ...Object.fromEntries(tenantPaths.map((path) => [path, tenant.listenUrl])),
    ...(apiHost === 'node' ? { '/api': `http://127.0.0.1:${String(apiPort)}` } : {}),
  });
  started.push(() => {
    proxyTable.close();
  });
  const proxy = proxyTable.routes;
  const config = JSON.stringify(
    options.appConfig
      ? await options.appConfig({ origin, tenant, apiBaseUrl })
      : localAppConfig(origin, tenant),
  );
  const serveConfig = (server: { middlewares: Connect.Server }): void => {
    server.middlewares.use('/config.json', (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('cache-control', 'no-store');
      res.end(config);
    });
  };

  // The built app gets the headers static hosting sends in production (staticwebapp.config.json),
  // with this origin standing in for Entra and Graph, so a policy that breaks the app fails the
  // end-to-end tests. Answers proxied from the tenant and the API keep their own headers. The dev
  // server is left without them: its hot reload runs inline scripts.
  const proxied = Object.keys(proxy);
  const sendSecurityHeaders = (server: { middlewares: Connect.Server }): void => {
    server.middlewares.use((req, res, next) => {
      const path = req.url ?? '/';
      if (!proxied.some((prefix) => path.startsWith(prefix))) {
        const headers = webSecurityHeaders(pageAt(path), {
          authority: origin,
          graph: origin,
          files: tenant.ctx.urls.files,
          ...(apiBaseUrl ? { api: apiBaseUrl } : {}),
        });
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      }
      next();
    });
  };

  let web: ViteDevServer | PreviewServer;
  if (options.web === 'dev') {
    const dev = await createServer({
      configFile: 'vite.config.ts',
      // No Vite CORS: the tenant and the API answer cross-origin callers as their real
      // counterparts do (Vite's default would let every localhost page read every path).
      server: { port, strictPort: true, host: 'localhost', https, proxy, cors: false },
      plugins: [
        { name: 'local-app-config', configureServer: serveConfig },
        localOfficeJsDevPlugin(),
      ],
    });
    started.push(() => dev.close());
    await webListening(() => dev.listen());
    web = dev;
  } else {
    web = await webListening(() =>
      preview({
        configFile: 'vite.config.ts',
        preview: { port, strictPort: true, host: 'localhost', https, proxy, cors: false },
        plugins: [
          {
            name: 'local-app-config',
            configurePreviewServer(server) {
              sendSecurityHeaders(server);
              serveConfig(server);
              serveLocalOfficeJs(server);
            },
          },
        ],
        logLevel: 'warn',
      }),
    );
    started.push(() => web.close());
  }

  await seeding;

  await options.beforeApi?.(tenant, origin);
  const api = await startApiProcess({
    tenant,
    origin,
    certPem: tls.cert,
    keyPem: tls.key,
    port: apiPort,
    host: apiHost,
    provisionOnStart: options.provisionOnStart ?? true,
  });

  return {
    url: `${origin}/`,
    teamsHostUrl: `${origin}/_local/teams`,
    outlookHostUrl: `${origin}/_local/outlook`,
    tenant,
    close: async () => {
      await api.close();
      await web.close();
      proxyTable.close();
      await tenant.close();
    },
  };
}

/**
 * Vite answers a taken port with a plain Error ("Port 5173 is already in use"), without the
 * socket's code: that message is the one sign to read.
 */
async function webListening<T>(listen: () => Promise<T>): Promise<T> {
  try {
    return await listen();
  } catch (error) {
    if (error instanceof Error && /already in use/.test(error.message)) {
      throw new PortTakenError('web', error.message);
    }
    throw error;
  }
}
