/**
 * Starts the career API as its own Node process, configured for the local tenant exactly as it
 * would be for a real one (docs/api.md), so the local stack exercises the same start-up path as
 * production. The process trusts the local stack's self-signed certificate through
 * NODE_EXTRA_CA_CERTS, because it reaches Entra and Graph at the stack's public https origin.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_CLIENT_SECRET, type LocalTenant } from '../../src/local-tenant';
import { CAREER_SITE_ID } from '../../src/local-tenant/graph/sharepoint/seed';

export interface ApiProcess {
  url: string;
  close(): Promise<void>;
}

export async function startApiProcess(options: {
  tenant: LocalTenant;
  /** The stack's public origin (tokens are issued for it; Graph is reached through it). */
  origin: string;
  certPem: string;
  port: number;
}): Promise<ApiProcess> {
  const { port } = options;
  const certDir = await mkdtemp(join(tmpdir(), 'career-api-'));
  const certFile = join(certDir, 'local-stack.pem');
  await writeFile(certFile, options.certPem);

  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/stack/local-career-api.ts'],
    {
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
        PROVISION_ON_START: 'true',
        NODE_EXTRA_CA_CERTS: certFile,
        // The tenant's clock may be pinned (tests) or moved (demos): the API keeps its time.
        LOCAL_CLOCK_OFFSET_MS: String(options.tenant.clock.offsetMs),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${String(port)}`;
  await waitUntilReady(`${url}/api/openapi.json`, child);
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

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The career API exited during start-up (code ${String(child.exitCode)}).`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  child.kill('SIGTERM');
  throw new Error('The career API did not start within 30 seconds.');
}
