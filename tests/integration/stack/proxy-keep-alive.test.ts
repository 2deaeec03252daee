import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProxyTable, type ProxyTable } from '../../../scripts/stack/proxy-table';

/** One GET through `agent`, with the socket it went over and the answer's Connection header. */
function get(
  url: string,
  agent: Agent,
): Promise<{ status: number; connection: string | undefined; socket: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, socket });
      });
    });
    let socket: unknown;
    req.on('socket', (s) => {
      socket = s;
    });
    req.on('error', reject);
    req.end();
  });
}

describe("the local stack's proxy", () => {
  let upstream: Server;
  let upstreamConnections = 0;
  let web: ViteDevServer;
  let table: ProxyTable;
  let origin: string;

  beforeAll(async () => {
    upstream = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end('{"value":[]}');
    });
    upstream.on('connection', () => {
      upstreamConnections += 1;
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${String((upstream.address() as AddressInfo).port)}`;
    table = createProxyTable({ '/v1.0': target, '/api': target });
    web = await createViteServer({
      configFile: false,
      root: 'tests/integration/stack',
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', proxy: table.routes, hmr: false, ws: false },
    });
    await web.listen();
    origin = `http://127.0.0.1:${String((web.httpServer?.address() as AddressInfo).port)}`;
  });
  afterAll(async () => {
    await web.close();
    table.close();
    await new Promise((resolve) => upstream.close(resolve));
  });

  it('keeps connections alive: two proxied calls reuse one socket on both hops', async () => {
    const browser = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(`${origin}/v1.0/me`, browser);
      const second = await get(`${origin}/api/team`, browser);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(first.connection).not.toBe('close');
      expect(second.socket).toBe(first.socket);
      expect(upstreamConnections).toBe(1);
    } finally {
      browser.destroy();
    }
  });
});
