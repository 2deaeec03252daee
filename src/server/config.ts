import { z } from 'zod';
import { DEFAULT_ORG_TIME_ZONE } from '../app/career-api/hr/cadence-aggregates-cache';
import { isValidTimeZone, type TimeZoneId } from '../domain';
import { DEFAULT_RATE_LIMIT, type RateLimit } from './http/rate-limit';

/**
 * The career API's configuration, parsed once at start. A bad or missing variable stops the
 * process with a message naming it, rather than failing on the first request.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const guid = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .regex(GUID, `${what} must be a GUID, e.g. 5d3c1a8e-7b42-4f19-9c6e-2a8b0f4d7e61`);

const httpUrl = (what: string) =>
  z
    .url({ error: `${what} must be an absolute http(s) URL` })
    .refine((value) => /^https?:\/\//i.test(value), `${what} must be an http(s) URL`)
    .transform((value) => value.replace(/\/+$/, ''));

const commaList = (what: string, item: z.ZodType<string, string>) =>
  z
    .string({ error: `${what} is required` })
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    )
    .pipe(z.array(item).min(1, `${what} needs at least one entry`));

const origin = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/$/, '');
    } catch {
      return false;
    }
  }, 'each entry must be an origin like https://app.contoso.com (no path)')
  .transform((value) => value.replace(/\/$/, ''));

const envSchema = z.object({
  /** `entra`: a Microsoft 365 tenant (the default); `local`: the local tenant on this machine. */
  TENANT_MODE: z
    .enum(['entra', 'local'], {
      error:
        "TENANT_MODE must be 'entra' (Microsoft 365, the default) or 'local' (the local tenant)",
    })
    .default('entra'),
  TENANT_ID: guid('TENANT_ID'),
  API_CLIENT_ID: guid('API_CLIENT_ID'),
  API_CLIENT_SECRET: z
    .string({ error: 'API_CLIENT_SECRET is required' })
    .min(1, 'API_CLIENT_SECRET is required'),
  AUTHORITY_HOST: httpUrl('AUTHORITY_HOST').default('https://login.microsoftonline.com'),
  GRAPH_BASE_URL: httpUrl('GRAPH_BASE_URL').default('https://graph.microsoft.com'),
  SHAREPOINT_SITE_ID: z
    .string({ error: 'SHAREPOINT_SITE_ID is required' })
    .trim()
    .min(1, 'SHAREPOINT_SITE_ID is required (the site id: hostname,siteCollectionId,webId)'),
  APP_ORIGINS: commaList('APP_ORIGINS', origin),
  /** Tenants whose people may call the API; the home tenant when unset. */
  ALLOWED_TENANTS: commaList('ALLOWED_TENANTS', guid('ALLOWED_TENANTS entry')).optional(),
  /** Client apps (`azp`) whose tokens are accepted; API_CLIENT_ID when unset (one registration). */
  ALLOWED_CLIENT_APPS: commaList(
    'ALLOWED_CLIENT_APPS',
    guid('ALLOWED_CLIENT_APPS entry'),
  ).optional(),
  /** Requests per minute per signed-in person; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: 'RATE_LIMIT_PER_MINUTE must be a number' })
    .int('RATE_LIMIT_PER_MINUTE must be a whole number')
    .min(0, 'RATE_LIMIT_PER_MINUTE must be 0 (off) or more')
    .default(DEFAULT_RATE_LIMIT.perMinute),
  /** How many requests one person may send at once before the per-minute rate applies. */
  RATE_LIMIT_BURST: z.coerce
    .number({ error: 'RATE_LIMIT_BURST must be a number' })
    .int('RATE_LIMIT_BURST must be a whole number')
    .min(1, 'RATE_LIMIT_BURST must be at least 1')
    .default(DEFAULT_RATE_LIMIT.burst),
  /** The organisation's time zone: HR aggregates draw their quarter and judge "on time" in it. */
  ORG_TIME_ZONE: z
    .string()
    .trim()
    .refine(isValidTimeZone, 'ORG_TIME_ZONE must be an IANA time zone like Europe/London')
    .default(DEFAULT_ORG_TIME_ZONE),
  /** The Teams app's id (manifest `id`): nudges link into its tab. Unset: no nudges are sent. */
  TEAMS_APP_ID: guid('TEAMS_APP_ID').optional(),
  /** Object ids of the people at the top of the organisations whose people are nudged. */
  NUDGE_ORG_ROOTS: commaList('NUDGE_ORG_ROOTS', guid('NUDGE_ORG_ROOTS entry')).optional(),
  /** How often the plain Node server runs the nudge job; 0 turns it off (Functions: a timer). */
  NUDGE_INTERVAL_MINUTES: z.coerce
    .number({ error: 'NUDGE_INTERVAL_MINUTES must be a number' })
    .min(0, 'NUDGE_INTERVAL_MINUTES must be 0 (off) or more')
    .default(60),
  PORT: z.coerce.number().int().min(0).max(65535).default(7071),
  /** Create or update the lists at start (needs Sites.Selected `manage`); off by default. */
  PROVISION_ON_START: z
    .enum(['true', 'false'], { error: "PROVISION_ON_START must be 'true' or 'false'" })
    .default('false'),
});

