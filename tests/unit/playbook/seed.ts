import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The tests compare the typed playbook with the seed itself, never with a copy of the data.
const seedPath = fileURLToPath(new URL('../../fixtures/playbook-seed.txt', import.meta.url));

export const SEED_TEXT = readFileSync(seedPath, 'utf8');
export const SEED_LINES = SEED_TEXT.split(/\r?\n/);

function indexOfLine(line: string, from = 0): number {
  const index = SEED_LINES.indexOf(line, from);
  if (index < 0) throw new Error(`Seed has no line "${line}" after line ${from + 1}`);
  return index;
}

/** The "- " bullets right under `heading` (the first such heading after `after`, if given). */
export function bulletsUnder(heading: string, after?: string): string[] {
  const start = after === undefined ? 0 : indexOfLine(after);
  const bullets: string[] = [];
  for (const line of SEED_LINES.slice(indexOfLine(heading, start) + 1)) {
    if (!line.startsWith('- ')) break;
    bullets.push(line.slice(2));
  }
  return bullets;
}

/** A bullet that is a single quoted string, without its quotes. */
export function unquote(bullet: string): string {
  const match = /^"([^"]*)"$/.exec(bullet);
  if (!match?.[1]) throw new Error(`Not a quoted bullet: ${bullet}`);
  return match[1];
}

/** The text after `prefix` on the first line, after line `after`, that starts with it. */
export function lineAfterPrefix(prefix: string, after: string): string | undefined {
  const start = indexOfLine(after);
  const end = SEED_LINES.findIndex((line, i) => i > start && /^(Failure \d|Checklist$)/.test(line));
  return SEED_LINES.slice(start + 1, end)
    .find((line) => line.startsWith(prefix))
    ?.slice(prefix.length);
}

/** Every double-quoted string in the seed, in order, with repeats. */
export function seedQuotes(): string[] {
  return [...SEED_TEXT.matchAll(/"([^"]*)"/g)].map((match) => match[1] ?? '');
}

/** The cells of each markdown table row under the header row starting with `firstHeader`. */
export function tableRows(firstHeader: string): string[][] {
  const header = SEED_LINES.findIndex((line) => line.startsWith(`| ${firstHeader} |`));
  const rows: string[][] = [];
  for (const line of SEED_LINES.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}
