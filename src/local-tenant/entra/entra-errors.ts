import { randomUUID } from 'node:crypto';
import type { TenantContext } from '../core/context';
import { json, type Reply } from '../core/reply';
import type { TenantRequest } from '../core/request';

/** An Entra ID protocol error: OAuth `error` plus the AADSTS number and text. */
export interface EntraError {
  error: string;
  code: number;
  message: string;
  status?: number;
  suberror?: string;
}

export const NO_STORE = { 'Cache-Control': 'no-store, no-cache', Pragma: 'no-cache' };

/** `2024-01-31 09:46:39Z`, the timestamp format of Entra error bodies. */
function entraTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

export interface ErrorIds {
  traceId: string;
  correlationId: string;
  timestamp: string;
}

export function errorIds(ctx: TenantContext, req: TenantRequest, correlation?: string): ErrorIds {
  return {
    traceId: req.requestId,
    correlationId: correlation ?? req.header('client-request-id') ?? randomUUID(),
    timestamp: entraTimestamp(ctx.clock.now()),
  };
}

export function describe(problem: EntraError, ids: ErrorIds): string {
  return `AADSTS${problem.code}: ${problem.message} Trace ID: ${ids.traceId} Correlation ID: ${ids.correlationId} Timestamp: ${ids.timestamp}`;
}

/** The token endpoint's JSON error body, with the same fields Entra sends. */
export function tokenError(ctx: TenantContext, req: TenantRequest, problem: EntraError): Reply {
  const ids = errorIds(ctx, req);
  return json(
    {
      error: problem.error,
      error_description: describe(problem, ids),
      error_codes: [problem.code],
      timestamp: ids.timestamp,
      trace_id: ids.traceId,
      correlation_id: ids.correlationId,
      error_uri: `${ctx.urls.base}/error?code=${problem.code}`,
      ...(problem.suberror ? { suberror: problem.suberror } : {}),
    },
    problem.status ?? 400,
    NO_STORE,
  );
}

export const missingParameter = (name: string): EntraError => ({
  error: 'invalid_request',
  code: 900144,
  message: `The request body must contain the following parameter: '${name}'.`,
});

export const unknownClient = (clientId: string, tenantName: string): EntraError => ({
  error: 'unauthorized_client',
  code: 700016,
  message: `Application with identifier '${clientId}' was not found in the directory '${tenantName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
});

export const unknownTenant = (tenant: string): EntraError => ({
  error: 'invalid_request',
  code: 90002,
  message: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
});

export const consentRequired = (appId: string, appName: string): EntraError => ({
  error: 'invalid_grant',
  code: 65001,
  suberror: 'consent_required',
  message: `The user or administrator has not consented to use the application with ID '${appId}' named '${appName}'. Send an interactive authorization request for this user and resource.`,
});
