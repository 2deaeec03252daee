import { performance } from 'node:perf_hooks';

export interface Timing {
  name: string;
  /** How many items one run handles (reports, sentences ...). */
  items: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

/** Runs `work` a few times to warm up, then `runs` times, and reports the median and p95. */
export function time(name: string, items: number, work: () => unknown, runs = 30): Timing {
  for (let i = 0; i < 3; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const pick = (q: number): number =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { name, items, runs, medianMs: round(pick(0.5)), p95Ms: round(pick(0.95)) };
}

export const round = (value: number): number => Math.round(value * 100) / 100;
