import { createGraphClient, type GraphClient } from '../../adapters/graph/client';
import { createGraphDirectory } from '../../adapters/graph/directory/graph-directory';
import {
  createSharePointStores,
  provision,
  resolveLists,
  sharePointErasureLeftovers,
  type ListIds,
} from '../../adapters/graph/sharepoint';
import { systemClock, type Clock } from '../../domain';
import { createTenantKeys } from '../auth/tenant-keys';
import { createTokenVerifier } from '../auth/verify-token';
import { GraphActivityFeed } from '../../adapters/graph/teamwork/graph-activity-feed';
import type { GraphAppConfig, ServerConfig } from '../config';
import { consoleLog, type CareerApiDeps, type ServerLog } from '../deps';
import { sharePointHealth } from '../setup/sharepoint-health';
import { probeStores } from '../setup/store-probe';
import { createAppTokenSource } from './app-token';

export interface GraphDepsOptions {
  /** Overrides the configuration's PROVISION_ON_START (tests provision a fresh site). */
  provisionOnStart?: boolean;
  fetch?: typeof fetch;
  log?: ServerLog;
  /** Defaults to the system clock; the local stack shares the local tenant's (pinned) clock. */
  clock?: Clock;
  /**
   * Send list queries started together in shared `$batch`es (default true). False is the
   * per-report baseline `npm run bench` compares against.
   */
  readBatching?: boolean;
}

/** The personal tab nudges open (the manifest's first static tab). */
export const CAREER_TAB_ENTITY_ID = 'career-home';

/** The one Graph client with the API app's own token (client credentials, Sites.Selected). */
export function createAppGraph(config: GraphAppConfig, doFetch: typeof fetch): GraphClient {
  const appToken = createAppTokenSource({
    authorityHost: config.authorityHost,
    tenantId: config.tenantId,
    clientId: config.apiClientId,
    clientSecret: config.apiClientSecret,
    fetch: doFetch,
  });
  return createGraphClient({
    baseUrl: config.graphBaseUrl,
    getAccessToken: () => appToken(),
    fetch: doFetch,
  });
}

/**
 * The API wired to Microsoft 365: tokens verified against Entra ID, the directory and the
 * SharePoint lists through one app-only Graph client. Consents, observed manager history and the
 * append-only audit trail are SharePoint lists too, so they survive a restart.
 */
export async function createGraphDeps(
  config: ServerConfig,
  options: GraphDepsOptions = {},
): Promise<CareerApiDeps> {
  const log = options.log ?? consoleLog;
  const clock = options.clock ?? systemClock;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const graph = createAppGraph(config, doFetch);
  const lists = await listsOf(
    graph,
    config.sharePointSiteId,
    options.provisionOnStart ?? config.provisionOnStart,
    log,
  );
  const { managerHistory, audit, security, nudges, ...stores } = createSharePointStores({
    graph,
    siteId: config.sharePointSiteId,
    lists,
    ...(options.readBatching === undefined ? {} : { batchReads: options.readBatching }),
    onProblem: (problem) => {
      log.warn('unreadable list data skipped', { problem });
    },
  });
  return {
    verifier: createTokenVerifier({
      apiClientId: config.apiClientId,
      allowedTenants: config.allowedTenants,
      allowedClientApps: config.allowedClientApps,
      keys: createTenantKeys({ authorityHost: config.authorityHost, fetch: doFetch }),
      now: () => new Date(clock.now().epochMilliseconds),
    }),
    // Other people's zones are not needed by the API, and reading them needs calendar rights.
    directory: createGraphDirectory(graph, { othersTimeZones: 'none' }),
    stores,
    managerHistory,
    audit,
    security,
    storageLeftovers: sharePointErasureLeftovers(),
    clock,
    appOrigins: config.appOrigins,
    rateLimit: config.rateLimit,
    orgTimeZone: config.orgTimeZone,
    nudges: {
      store: nudges,
      ...(config.nudges
        ? {
            job: {
              feed: new GraphActivityFeed(graph),
              links: {
                appUrl: config.nudges.appUrl,
                teams: { appId: config.nudges.teamsAppId, entityId: CAREER_TAB_ENTITY_ID },
              },
              orgRoots: config.nudges.orgRoots,
              defaultZone: config.orgTimeZone,
            },
          }
        : {}),
    },
    setupHealth: sharePointHealth(
      graph,
      config.sharePointSiteId,
      probeStores(stores, clock),
      clock,
    ),
    log,
    openApi: {
      apiClientId: config.apiClientId,
      authority: `${config.authorityHost}/${config.tenantId}`,
    },
  };
}

/**
 * With `provisionOnStart`, provisioning runs at every start, not only when a list is missing: it
 * is idempotent and brings a site provisioned by an older version up to date (a new column, a
 * new index) before any store writes to it.
 */
async function listsOf(
  graph: Parameters<typeof resolveLists>[0],
  siteId: string,
  provisionOnStart: boolean,
  log: ServerLog,
): Promise<ListIds> {
  if (!provisionOnStart) return resolveLists(graph, siteId);
  const report = await provision(graph, siteId);
  if (report.problems.length > 0)
    log.warn('provisioning left problems', { problems: report.problems });
  const changes = [...report.created, ...report.indexed, ...report.updated];
  if (changes.length > 0) log.info('provisioned the career lists', { changes });
  return resolveLists(graph, siteId);
}
