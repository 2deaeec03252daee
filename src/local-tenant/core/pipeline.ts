import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { authenticateGraphCaller } from '../graph/auth';
import type { TenantContext } from './context';
import { decideFault } from './faults';
import { render } from './render';
import { empty, graphError, json, type Reply } from './reply';
import { TenantRequest } from './request';
import type { GraphHandler, RouteHandler, Router } from './router';

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  ms: number;
}

const EXPOSED_HEADERS = [
  'request-id',
  'client-request-id',
  'Retry-After',
  'ETag',
  'Location',
  'Content-Location',
  'Preference-Applied',
].join(', ');

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/**
 * The controls reset, rewrite and read the whole tenant, so only tools on this machine may call
 * them: requests without an Origin (Node, curl) or from pages of the tenant's own origin. The
 * loopback check alone is not enough: browsers let any site send requests to localhost, and behind
 * the local stack's proxy every request arrives from loopback.
 */
function fromAnotherSite(req: TenantRequest, ownOrigin: string): boolean {
  const site = req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
  const origin = req.header('origin');
  return origin !== undefined && origin !== ownOrigin;
}

/**
 * Browsers call Graph and the token endpoint cross-origin; both allow it, as Microsoft's do. The
 * controls allow no other origin; downloads send their own headers.
 */
function corsHeaders(req: TenantRequest): Record<string, string> {
  const origin = req.header('origin');
  if (!origin) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    Vary: 'Origin',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
  };
}

function preflight(req: TenantRequest): Reply {
  return empty(204, {
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers':
      req.header('access-control-request-headers') ?? 'Authorization, Content-Type',
    'Access-Control-Max-Age': '86400',
  });
}

/** Graph answers in its error shape; the controls and Entra pages in plain JSON. */
type Surface = 'graph' | 'local';

function notFound(req: TenantRequest, surface: Surface): Reply {
  if (surface === 'local') return json({ error: 'not_found', path: req.path }, 404);
  const segment =
    req.path
      .split('/')
      .filter((s) => s !== '')
      .pop() ?? '';
  return graphError(
    400,
    'BadRequest',
    `Resource not found for the segment '${decodeURIComponent(segment)}'.`,
  );
}

async function route(router: Router, req: TenantRequest, surface: Surface): Promise<Reply> {
  const match = router.match(req.method, req.path);
  if (match.kind === 'not-found') return notFound(req, surface);
  if (match.kind === 'method-not-allowed') {
    return surface === 'graph'
      ? graphError(
          405,
          'Request_BadRequest',
          'Specified HTTP method is not allowed for the request target.',
          { Allow: match.allowed.join(', ') },
        )
      : json({ error: 'method_not_allowed' }, 405, { Allow: match.allowed.join(', ') });
  }
  req.params = match.params;
  return match.handler(req);
}

/** Every request goes through here: ids, CORS, controls for local tools only, faults, routing. */
export function createRequestHandler(
  ctx: TenantContext,
  router: Router,
  log?: (entry: RequestLogEntry) => void,
): (raw: IncomingMessage, res: ServerResponse) => void {
  return (raw, res) => {
    const started = performance.now();
    const requestId = randomUUID();
    const clientRequestIdHeader = raw.headers['client-request-id'];
    const clientRequestId =
      typeof clientRequestIdHeader === 'string' ? clientRequestIdHeader : requestId;
    const req = new TenantRequest(raw, requestId, clientRequestId, ctx.clock.now());
    const isGraph = req.path.toLowerCase().startsWith('/v1.0/');
    const surface: Surface = isGraph ? 'graph' : 'local';
    const isControl = req.path === '/_local' || req.path.startsWith('/_local/');
    // Pre-authenticated downloads (SharePoint's, in Microsoft's cloud) decide CORS themselves.
    const isDownload = req.path.startsWith('/_layouts/');
    const finish = (reply: Reply): void => {
      render(res, reply, {
        requestId,
        clientRequestId,
        graph: isGraph,
        now: ctx.clock.now(),
        head: req.method === 'HEAD',
        baseHeaders: {
          'request-id': requestId,
          'client-request-id': clientRequestId,
          ...(isControl || isDownload ? {} : corsHeaders(req)),
        },
      });
      log?.({
        method: req.method,
        path: req.path,
        status: reply.status,
        ms: Math.round(performance.now() - started),
      });
    };
    const handle = async (): Promise<void> => {
      if (isControl && !isLoopback(raw.socket.remoteAddress)) {
        finish(json({ error: 'forbidden', message: 'Controls answer on loopback only.' }, 403));
        return;
      }
      if (isControl && fromAnotherSite(req, new URL(ctx.urls.base).origin)) {
        finish(
          json({ error: 'forbidden', message: 'Controls answer tools, not other sites.' }, 403),
        );
        return;
      }
      if (req.method === 'OPTIONS' && req.header('origin') && !isDownload) {
        finish(preflight(req));
        return;
      }
      if (!isControl) {
        const fault = decideFault(ctx.store, req.method, req.path);
        if (fault.kind === 'drop') {
          if (fault.afterCommit) await route(router, req, surface);
          raw.socket.destroy();
          return;
        }
        const latency = ctx.store.state.faults.latencyMs;
        if (latency > 0) await sleep(latency);
        if (fault.kind === 'reply') {
          finish(fault.reply);
          return;
        }
      }
      finish(await route(router, req, surface));
    };
    handle().catch((error: unknown) => {
      console.error('[local-tenant] handler failed:', error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      finish(
        isGraph
          ? graphError(500, 'generalException', 'General exception while processing.')
          : json(
              { error: 'server_error', error_description: 'The local tenant failed; see its log.' },
              500,
            ),
      );
    });
  };
}

/** Wraps a Graph handler: a valid token first, then the handler with the caller attached. */
export function withGraphAuth(ctx: TenantContext, handler: GraphHandler): RouteHandler {
  return async (req) => {
    const auth = await authenticateGraphCaller(ctx, req);
    if (!auth.ok) return auth.reply;
    return handler(Object.assign(req, { caller: auth.caller }));
  };
}