/** What reaching Microsoft Graph as the API app takes: the API and the provisioning command. */
export interface GraphAppConfig {
  tenantId: string;
  apiClientId: string;
  apiClientSecret: string;
  authorityHost: string;
  graphBaseUrl: string;
}

export interface ServerConfig extends GraphAppConfig {
  sharePointSiteId: string;
  appOrigins: readonly string[];
  allowedTenants: readonly string[];
  /** Client application ids a token's `azp` (v2) or `appid` (v1) must be one of. */
  allowedClientApps: readonly string[];
  /** Per signed-in person; false when RATE_LIMIT_PER_MINUTE is 0. */
  rateLimit: RateLimit | false;
  /** IANA zone in which HR aggregates are counted, whatever the caller's. */
  orgTimeZone: TimeZoneId;
  port: number;
  /** Provision the SharePoint lists before the first answer (each start, each Functions instance). */
  provisionOnStart: boolean;
  /** Nudges in Teams, when the Teams app and the organisation to walk are configured. */
  nudges?: NudgeConfig;
}

export interface NudgeConfig {
  teamsAppId: string;
  orgRoots: readonly string[];
  /** The app's address the deep links fall back to (the first of APP_ORIGINS). */
  appUrl: string;
  intervalMinutes: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const variable = String(issue.path[0] ?? '(environment)');
      return `  ${variable}: ${issue.message}`;
    })
    .join('\n');
}

/**
 * Tokens are fetched from the authority and people's data from Graph: over plain http anyone on
 * the path could read or forge them. Only the local tenant, on this machine, may be reached so.
 * Checked on the raw values, beside the schema, so one message names every bad variable.
 */
function insecureUrlIssues(env: Readonly<Record<string, string | undefined>>): string[] {
  if (env.TENANT_MODE?.trim() === 'local') return [];
  return (['AUTHORITY_HOST', 'GRAPH_BASE_URL'] as const)
    .filter((name) => /^http:\/\//i.test(env[name]?.trim() ?? ''))
    .map(
      (name) =>
        `  ${name}: must be an https:// URL; plain http:// is accepted only for the local tenant (TENANT_MODE=local)`,
    );
}

/** The variables the schema names, parsed; a ConfigError names every bad one. */
function parseEnvironment<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  env: Readonly<Record<string, string | undefined>>,
): z.infer<z.ZodObject<Shape>> {
  // Empty strings count as unset, so `FOO=` in a .env file falls back to the default.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = schema.safeParse(present);
  const issues = [
    ...(parsed.success ? [] : [describeIssues(parsed.error)]),
    ...insecureUrlIssues(present),
  ];
  if (!parsed.success || issues.length > 0) {
    throw new ConfigError(`Career API configuration is invalid:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

const graphAppSchema = envSchema.pick({
  TENANT_MODE: true,
  TENANT_ID: true,
  API_CLIENT_ID: true,
  API_CLIENT_SECRET: true,
  AUTHORITY_HOST: true,
  GRAPH_BASE_URL: true,
});

function graphAppConfig(e: z.infer<typeof graphAppSchema>): GraphAppConfig {
  return {
    tenantId: e.TENANT_ID.toLowerCase(),
    apiClientId: e.API_CLIENT_ID.toLowerCase(),
    apiClientSecret: e.API_CLIENT_SECRET,
    authorityHost: e.AUTHORITY_HOST,
    graphBaseUrl: e.GRAPH_BASE_URL,
  };
}

/**
 * Only the API app's Graph credentials, for tools that act as the API app without serving it
 * (`npm run provision`): the same variables, read the same way, as `loadConfig`.
 */
export function loadGraphAppConfig(
  env: Readonly<Record<string, string | undefined>>,
): GraphAppConfig {
  return graphAppConfig(parseEnvironment(graphAppSchema, env));
}

/** Reads the environment once; throws a ConfigError that names every bad variable. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  const e = parseEnvironment(envSchema, env);
  return {
    ...graphAppConfig(e),
    sharePointSiteId: e.SHAREPOINT_SITE_ID,
    appOrigins: e.APP_ORIGINS,
    allowedTenants: (e.ALLOWED_TENANTS ?? [e.TENANT_ID]).map((t) => t.toLowerCase()),
    allowedClientApps: (e.ALLOWED_CLIENT_APPS ?? [e.API_CLIENT_ID]).map((id) => id.toLowerCase()),
    rateLimit:
      e.RATE_LIMIT_PER_MINUTE === 0
        ? false
        : { perMinute: e.RATE_LIMIT_PER_MINUTE, burst: e.RATE_LIMIT_BURST },
    orgTimeZone: e.ORG_TIME_ZONE,
    port: e.PORT,
    provisionOnStart: e.PROVISION_ON_START === 'true',
    ...(e.TEAMS_APP_ID && e.NUDGE_ORG_ROOTS && e.APP_ORIGINS[0]
      ? {
          nudges: {
            teamsAppId: e.TEAMS_APP_ID.toLowerCase(),
            orgRoots: e.NUDGE_ORG_ROOTS.map((id) => id.toLowerCase()),
            appUrl: `${e.APP_ORIGINS[0]}/`,
            intervalMinutes: e.NUDGE_INTERVAL_MINUTES,
          },
        }
      : {}),
  };
}
