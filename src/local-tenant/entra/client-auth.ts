import type { TenantContext } from '../core/context';
import type { TenantRequest } from '../core/request';
import type { Application } from '../state/types';
import { missingParameter, unknownClient, type EntraError } from './entra-errors';
import { findApplication } from './lookups';

export type ClientAuthentication =
  { ok: true; app: Application; usedSecret: boolean } | { ok: false; problem: EntraError };

function basicCredentials(req: TenantRequest): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(req.header('authorization') ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return undefined;
  return {
    id: decodeURIComponent(decoded.slice(0, colon)),
    secret: decodeURIComponent(decoded.slice(colon + 1)),
  };
}

/**
 * Who may call without a secret: public clients, on user grants; service grants
 * (client_credentials, jwt-bearer) need a confidential client's secret.
 */
export type SecretRule = 'public-clients-exempt' | 'always';

/**
 * Identifies the client (client_secret_post or client_secret_basic). Public clients must not
 * send a secret; confidential ones must, and it must be current.
 */
export function authenticateClient(
  ctx: TenantContext,
  req: TenantRequest,
  form: URLSearchParams,
  secretRule: SecretRule,
): ClientAuthentication {
  const basic = basicCredentials(req);
  const clientId = form.get('client_id') ?? basic?.id;
  if (!clientId) return { ok: false, problem: missingParameter('client_id') };
  const app = findApplication(ctx.store.state, clientId);
  if (!app) {
    return { ok: false, problem: unknownClient(clientId, ctx.store.state.tenant.displayName) };
  }
  const secret = form.get('client_secret') ?? basic?.secret;
  if (form.get('client_assertion')) {
    return {
      ok: false,
      problem: {
        error: 'invalid_client',
        code: 700027,
        status: 401,
        message:
          'Client assertion failed signature validation. (The local tenant supports client secrets only.)',
      },
    };
  }
  if (app.isPublicClient && secretRule === 'public-clients-exempt') {
    if (secret !== undefined) {
      return {
        ok: false,
        problem: {
          error: 'invalid_client',
          code: 700025,
          status: 401,
          message:
            "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.",
        },
      };
    }
    return { ok: true, app, usedSecret: false };
  }
  if (secret === undefined) {
    return {
      ok: false,
      problem: {
        error: 'invalid_client',
        code: 7000218,
        status: 401,
        message:
          "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      },
    };
  }
  const match = app.passwordCredentials.find((credential) => credential.secretText === secret);
  if (!match) {
    return {
      ok: false,
      problem: {
        error: 'invalid_client',
        code: 7000215,
        status: 401,
        message: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.appId}'.`,
      },
    };
  }
  if (Date.parse(match.endDateTime) <= ctx.clock.epochMs()) {
    return {
      ok: false,
      problem: {
        error: 'invalid_client',
        code: 7000222,
        status: 401,
        message: `The provided client secret keys for app '${app.appId}' are expired. Visit the Azure portal to create new keys for your app.`,
      },
    };
  }
  return { ok: true, app, usedSecret: true };
}
