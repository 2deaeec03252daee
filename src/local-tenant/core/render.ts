import type { ServerResponse } from 'node:http';
import type { Reply } from './reply';

const GRAPH_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const PLAIN_JSON = 'application/json; charset=utf-8';

export interface RenderMeta {
  requestId: string;
  clientRequestId: string;
  /** Graph responses use the OData content type; Entra's plain JSON. */
  graph: boolean;
  now: Date;
  head: boolean;
  baseHeaders: Record<string, string>;
}

/** `2024-01-31T09:46:39`: the innerError date format (UTC, no zone suffix). */
function innerErrorDate(now: Date): string {
  return now.toISOString().slice(0, 19);
}

export function render(res: ServerResponse, reply: Reply, meta: RenderMeta): void {
  const headers: Record<string, string> = { ...meta.baseHeaders, ...reply.headers };
  let body: string | Uint8Array | undefined;
  switch (reply.kind) {
    case 'json':
      headers['Content-Type'] ??= meta.graph ? GRAPH_JSON : PLAIN_JSON;
      body = JSON.stringify(reply.body);
      break;
    case 'graph-error':
      headers['Content-Type'] ??= PLAIN_JSON;
      body = JSON.stringify({
        error: {
          code: reply.code,
          message: reply.message,
          innerError: {
            date: innerErrorDate(meta.now),
            'request-id': meta.requestId,
            'client-request-id': meta.clientRequestId,
          },
        },
      });
      break;
    case 'html':
      headers['Content-Type'] ??= 'text/html; charset=utf-8';
      headers['Content-Security-Policy'] ??=
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; form-action *; frame-ancestors *";
      body = reply.body;
      break;
    case 'text':
      headers['Content-Type'] ??= reply.contentType ?? 'text/plain; charset=utf-8';
      body = reply.body;
      break;
    case 'bytes':
      headers['Content-Type'] ??= reply.contentType;
      body = reply.body;
      break;
    case 'redirect':
      headers.Location = reply.location;
      break;
    case 'empty':
      break;
  }
  if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
  res.writeHead(reply.status, headers);
  res.end(meta.head ? undefined : body);
}
