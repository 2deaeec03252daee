/**
 * `npm run provision -- --site <url> [--dry-run] [--grant]`: creates the career lists, columns
 * and indexes on a SharePoint site as the career API (the same code as PROVISION_ON_START),
 * verifies them with the API's setup-health check, and prints the site id for SHAREPOINT_SITE_ID.
 * Where the API app has no grant on the site it prints the exact Sites.Selected requests an
 * administrator must send, or, with --grant and that administrator's token, sends them itself.
 * The same command runs against a real tenant and the local one (GRAPH_BASE_URL).
 */
import { pathToFileURL } from 'node:url';
import { createGraphClient } from '../src/adapters/graph/client';
import {
  createSharePointStores,
  findSite,
  grantSiteAccess,
  holdsRole,
  inspectLists,
  provision,
  resolveLists,
  siteGrantOf,
  type GrantedApp,
  type SharePointGraph,
  type SiteRef,
} from '../src/adapters/graph/sharepoint';
import { isPortError } from '../src/app/ports';
import { systemClock } from '../src/domain';
import { ConfigError, loadGraphAppConfig } from '../src/server/config';
import { createAppGraph } from '../src/server/runtime/graph-deps';
import { sharePointHealth } from '../src/server/setup/sharepoint-health';
import { probeStores } from '../src/server/setup/store-probe';
import { parseArgs, USAGE, type ProvisionArgs } from './provision/args';
import { grantAdvice, planLines, reportLines } from './provision/messages';

/** How the API app is named in the grant; SharePoint goes by the id, people by the name. */
const API_APP_NAME = 'Career Conversations API';

export interface ProvisionIo {
  out(line: string): void;
  err(line: string): void;
}

const consoleIo: ProvisionIo = {
  out: (line) => {
    console.info(line);
  },
  err: (line) => {
    console.error(line);
  },
};

/** A failure the administrator can act on; the command prints it and exits 1. */
class Stop extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

function reason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && cause.message !== '') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** Why a request as the API app failed, in the words of its configuration. */
function apiFailure(error: unknown, siteUrl: string): Stop {
  if (isPortError(error, 'unauthenticated'))
    return new Stop([
      `The API app could not sign in (${reason(error)}).`,
      'Check TENANT_ID, API_CLIENT_ID and API_CLIENT_SECRET (and AUTHORITY_HOST).',
    ]);
  if (isPortError(error, 'not-found'))
    return new Stop([`No site at ${siteUrl}. Check the address: open it in a browser first.`]);
  if (isPortError(error, 'invalid')) return new Stop([`${siteUrl}: ${reason(error)}`]);
  return new Stop([`Microsoft 365 could not be reached (${reason(error)}). Try again.`]);
}

function adminFailure(error: unknown): Stop {
  if (isPortError(error, 'unauthenticated'))
    return new Stop([`GRAPH_ADMIN_TOKEN was refused (${reason(error)}); get a fresh token.`]);
  if (isPortError(error, 'forbidden'))
    return new Stop([
      'GRAPH_ADMIN_TOKEN cannot manage site permissions: it needs Sites.FullControl.All (and, for a person, the SharePoint Administrator role).',
    ]);
  return new Stop([`Granting failed (${reason(error)}).`]);
}

/** The site, read as the API if it can, else with the administrator's token; undefined: neither. */
async function locate(
  api: SharePointGraph,
  admin: SharePointGraph | undefined,
  siteUrl: string,
): Promise<{ site: SiteRef | undefined; apiCanRead: boolean }> {
  try {
    return { site: await findSite(api, siteUrl), apiCanRead: true };
  } catch (error) {
    if (!isPortError(error, 'forbidden')) throw apiFailure(error, siteUrl);
  }
  if (!admin) return { site: undefined, apiCanRead: false };
  try {
    return { site: await findSite(admin, siteUrl), apiCanRead: false };
  } catch (error) {
    if (isPortError(error, 'not-found') || isPortError(error, 'invalid'))
      throw apiFailure(error, siteUrl);
    throw adminFailure(error);
  }
}

