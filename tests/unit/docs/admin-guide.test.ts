import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// docs/admin-guide.md is a path a tenant admin follows from a fresh clone. A command it names that
// does not exist, or a file it sends them to that is not there, stops them halfway; these keep it
// true as scripts and files move.

const guide = readFileSync('docs/admin-guide.md', 'utf8');
const scripts = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts,
);

/** Repository paths the guide names: in code spans and code blocks, without placeholders. */
function repositoryPaths(markdown: string): string[] {
  const code = [...markdown.matchAll(/```[\s\S]*?```|`[^`\n]+`/g)].map((match) => match[0]);
  const paths = code.flatMap((text) => [
    ...text.matchAll(
      /(?<![\w./-])((?:infra|env|manifest|scripts|src|docs|tests)\/[\w./<>-]+|m365agents\.yml|aad\.manifest\.json)/g,
    ),
  ]);
  return [
    ...new Set(
      paths
        .map((match) => (match[1] ?? '').replace(/[.,:;]+$/, ''))
        .filter((path) => !/[<{]/.test(path)),
    ),
  ];
}

/** The variables the career API reads (src/server/config.ts), the names the guide may give it. */
function apiVariables(): Set<string> {
  const source = readFileSync('src/server/config.ts', 'utf8');
  const schema = source.slice(
    source.indexOf('const envSchema'),
    source.indexOf('export interface'),
  );
  return new Set([...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((match) => match[1] ?? ''));
}

describe('docs/admin-guide.md', () => {
  it.each([...new Set([...guide.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1] ?? ''))])(
    'names an npm script that exists: npm run %s',
    (script) => {
      expect(scripts).toContain(script);
    },
  );

  it('names files that exist', () => {
    const paths = repositoryPaths(guide);
    expect(paths).toEqual(expect.arrayContaining(['infra/main.bicep', 'm365agents.yml']));
    expect(paths.filter((path) => !existsSync(path))).toEqual([]);
  });

  it('rehearses on the local tenant and deploys with the filled parameters', () => {
    expect(guide).toContain('npm run package -- --env local');
    expect(guide).toMatch(
      /az deployment group create[^\n]*--template-file infra\/main\.bicep[^\n]*--parameters @build\/main\.parameters\.<name>\.json/,
    );
    // The file the deployment reads is the one `npm run package` writes.
    expect(readFileSync('scripts/deploy/package-app.ts', 'utf8')).toContain(
      'main.parameters.${envName}.json',
    );
  });

  it('walks every step a tenant admin takes, in order', () => {
    const headings = [...guide.matchAll(/^##+ (.+)$/gm)].map((match) => match[1] ?? '');
    const steps = [
      /prerequisites/i,
      /career site/i,
      /register/i,
      /azure/i,
      /consent/i,
      /provision/i,
      /teams admin center/i,
      /setup polic/i,
      /outlook/i,
      /upgrade/i,
      /uninstall/i,
    ];
    const positions = steps.map((step) => headings.findIndex((heading) => step.test(heading)));
    expect(
      positions.every((position) => position >= 0),
      JSON.stringify(headings),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('keeps the Permissions section for the table generated from the code', () => {
    expect(guide).toMatch(
      /## Permissions\n[\s\S]*<!-- permissions:begin -->[\s\S]*<!-- permissions:end -->/,
    );
  });

  it('says what a registration needs for the API to accept its tokens', () => {
    for (const fact of ['requestedAccessTokenVersion', 'brk-multihub://', 'access_as_user']) {
      expect(guide).toContain(fact);
    }
  });

  it('names only variables the career API reads in its settings table', () => {
    const section = guide.slice(guide.indexOf('## Configuration'));
    const table = section.slice(0, section.indexOf('\n## ', 1));
    const named = [...table.matchAll(/^\| `([A-Z][A-Z0-9_]+)`/gm)].map((match) => match[1] ?? '');
    expect(named.length).toBeGreaterThan(5);
    const known = apiVariables();
    expect(named.filter((name) => !known.has(name))).toEqual([]);
  });
});
