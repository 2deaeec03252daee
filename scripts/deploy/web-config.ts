import { authorityMetadataFor } from '../../src/adapters/hosting/authority-metadata';
import type { EnvValues } from './env-file';

/**
 * The web app's runtime configuration (`/config.json`, parsed by src/web/auth/app-config.ts)
 * for one environment. The same build serves every tenant; only this file differs.
 */

const trimSlash = (value: string): string => value.replace(/\/+$/, '');

/** The env keys config.json is made from, for the missing-value report. */
export const WEB_CONFIG_KEYS = ['TENANT_ID', 'AAD_APP_CLIENT_ID', 'APP_DOMAIN'] as const;

export function webConfigFrom(env: EnvValues): Record<string, unknown> {
  const tenantMode = env['TENANT_MODE'] === 'local' ? 'local' : 'entra';
  const authorityHost = trimSlash(env['AUTHORITY_HOST'] || 'https://login.microsoftonline.com');
  const graphBase = trimSlash(env['GRAPH_BASE_URL'] || 'https://graph.microsoft.com');
  const clientId = env['AAD_APP_CLIENT_ID'] ?? '';
  // The API's identifier URI is the one the Teams manifest names (webApplicationInfo.resource).
  const identifierUri = trimSlash(
    env['API_IDENTIFIER_URI'] || `api://${env['APP_DOMAIN'] ?? ''}/${clientId}`,
  );
  const authority = `${authorityHost}/${env['TENANT_ID'] ?? ''}`;
  const config: Record<string, unknown> = {
    tenantMode,
    clientId,
    authority,
    authorityMetadata: authorityMetadataFor(authority),
    // MSAL trusts login.microsoftonline.com on its own; any other authority must be named.
    knownAuthorities: tenantMode === 'local' ? [new URL(authorityHost).host] : [],
    graphBaseUrl: `${graphBase}/v1.0`,
    apiScope: `${identifierUri}/access_as_user`,
  };
  if (env['TEAMS_APP_ID']) config['teamsAppId'] = env['TEAMS_APP_ID'];
  // The API on its own origin (Azure Functions); without it the app calls /api on its own origin.
  if (env['API_BASE_URL']) config['apiBaseUrl'] = trimSlash(env['API_BASE_URL']);
  return config;
}
