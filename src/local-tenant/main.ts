/**
 * Runs the local tenant on its own:
 *   npx tsx src/local-tenant/main.ts --port 4010 --data .local-tenant-data [--https] [--seed empty]
 */
import { parseArgs } from 'node:util';
import { startLocalTenant } from './core/start';
import { DEMO_PEOPLE } from './seed/demo-people';
import { DEMO_DOMAIN } from './seed/well-known-apps';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string' },
    seed: { type: 'string', default: 'demo' },
    https: { type: 'boolean', default: false },
    'public-url': { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const seed = values.seed === 'empty' ? 'empty' : 'demo';
const tenant = await startLocalTenant({
  port: Number(values.port),
  host: values.host,
  seed,
  https: values.https,
  ...(values.data ? { dataDir: values.data } : {}),
  ...(values['public-url'] ? { publicUrl: values['public-url'] } : {}),
  ...(values.verbose
    ? {
        log: (e) => {
          console.info(`${e.method} ${e.path} -> ${String(e.status)} (${String(e.ms)} ms)`);
        },
      }
    : {}),
});

const manager = DEMO_PEOPLE.find((p) => p.key === 'priya.raman');
console.info(`Local tenant listening at ${tenant.url}`);
console.info(`  authority   ${tenant.authority}`);
console.info(`  discovery   ${tenant.authority}/v2.0/.well-known/openid-configuration`);
console.info(`  graph       ${tenant.graphUrl}`);
console.info(`  SPA client  ${tenant.spaClientId}   API client ${tenant.apiClientId}`);
console.info(`  controls    ${tenant.url}/_local`);
console.info(`  state       ${values.data ?? '(in memory)'}; seed ${tenant.state.state.seed}`);
if (manager) console.info(`  try login_hint=${manager.key}@${DEMO_DOMAIN}`);

const stop = (): void => {
  void tenant.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
