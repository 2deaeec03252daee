/**
 * A stand-in for the Azure Functions host, for the deployment rehearsal: loads the Functions app
 * `npm run build:api` wrote (dist/api, through its package.json's `main`, as the Node worker
 * does), and answers https requests on its own origin through the registered handler, with the
 * host's `routePrefix` ("api"): only `/api/...` reaches the function. Configured by the same app
 * settings as in Azure (environment variables), plus TLS_KEY_FILE / TLS_CERT_FILE and PORT.
 * A development and test tool: nothing of it is deployed.
 */
import type * as AzureFunctions from '@azure/functions';
import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { readFileSync } from 'node:fs';
import { createServer, type ServerOptions } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { EXIT_PORT_TAKEN, isAddressInUse } from './port-taken';

type Handler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

// `@azure/functions` is CommonJS: Node's ESM loader cannot see its named exports.
const functions = createRequire(import.meta.url)('@azure/functions') as typeof AzureFunctions;

function loadFunctionsApp(dir: string): Handler {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { main: string };
  const loaded = createRequire(import.meta.url)(resolve(dir, pkg.main)) as {
    careerApiHandler?: Handler;
  };
  if (!loaded.careerApiHandler) throw new Error(`${dir} registers no career API function.`);
  return loaded.careerApiHandler;
}

async function bodyOf(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function answer(
  handler: Handler,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<void> {
  const url = new URL(req.url ?? '/', origin);
  if (url.pathname !== '/api' && !url.pathname.startsWith('/api/')) {
    res.writeHead(404).end();
    return;
  }
  const bytes = await bodyOf(req);
  const request = new functions.HttpRequest({
    method: req.method ?? 'GET',
    url: url.href,
    headers: headersOf(req),
    ...(bytes.byteLength > 0 ? { body: { bytes } } : {}),
  });
  const response = await handler(
    request,
    new functions.InvocationContext({ functionName: 'career-api' }),
  );
  const headers = new Headers(response.headers);
  res.writeHead(response.status ?? 200, Object.fromEntries(headers.entries()));
  const body = response.body;
  if (body instanceof Uint8Array || typeof body === 'string') res.end(body);
  else res.end();
}

function main(): void {
  const port = Number(process.env.PORT ?? 7071);
  const tls: ServerOptions = {
    key: readFileSync(process.env.TLS_KEY_FILE ?? ''),
    cert: readFileSync(process.env.TLS_CERT_FILE ?? ''),
  };
  const handler = loadFunctionsApp(process.env.FUNCTIONS_APP_DIR ?? 'dist/api');
  const origin = `https://localhost:${String(port)}`;
  createServer(tls, (req, res) => {
    answer(handler, req, res, origin).catch((error: unknown) => {
      console.error('[functions host]', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  })
    .once('error', (error) => {
      console.error('[functions host]', error);
      // The stack picked this port a moment ago; it starts again on another when told so.
      process.exit(isAddressInUse(error) ? EXIT_PORT_TAKEN : 1);
    })
    .listen(port, 'localhost');
}

main();
