/**
 * `npm run drill -- <name>`: the scale and reliability drills of docs/performance.md, one at a
 * time (they are bounded, but each loads the machine: never run two together). Not part of
 * `npm test`; each prints its figures.
 */
import { runConcurrentEditsDrill } from '../bench/reliability/concurrent-edits';
import { runExactlyOnceDrill } from '../bench/reliability/exactly-once';
import { runPayloadFuzz } from '../bench/reliability/payload-fuzz';
import { runThrottleStormDrill } from '../bench/reliability/throttle-storm';
import { printScaleDrill, runScaleDrill } from '../bench/scale/scale-drill';

const drills: Record<string, () => Promise<boolean>> = {
  async scale() {
    const result = await runScaleDrill({
      people: 10_000,
      smallItems: 100,
      largeItems: 500_000,
      loads: 15,
    });
    printScaleDrill(result);
    return (
      result.small.failures.length === 0 &&
      result.large.failures.length === 0 &&
      result.small.overviewRequests === result.large.overviewRequests
    );
  },
  async 'exactly-once'() {
    const rows = await runExactlyOnceDrill(20);
    console.info('\nMail, events and To Do under retried and dropped connections (20 writes each)');
    console.table(rows);
    return rows.every((row) => row.duplicated === 0 && row.lost === 0);
  },
  async 'concurrent-edits'() {
    const result = await runConcurrentEditsDrill(50, 20);
    console.info('\n1,000 contract edits from 50 tabs at once (If-Match on every write)');
    console.info(result);
    return (
      Object.keys(result.otherAnswers).length === 0 &&
      result.lostUpdates === 0 &&
      result.duplicatedUpdates === 0 &&
      result.versionsInHistory === 1 + result.agreed
    );
  },
  async 'throttle-storm'() {
    const rows = await runThrottleStormDrill(50, 5);
    console.info('\n429 storm: half of all Graph requests throttled, Retry-After 1 s');
    console.table(rows);
    return rows.every((row) => row.lost === 0 && row.early === 0 && row.attemptsPerCall <= 3);
  },
  async 'payload-fuzz'() {
    const result = await runPayloadFuzz(50_000);
    console.info('\nPayload fuzz: bodies and queries from the API schemas, broken field by field');
    console.info(result);
    return result.serverErrors.length === 0;
  },
};

const name = process.argv[2] ?? '';
const drill = drills[name];
if (!drill) {
  console.error(`Usage: npm run drill -- <${Object.keys(drills).join(' | ')}>`);
  process.exit(2);
}
const passed = await drill();
process.exit(passed ? 0 : 1);
