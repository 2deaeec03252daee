import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// docs/privacy.md names, for each promise, the test that proves it (`file › test`). A renamed or
// deleted test would leave a promise unproved without anyone noticing; this keeps them tied.

const normalise = (text: string): string =>
  text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

interface Reference {
  file: string;
  test: string;
}

/** Every `path › name` code span, and every `› name` span after one (same file). */
function referencesIn(markdown: string): Reference[] {
  const references: Reference[] = [];
  let file: string | undefined;
  for (const match of markdown.matchAll(/`([^`]+)`/g)) {
    const span = normalise(match[1] ?? '');
    const parts = span.split('›').map((part) => part.trim());
    if (parts.length !== 2) continue;
    const [path, test] = parts as [string, string];
    if (path !== '') file = path;
    if (file === undefined) throw new Error(`"› ${test}" names no file before it.`);
    references.push({ file, test });
  }
  return references;
}

const privacy = readFileSync('docs/privacy.md', 'utf8');
const references = referencesIn(privacy);

describe('docs/privacy.md', () => {
  it('names at least one test for every promise section', () => {
    expect(references.length).toBeGreaterThan(30);
  });

  it.each(references.map((r) => [`${r.file} › ${r.test}`, r] as const))(
    'names a test that exists: %s',
    (_, { file, test }) => {
      const path = `tests/${file}`;
      expect(existsSync(path), `${path} exists`).toBe(true);
      const source = normalise(readFileSync(path, 'utf8'));
      expect(source.includes(`'${test}'`) || source.includes(`"${test}"`), test).toBe(true);
    },
  );
});
