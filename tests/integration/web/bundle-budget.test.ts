import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildWebApp,
  describeEntry,
  ENTRY_POINTS,
  measureEntry,
  type BuiltApp,
  type EntryMeasure,
} from '../../../bench/first-screen';

/**
 * The JavaScript each way into the app downloads, on a real build: bytes (gzip) and files, never
 * timings. Each failure prints the entry's numbers and its library floor.
 */

let app: BuiltApp;

beforeAll(async () => {
  app = await buildWebApp();
}, 180_000);

function measure(name: string): EntryMeasure {
  const entry = ENTRY_POINTS.find((e) => e.name === name);
  if (!entry) throw new Error(`No entry point named ${name}.`);
  return measureEntry(app, entry);
}

interface Budget {
  entry: string;
  /** Most gzip bytes of JavaScript. */
  gzipBytes?: number;
  /** Most JavaScript files. */
  requests?: number;
  /** Most bytes as a multiple of the React + Fluent UI + MSAL code the entry loads. */
  floorRatio?: number;
}

// Ceilings at what the build achieves (a ratchet: lower them as the code shrinks). The issue's
// goal for the signed-in manager is 1.1× the floor; see docs/performance.md for what stands in
// the way (the playbook and domain rules, TanStack Query, our own app code).
const BUDGETS: readonly Budget[] = [
  // Before first paint: the app shell, without MSAL, zod, the domain or the signed-in app.
  // Files: the shell's domain helpers (routes, deep links) became a chunk shared with the
  // signed-in screens when the compact team list and the narrow navigation came in.
  { entry: 'first screen (index.html)', gzipBytes: 120_000, requests: 9 },
  // Zod's tree-shakable build for the API schemas (`src/app/zod.ts`) took 13.6 kB off each.
  // The domain and the use cases marked free of side effects (vite.config.ts, PURE_MODULES) took
  // 24–35 kB more: a screen no longer carries the rules it reaches only through an index. Files:
  // smaller shared rule chunks (merged below 1 kB rather than 4 kB), so each screen takes fewer
  // rules it does not use.
  // Shared chunks named by their group alone (vite.config.ts, chunkFileNames): 1–2 kB less each.
  { entry: 'manager: team overview', floorRatio: 1.3, requests: 47 },
  { entry: "report's tab: my development", floorRatio: 1.36, requests: 51 },
  { entry: 'HR console', floorRatio: 1.28, requests: 39 },
  { entry: 'meeting panel', floorRatio: 1.36, requests: 59 },
  { entry: 'Outlook task pane (addin.html)', gzipBytes: 120_000, requests: 9 },
];

describe('bundle budgets of the built web app', () => {
  it.each(BUDGETS)('$entry stays within its budget', (budget) => {
    const numbers = measure(budget.entry);
    const report = `${describeEntry(numbers)}\nfiles: ${numbers.files.join(', ')}`;
    if (budget.gzipBytes !== undefined)
      expect(
        numbers.gzipBytes,
        `over ${budget.gzipBytes} bytes gzip. ${report}`,
      ).toBeLessThanOrEqual(budget.gzipBytes);
    if (budget.floorRatio !== undefined)
      expect(
        numbers.floorRatio,
        `over ${budget.floorRatio}× the floor. ${report}`,
      ).toBeLessThanOrEqual(budget.floorRatio);
    if (budget.requests !== undefined)
      expect(numbers.requests, `over ${budget.requests} files. ${report}`).toBeLessThanOrEqual(
        budget.requests,
      );
  });

  it('measures every entry point the benchmark reports', () => {
    expect(BUDGETS.map((b) => b.entry).sort()).toEqual(ENTRY_POINTS.map((e) => e.name).sort());
  });
});
