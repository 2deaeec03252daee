import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Dates are put into words and read from text in one place, src/domain/time, with the locale and
// zone passed in: screens, mail and nudges then cannot drift into three styles again.

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));
const HOME = 'domain/time/';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// The local tenant stands in for Microsoft 365 and shares no code with the product.
const productFiles = sourceFiles(SRC)
  .map((file) => ({ at: relative(SRC, file), text: readFileSync(file, 'utf8') }))
  .filter(({ at }) => !at.startsWith('local-tenant/') && !at.startsWith(HOME));

/** `file: what` for every use of a pattern outside the home, less the listed exceptions. */
function usesOutsideHome(patterns: RegExp[], exceptions: Record<string, string> = {}): string[] {
  return productFiles.flatMap(({ at, text }) =>
    patterns
      .filter((pattern) => pattern.test(text) && exceptions[at] === undefined)
      .map((pattern) => `${at}: ${pattern.source}`),
  );
}

describe('dates have one home: src/domain/time', () => {
  it('no file outside it puts a date into words with Intl or toLocale…String', () => {
    const exceptions = {
      // A character count, not a date.
      'web/shared/conversation/notes-sync/shared-notes-value.ts': 'number.toLocaleString',
    };
    const wording = [
      /Intl\.DateTimeFormat/,
      /\.toLocaleDateString\(/,
      /\.toLocaleTimeString\(/,
      /\.toLocaleString\(/,
      /\.formatRange\(/,
    ];
    expect(usesOutsideHome(wording, exceptions)).toEqual([]);
  });

  it('no file outside it reads a date with Date.parse', () => {
    expect(usesOutsideHome([/\bDate\.parse\(/])).toEqual([]);
  });

  it('no file outside it keeps its own "try to parse a date" helper', () => {
    const tryToParse = /try\s*\{[^{}]*?Temporal\.\w+\.from\(/;
    expect(usesOutsideHome([tryToParse])).toEqual([]);
  });

  it('no rule in src/domain keeps its own month or weekday names', () => {
    const names = [
      /['"]Jan['"],\s*['"]Feb['"]/,
      /['"]January['"],\s*['"]February['"]/,
      /['"]Mon['"],\s*['"]Tue['"]/,
      /['"]Monday['"],\s*['"]Tuesday['"]/,
    ];
    const rules = productFiles.filter(({ at }) => at.startsWith('domain/'));
    const found = rules.flatMap(({ at, text }) =>
      names.filter((pattern) => pattern.test(text)).map((pattern) => `${at}: ${pattern.source}`),
    );
    expect(found).toEqual([]);
  });

  it('no file outside it words a date through a hand-built formatter in src/domain/time', () => {
    expect(usesOutsideHome([/time\/format['"]/])).toEqual([]);
  });

  it('the exceptions above still need to be exceptions', () => {
    const text = readFileSync(
      join(SRC, 'web/shared/conversation/notes-sync/shared-notes-value.ts'),
      'utf8',
    );
    expect(text).toMatch(/\.toLocaleString\(/);
  });
});
