import { z } from '../../app/zod';
import { apiBaseUrlProblem, normaliseApiBaseUrl } from '../../adapters/hosting/api-base-url';

/**
 * The app's runtime settings, read once from /config.json and checked here, so one build serves
 * any tenant and a bad setting fails with a message naming it.
 */
/**
 * The career API's base URL. In Azure the app calls the Functions app directly, cross-origin:
 * Static Web Apps' linked backends put their own token in the Authorization header, so the
 * person's token for the API would never arrive. Absent, the API is on the app's own origin under
 * /api (the local stack).
 */
const apiBaseUrl = z.pipe(
  z.string().check(
    z.superRefine((value, ctx) => {
      const problem = apiBaseUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `apiBaseUrl ${problem}.` });
    }),
  ),
  z.transform(normaliseApiBaseUrl),
);

const appConfigSchema = z.object({
  /** `local`: the local tenant from `npm start`; `entra`: a real Microsoft 365 tenant. */
  tenantMode: z.enum(['local', 'entra']),
  clientId: z.string().check(z.minLength(1, 'clientId is required (the Entra app registration).')),
  authority: z.url('authority must be a URL, e.g. https://login.microsoftonline.com/<tenant id>.'),
  knownAuthorities: z._default(z.array(z.string()), []),
  /**
   * The authority's OpenID configuration (`src/adapters/hosting/authority-metadata.ts`), so MSAL
   * does not fetch it on a cold load. Left out, MSAL fetches it as usual.
   */
  authorityMetadata: z.exactOptional(
    z.object({
      issuer: z.url(),
      authorization_endpoint: z.url(),
      token_endpoint: z.url(),
      end_session_endpoint: z.url(),
      jwks_uri: z.url(),
    }),
  ),
  graphBaseUrl: z.url('graphBaseUrl must be a URL, e.g. https://graph.microsoft.com/v1.0.'),
  apiScope: z.string().check(z.minLength(1)),
  /** The Teams app id (manifest `id`), for deep links in mails; without it they open the browser. */
  teamsAppId: z.exactOptional(z.string().check(z.minLength(1))),
  apiBaseUrl: z.exactOptional(apiBaseUrl),
});

export type AppConfig = z.infer<typeof appConfigSchema>;

export class AppConfigError extends Error {
  override readonly name = 'AppConfigError';
}

export function parseAppConfig(raw: unknown): AppConfig {
  const result = appConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`,
  );
  throw new AppConfigError(
    `The app's configuration (/config.json) is invalid. ${problems.join('; ')}`,
  );
}

export async function loadAppConfig(fetchConfig: typeof fetch = fetch): Promise<AppConfig> {
  let response: Response;
  try {
    // Default cache mode, so the page's <link rel="preload"> answers it; the file is served
    // `Cache-Control: no-store`, so no stale copy is kept either way.
    response = await fetchConfig('/config.json');
  } catch (error) {
    throw new AppConfigError('Could not load the app configuration (/config.json).', {
      cause: error,
    });
  }
  if (!response.ok) {
    throw new AppConfigError(
      `Could not load the app configuration (/config.json): the server answered ${response.status}.`,
    );
  }
  return parseAppConfig(await response.json());
}
