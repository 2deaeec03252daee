/**
 * The career API on plain Node: `npx tsx src/server/main.ts` with the environment described in
 * docs/api.md. `startCareerApiServer` is what the local stack and the tests use.
 */
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import type { Clock } from '../domain';
import { createCareerApi, type CareerApi } from './app';
import { ConfigError, loadConfig } from './config';
import { consoleLog, type CareerApiDeps } from './deps';
import { createGraphDeps } from './runtime/graph-deps';
import { scheduleNudges } from './runtime/nudge-schedule';

export interface CareerApiServer {
  /** `http://127.0.0.1:{port}`; the API answers under `/api`. */
  url: string;
  port: number;
  app: CareerApi;
  close(): Promise<void>;
}

export async function startCareerApiServer(options: {
  port: number;
  deps: CareerApiDeps;
  host?: string;
}): Promise<CareerApiServer> {
  const app = createCareerApi(options.deps);
  const host = options.host ?? '127.0.0.1';
  let server: ReturnType<typeof serve> | undefined;
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: options.port, hostname: host }, resolve);
    server.once('error', reject);
  });
  const running = server;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${String(address.port)}`,
    port: address.port,
    app,
    // Stops taking requests, then writes the audit entries still queued.
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!running) {
          resolve();
          return;
        }
        running.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }).finally(() => app.close()),
  };
}

/**
 * Reads the configuration from `env`, wires the API to Microsoft 365 and serves it until SIGINT or
 * SIGTERM. The clock is the system's in production; the local stack passes the local tenant's.
 */
export async function runCareerApi(
  env: NodeJS.ProcessEnv,
  options: { clock?: Clock } = {},
): Promise<void> {
  const config = loadConfig(env);
  const deps = await createGraphDeps(config, options.clock ? { clock: options.clock } : {});
  const server = await startCareerApiServer({
    port: config.port,
    deps,
    host: env.HOST ?? '127.0.0.1',
  });
  consoleLog.info(`listening on ${server.url}/api (OpenAPI: ${server.url}/api/openapi.json)`);
  const nudges =
    config.nudges && config.nudges.intervalMinutes > 0
      ? scheduleNudges(server.app, config.nudges.intervalMinutes, consoleLog)
      : undefined;
  const stop = (): void => {
    nudges?.stop();
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  runCareerApi(process.env).catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
