import type { TenantContext } from '../core/context';
import { json, type Reply } from '../core/reply';
import type { TenantRequest } from '../core/request';
import { describe, errorIds, unknownTenant } from './entra-errors';
import { resolveTenantSegment } from './lookups';

const CACHE = { 'Cache-Control': 'max-age=86400, private' };

/** For `common`/`organizations` Entra publishes a templated issuer with `{tenantid}`. */
function issuerFor(ctx: TenantContext, segment: 'tenant' | 'multi'): string {
  return segment === 'tenant' ? ctx.urls.issuerV2 : `${ctx.urls.base}/{tenantid}/v2.0`;
}

function notFound(ctx: TenantContext, req: TenantRequest, value: string): Reply {
  const problem = unknownTenant(value);
  const ids = errorIds(ctx, req);
  return json(
    {
      error: problem.error,
      error_description: describe(problem, ids),
      error_codes: [problem.code],
      timestamp: ids.timestamp,
      trace_id: ids.traceId,
      correlation_id: ids.correlationId,
    },
    400,
  );
}

/** GET /{tenant}/v2.0/.well-known/openid-configuration, with Entra's field names. */
export function openIdConfiguration(ctx: TenantContext, req: TenantRequest): Reply {
  const segmentValue = req.params.tenant ?? '';
  const tenant = resolveTenantSegment(ctx.store.state, segmentValue);
  if (tenant.kind === 'unknown') return notFound(ctx, req, tenant.value);
  const segment = tenant.kind === 'tenant' ? ctx.tenantId : tenant.kind;
  const base = `${ctx.urls.base}/${segment}`;
  const host = new URL(ctx.urls.base).host;
  return json(
    {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: [
        'client_secret_post',
        'private_key_jwt',
        'client_secret_basic',
      ],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: issuerFor(ctx, tenant.kind === 'tenant' ? 'tenant' : 'multi'),
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${ctx.urls.base}/oidc/userinfo`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: [
        ...[
          'sub',
          'iss',
          'cloud_instance_name',
          'cloud_instance_host_name',
          'cloud_graph_host_name',
        ],
        ...['msgraph_host', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username'],
        ...['name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
      ],
      kerberos_endpoint: `${base}/kerberos`,
      tenant_region_scope: tenant.kind === 'tenant' ? 'EU' : null,
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      // Graph is served by this same host, under /v1.0.
      msgraph_host: host,
      rbac_url: 'https://pas.windows.net',
    },
    200,
    CACHE,
  );
}

/** GET /{tenant}/discovery/v2.0/keys (and the v1 /discovery/keys). */
export function signingKeys(ctx: TenantContext, req: TenantRequest): Reply {
  const tenant = resolveTenantSegment(ctx.store.state, req.params.tenant ?? '');
  if (tenant.kind === 'unknown') return notFound(ctx, req, tenant.value);
  return json(
    ctx.keys.jwks(issuerFor(ctx, tenant.kind === 'tenant' ? 'tenant' : 'multi')),
    200,
    CACHE,
  );
}

/**
 * GET /common/discovery/instance: MSAL's instance discovery. Real MSAL asks
 * login.microsoftonline.com for it, so an app must list this host in `knownAuthorities`; the
 * endpoint is here for clients that are pointed at it explicitly.
 */
export function instanceDiscovery(ctx: TenantContext, req: TenantRequest): Reply {
  const host = new URL(ctx.urls.base).host;
  const authorize =
    req.query.get('authorization_endpoint') ?? `${ctx.urls.authority}/oauth2/v2.0/authorize`;
  const tenantPath = /\/([^/]+)\/oauth2\/v2\.0\/authorize/.exec(authorize)?.[1] ?? ctx.tenantId;
  return json({
    tenant_discovery_endpoint: `${ctx.urls.base}/${tenantPath}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
  });
}
