/**
 * Starts the career API as its own Node process, configured for the local tenant exactly as it
 * would be for a real one (docs/api.md), so the local stack exercises the same start-up path as
 * production. The process trusts the local stack's self-signed certificate through
 * NODE_EXTRA_CA_CERTS, because it reaches Entra and Graph at the stack's public https origin.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import type { ClientRequest } from 'node:http';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_CLIENT_SECRET, type LocalTenant } from '../../src/local-tenant';
import { CAREER_SITE_ID } from '../../src/local-tenant/graph/sharepoint/seed';
import { LOCAL_TEAMS_APP_ID } from '../../src/local-tenant/teams-host/host-config';
import { EXIT_PORT_TAKEN, PortTakenError } from './port-taken';

/** Everyone in the tenant with reports but no manager: where the nudge job starts its walk. */
function organisationTops(tenant: LocalTenant): string[] {
  const users = tenant.state.state.users.filter((user) => user.accountEnabled);
  return users
    .filter((user) => user.managerId === null && users.some((u) => u.managerId === user.id))
    .map((user) => user.id);
}

export interface ApiProcess {
  url: string;
  close(): Promise<void>;
}

/**
 * `node`: the API's plain Node entry over http, behind the stack's origin (`npm start`, tests).
 * `functions`: the built Azure Functions app (dist/api) in a stand-in Functions host on its own
 * https origin, called cross-origin as in Azure (the deployment rehearsal).
 */
export type ApiHost = 'node' | 'functions';

export async function startApiProcess(options: {
  tenant: LocalTenant;
  /** The stack's public origin (tokens are issued for it; Graph is reached through it). */
  origin: string;
  certPem: string;
  /** The functions host serves https with the stack's certificate. */
  keyPem?: string;
  port: number;
  host?: ApiHost;
  /** Default true; the rehearsal provisions with `npm run provision` instead. */
  provisionOnStart?: boolean;
}): Promise<ApiProcess> {
  const { port } = options;
  const host = options.host ?? 'node';
  const certDir = await mkdtemp(join(tmpdir(), 'career-api-'));
  const certFile = join(certDir, 'local-stack.pem');
  const keyFile = join(certDir, 'local-stack.key');
  await writeFile(certFile, options.certPem);
  if (options.keyPem !== undefined) await writeFile(keyFile, options.keyPem);
  const entry =
    host === 'functions'
      ? 'scripts/stack/local-functions-host.ts'
      : 'scripts/stack/local-career-api.ts';

  const tops = organisationTops(options.tenant);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: {
      ...process.env,
      TENANT_MODE: 'local',
      TENANT_ID: options.tenant.tenantId,
      API_CLIENT_ID: options.tenant.apiClientId,
      API_CLIENT_SECRET,
      AUTHORITY_HOST: options.origin,
      GRAPH_BASE_URL: options.origin,
      SHAREPOINT_SITE_ID: CAREER_SITE_ID,
      APP_ORIGINS: options.origin,
      // The web app signs in with its own registration; only its tokens may call the API.
      ALLOWED_CLIENT_APPS: options.tenant.spaClientId,
      PORT: String(port),
      PROVISION_ON_START: String(options.provisionOnStart ?? true),
      NODE_EXTRA_CA_CERTS: certFile,
      TLS_CERT_FILE: certFile,
      TLS_KEY_FILE: keyFile,
      // Nudges link into the local Teams host's app and walk the demo organisation from its top.
      TEAMS_APP_ID: LOCAL_TEAMS_APP_ID,
      ...(tops.length > 0 ? { NUDGE_ORG_ROOTS: tops.join(',') } : {}),
      // The tenant's clock may be pinned (tests) or moved (demos): the API keeps its time.
      LOCAL_CLOCK_OFFSET_MS: String(options.tenant.clock.offsetMs),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url =
    host === 'functions' ? `https://localhost:${String(port)}` : `http://127.0.0.1:${String(port)}`;
  await waitUntilReady(`${url}/api/openapi.json`, child, options.certPem);
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** GET answers 200, over https trusting the stack's own certificate. */
function answersOk(url: string, certPem: string): Promise<boolean> {
  // Bounded: whatever else took the port may accept and never answer, and the loop must go on
  // to see the API exit.
  const timeout = 2_000;
  if (!url.startsWith('https:')) {
    return fetch(url, { signal: AbortSignal.timeout(timeout) }).then((response) => response.ok);
  }
  return new Promise((resolve, reject) => {
    get(url, { ca: certPem, timeout }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    })
      .on('timeout', function (this: ClientRequest) {
        this.destroy(new Error(`No answer from ${url} within ${String(timeout)} ms.`));
      })
      .on('error', reject);
  });
}

async function waitUntilReady(url: string, child: ChildProcess, certPem: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode === EXIT_PORT_TAKEN) {
      throw new PortTakenError('api', `The career API's port ${url} was taken before it bound it.`);
    }
    if (child.exitCode !== null) {
      throw new Error(`The career API exited during start-up (code ${String(child.exitCode)}).`);
    }
    try {
      if (await answersOk(url, certPem)) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  child.kill('SIGTERM');
  throw new Error('The career API did not start within 30 seconds.');
}
