import type { TenantContext } from '../core/context';
import { graphError, type Reply } from '../core/reply';
import type { TenantRequest } from '../core/request';
import { verifyTenantToken, type TokenProblem } from '../entra/verify-token';
import type { Caller } from './caller';
import { GRAPH_APP_ID, GRAPH_RESOURCE } from '../seed/well-known-apps';

const PROBLEM_MESSAGES: Record<TokenProblem, string> = {
  missing: 'Access token is empty.',
  malformed: 'IDX14100: JWT is not well formed, there are no dots (.).',
  algorithm: 'Access token validation failure.',
  'unknown-key': 'Access token validation failure.',
  signature: 'Access token validation failure.',
  expired: 'Lifetime validation failed, the token is expired.',
  'not-yet-valid': 'Lifetime validation failed, the token is not yet valid.',
  audience: 'Access token validation failure. Invalid audience.',
  issuer: 'Access token validation failure. Invalid issuer.',
};

export type Authentication = { ok: true; caller: Caller } | { ok: false; reply: Reply };

/** Graph accepts only tokens for its own audience, issued by this tenant (v1 or v2 issuer). */
export async function authenticateGraphCaller(
  ctx: TenantContext,
  req: TenantRequest,
): Promise<Authentication> {
  const header = req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const unauthorized = (problem: TokenProblem): Authentication => ({
    ok: false,
    reply: graphError(401, 'InvalidAuthenticationToken', PROBLEM_MESSAGES[problem], {
      'WWW-Authenticate': `Bearer realm="", authorization_uri="${ctx.urls.base}/common/oauth2/authorize", client_id="${GRAPH_APP_ID}"`,
    }),
  });
  if (!match?.[1]) return unauthorized('missing');
  const verified = await verifyTenantToken(ctx, match[1], {
    audiences: [GRAPH_RESOURCE, GRAPH_APP_ID],
    issuers: [ctx.urls.issuerV1, ctx.urls.issuerV2],
  });
  if (!verified.ok) return unauthorized(verified.problem);
  const claims = verified.claims;
  const roles = stringArray(claims.roles);
  const appId =
    typeof claims.appid === 'string'
      ? claims.appid
      : typeof claims.azp === 'string'
        ? claims.azp
        : '';
  if (typeof claims.scp === 'string' && typeof claims.oid === 'string') {
    return {
      ok: true,
      caller: {
        kind: 'delegated',
        userId: claims.oid,
        appId,
        scopes: claims.scp.split(' ').filter((scope) => scope !== ''),
        roles,
        claims,
      },
    };
  }
  return { ok: true, caller: { kind: 'application', appId, roles, claims } };
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/**
 * Which 403 body the workload sends: the directory says `Authorization_RequestDenied`, Outlook
 * workloads (mail, calendar, To Do) say `ErrorAccessDenied`, others `accessDenied`.
 */
export type DenialStyle = 'directory' | 'outlook' | 'generic';

const DENIALS: Record<DenialStyle, { code: string; message: string }> = {
  directory: {
    code: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.',
  },
  outlook: {
    code: 'ErrorAccessDenied',
    message: 'Access is denied. Check credentials and try again.',
  },
  generic: {
    code: 'accessDenied',
    message: 'Either scp or roles claim need to be present in the token.',
  },
};

export interface PermissionRule {
  /** Delegated permissions, any one of which allows the call. */
  delegated?: string[];
  /** Application permissions, any one of which allows the call. */
  application?: string[];
}

/**
 * Returns Graph's 403 when the caller holds none of the permissions, or undefined when allowed.
 * A plain list applies to both delegated scopes and application roles.
 */
export function requireScopes(
  caller: Caller,
  anyOf: string[] | PermissionRule,
  style: DenialStyle = 'directory',
): Reply | undefined {
  const rule: PermissionRule = Array.isArray(anyOf)
    ? { delegated: anyOf, application: anyOf }
    : anyOf;
  const held = caller.kind === 'delegated' ? caller.scopes : caller.roles;
  const wanted = (caller.kind === 'delegated' ? rule.delegated : rule.application) ?? [];
  const lowerHeld = new Set(held.map((permission) => permission.toLowerCase()));
  if (wanted.some((permission) => lowerHeld.has(permission.toLowerCase()))) return undefined;
  const denial = DENIALS[style];
  return graphError(403, denial.code, denial.message);
}
