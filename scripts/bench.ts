/**
 * `npm run bench`: performance as numbers kept with the code, never as timed assertions in tests.
 * Prints a report and writes it to bench/results.json so changes can be compared in review.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { measureBundle } from '../bench/bundle';
import { benchDomain } from '../bench/domain-at-scale';
import { buildWebApp, describeEntry, measureEntries } from '../bench/first-screen';
import { benchRequestsPerScreen } from '../bench/requests-per-screen';
import { benchServer, printServerBench } from '../bench/server-requests';

execSync('npx vite build --logLevel error', { stdio: 'inherit' });
const bundle = measureBundle();
const firstScreen = measureEntries(await buildWebApp());
const timings = benchDomain();
const requests = await benchRequestsPerScreen();
const server = await benchServer();

console.info('\nBundle (dist/web/assets)');
console.table(bundle);
console.info(
  `Total: ${bundle.reduce((s, f) => s + f.bytes, 0)} bytes, ${bundle.reduce((s, f) => s + f.gzipBytes, 0)} gzip`,
);
console.info('\nFirst screen: JavaScript per entry (gzip; see docs/performance.md)');
for (const entry of firstScreen) console.info(`- ${describeEntry(entry)}`);
console.info('\nDomain timings');
console.table(timings);
console.info('\nRequests per screen (cold open, Priya Raman, 12 reports)');
console.table(requests.screens);
console.info(
  `\nTeam overview, cold open signed in (median of ${String(requests.overviewColdOpen.opens.length)}, ms after navigation start)`,
);
console.table([requests.overviewColdOpen.median]);
printServerBench(server);

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify(
    {
      node: process.version,
      bundle,
      firstScreen: firstScreen.map(({ files: _files, ...numbers }) => numbers),
      timings,
      requests,
      server,
    },
    null,
    2,
  )}
`,
);
