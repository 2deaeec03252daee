/**
 * `npm run drill -- <name>`: the scale and reliability drills of docs/performance.md, one at a
 * time (they are bounded, but each loads the machine: never run two together). Not part of
 * `npm test`; each prints its figures.
 */
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
};

const name = process.argv[2] ?? '';
const drill = drills[name];
if (!drill) {
  console.error(`Usage: npm run drill -- <${Object.keys(drills).join(' | ')}>`);
  process.exit(2);
}
const passed = await drill();
process.exit(passed ? 0 : 1);