/** --grant: the API app gets `manage` on the site (write, then raised), unless it holds it. */
async function grant(
  admin: SharePointGraph,
  site: SiteRef,
  app: GrantedApp,
  dryRun: boolean,
  io: ProvisionIo,
): Promise<void> {
  try {
    if (dryRun) {
      const current = await siteGrantOf(admin, site.id, app.id);
      io.out(
        current && holdsRole(current.roles, 'manage')
          ? `Grant: ${app.displayName} already holds ${current.roles.join(', ')}.`
          : `Grant: would give ${app.displayName} Sites.Selected "manage" (now: ${current?.roles.join(', ') ?? 'none'}).`,
      );
      return;
    }
    const { before, after } = await grantSiteAccess(admin, site.id, app, 'manage');
    io.out(
      before && holdsRole(before.roles, 'manage')
        ? `Grant: ${app.displayName} already holds ${before.roles.join(', ')}.`
        : `Grant: ${app.displayName} now holds ${after.roles.join(', ')} (was ${before?.roles.join(', ') ?? 'none'}).`,
    );
  } catch (error) {
    throw adminFailure(error);
  }
}

async function verify(api: SharePointGraph, siteId: string, io: ProvisionIo): Promise<boolean> {
  const stores = createSharePointStores({
    graph: api,
    siteId,
    lists: await resolveLists(api, siteId),
  });
  const health = await sharePointHealth(
    api,
    siteId,
    probeStores(stores, systemClock),
    systemClock,
  )();
  for (const check of health.checks.filter((c) => !c.ok)) {
    io.err(`  failed: ${check.label}: ${check.detail}`);
  }
  io.out(
    health.ok
      ? `Verified: ${String(health.checks.length)} checks passed (lists, columns, indexes, each store answers).`
      : 'Verification failed.',
  );
  return health.ok;
}

async function run(
  args: ProvisionArgs,
  env: Readonly<Record<string, string | undefined>>,
  io: ProvisionIo,
  doFetch: typeof fetch,
): Promise<number> {
  const config = loadGraphAppConfig(env);
  const api = createAppGraph(config, doFetch);
  const adminToken = env.GRAPH_ADMIN_TOKEN?.trim();
  const admin =
    adminToken === undefined || adminToken === ''
      ? undefined
      : createGraphClient({
          baseUrl: config.graphBaseUrl,
          getAccessToken: () => Promise.resolve(adminToken),
          fetch: doFetch,
        });
  if (args.grant && !admin) {
    throw new Stop([
      '--grant needs GRAPH_ADMIN_TOKEN: a Microsoft Graph token carrying Sites.FullControl.All.',
    ]);
  }
  const app: GrantedApp = { id: config.apiClientId, displayName: API_APP_NAME };

  const { site, apiCanRead } = await locate(api, admin, args.site);
  if (site) io.out(`Site: ${site.displayName} (${site.webUrl}), id ${site.id}`);
  if (site && args.grant && admin) await grant(admin, site, app, args.dryRun, io);
  else if (!apiCanRead) {
    throw new Stop([
      `The API app cannot open ${args.site} (403 accessDenied).`,
      ...grantAdvice(api, args.site, site?.id, app),
    ]);
  }
  if (!site) throw new Stop([`No site at ${args.site}.`]);

  if (args.dryRun) {
    // A grant not made yet (dry run) leaves only the administrator able to read the lists.
    const reader = apiCanRead || !admin ? api : admin;
    for (const line of planLines(await inspectLists(reader, site.id))) io.out(line);
    return 0;
  }
  const report = await provision(api, site.id);
  for (const line of reportLines(report)) io.out(line);
  if (report.forbidden) throw new Stop(grantAdvice(api, args.site, site.id, app));
  if (report.problems.length > 0) {
    throw new Stop(['Provisioning left problems (above); fix them and run it again.']);
  }
  if (!(await verify(api, site.id, io))) throw new Stop(['Run the command again after fixing.']);
  io.out(`Done. Set SHAREPOINT_SITE_ID=${site.id} for the career API.`);
  return 0;
}

/** The command; returns the exit code (0 done, 1 not done, 2 bad command line). */
export async function runProvision(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  options: { io?: ProvisionIo; fetch?: typeof fetch } = {},
): Promise<number> {
  const io = options.io ?? consoleIo;
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.err(parsed.message);
    io.err(USAGE);
    return 2;
  }
  try {
    return await run(parsed.args, env, io, options.fetch ?? globalThis.fetch.bind(globalThis));
  } catch (error) {
    if (error instanceof Stop || error instanceof ConfigError) {
      for (const line of error.message.split('\n')) io.err(line);
      return 1;
    }
    if (isPortError(error)) {
      io.err(`Not done: ${reason(error)}`);
      return 1;
    }
    throw error;
  }
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  process.exitCode = await runProvision(process.argv.slice(2), process.env);
}
