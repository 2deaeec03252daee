import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import type { BatchRequest } from './parse-batch';

/**
 * Each request of a batch is sent back to the server that received the batch, over loopback, so it
 * goes through the same pipeline as a direct call: fault knobs, latency, token check, routing.
 */
export interface LoopbackTarget {
  host: string;
  port: number;
  tls: boolean;
}

export function loopbackTargetOf(socket: Socket): LoopbackTarget {
  return {
    host: socket.localAddress ?? '127.0.0.1',
    port: socket.localPort ?? 0,
    tls: socket instanceof TLSSocket,
  };
}

export interface InnerResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export function innerError(
  id: string,
  status: number,
  code: string,
  message: string,
): InnerResponse {
  return {
    id,
    status,
    headers: { 'Content-Type': 'application/json' },
    body: { error: { code, message } },
  };
}

// Transport and CORS headers belong to the batch response, not to each inner one.
const DROPPED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'date',
  'vary',
  'request-id',
  'client-request-id',
]);

function innerHeaders(raw: IncomingHttpHeaders): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || DROPPED.has(name) || name.startsWith('access-control-')) continue;
    const canonical = name.replace(
      /(^|-)([a-z])/g,
      (_all, dash: string, letter: string) => dash + letter.toUpperCase(),
    );
    headers[canonical === 'Etag' ? 'ETag' : canonical] = Array.isArray(value)
      ? value.join(', ')
      : value;
  }
  return headers;
}

/** JSON bodies come back as JSON; anything else base64-encoded, as Graph does. */
function innerBody(contentType: string | undefined, bytes: Buffer): unknown {
  if (bytes.length === 0) return undefined;
  if (contentType?.toLowerCase().includes('json')) {
    try {
      return JSON.parse(bytes.toString('utf8')) as unknown;
    } catch {
      return bytes.toString('utf8');
    }
  }
  return bytes.toString('base64');
}

export interface OutgoingInner {
  path: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
}

export function sendInner(
  target: LoopbackTarget,
  request: BatchRequest,
  outgoing: OutgoingInner,
): Promise<InnerResponse> {
  const send = target.tls ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const call = send(
      {
        host: target.host,
        port: target.port,
        method: request.method,
        path: outgoing.path,
        headers: {
          ...outgoing.headers,
          ...(outgoing.body ? { 'Content-Length': String(outgoing.body.length) } : {}),
        },
        // The loopback call reaches this very server, whose certificate is self-signed.
        ...(target.tls ? { rejectUnauthorized: false } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const body = innerBody(response.headers['content-type'], Buffer.concat(chunks));
          resolve({
            id: request.id,
            status: response.statusCode ?? 500,
            headers: innerHeaders(response.headers),
            body,
          });
        });
        response.on('error', () => {
          resolve(dropped(request.id));
        });
      },
    );
    call.on('error', () => {
      resolve(dropped(request.id));
    });
    call.end(outgoing.body);
  });
}

/** A dropped connection (the `drops` fault knob) surfaces as a gateway timeout of that request. */
function dropped(id: string): InnerResponse {
  return innerError(id, 504, 'gatewayTimeout', 'The gateway did not receive a timely response.');
}
