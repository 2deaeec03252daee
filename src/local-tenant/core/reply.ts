/**
 * What a route handler returns. The server core turns it into bytes, adding the headers every
 * response needs (request ids, CORS), so handlers never touch the Node response object.
 */
export type Headers = Record<string, string>;

export type Reply =
  | { kind: 'json'; status: number; body: unknown; headers?: Headers }
  | { kind: 'graph-error'; status: number; code: string; message: string; headers?: Headers }
  | { kind: 'html'; status: number; body: string; headers?: Headers }
  | { kind: 'text'; status: number; body: string; contentType?: string; headers?: Headers }
  | { kind: 'bytes'; status: number; body: Uint8Array; contentType: string; headers?: Headers }
  | { kind: 'redirect'; status: 302 | 303; location: string; headers?: Headers }
  | { kind: 'empty'; status: number; headers?: Headers };

export function json(body: unknown, status = 200, headers?: Headers): Reply {
  return { kind: 'json', status, body, ...(headers ? { headers } : {}) };
}

/** A Graph-shaped error; the core adds `innerError` with the date and request ids. */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers?: Headers,
): Reply {
  return { kind: 'graph-error', status, code, message, ...(headers ? { headers } : {}) };
}

export function html(body: string, status = 200, headers?: Headers): Reply {
  return { kind: 'html', status, body, ...(headers ? { headers } : {}) };
}

export function text(body: string, status = 200, contentType = 'text/plain; charset=utf-8'): Reply {
  return { kind: 'text', status, body, contentType };
}

export function redirect(location: string, headers?: Headers, status: 302 | 303 = 302): Reply {
  return { kind: 'redirect', status, location, ...(headers ? { headers } : {}) };
}

export function empty(status = 204, headers?: Headers): Reply {
  return { kind: 'empty', status, ...(headers ? { headers } : {}) };
}

export function withHeaders(reply: Reply, headers: Headers): Reply {
  return { ...reply, headers: { ...reply.headers, ...headers } };
}
