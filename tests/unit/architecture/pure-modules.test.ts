import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The web build tells the bundler that the modules of src/domain, src/app and src/graph-facts
// have no side effects (vite.config.ts, PURE_MODULES), so a screen's chunks leave out every module
// whose exports the screen does not use, even when it imports an index. That holds only while
// importing such a module does nothing but declare: no import for its effect, no statement run at
// the top level. A module that did would be dropped from the browser build without a word.

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));
const PURE_FOLDERS = ['domain', 'app', 'graph-facts'];

/** Top-level statements that run something, allowed where the reason is given. */
const ALLOWED: Record<string, string> = {
  // Zod's English messages: only modules that import `z` from here use zod, and they keep it.
  'app/zod.ts': 'z.config(en());',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const DECLARATIONS = new Set([
  ts.SyntaxKind.ImportDeclaration,
  ts.SyntaxKind.ImportEqualsDeclaration,
  ts.SyntaxKind.ExportDeclaration,
  ts.SyntaxKind.ExportAssignment,
  ts.SyntaxKind.VariableStatement,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.EnumDeclaration,
  ts.SyntaxKind.ModuleDeclaration,
  ts.SyntaxKind.EmptyStatement,
]);

/** `file: statement` for each top-level statement that runs code or imports for effect. */
function effectsOf(at: string, text: string): string[] {
  const source = ts.createSourceFile(at, text, ts.ScriptTarget.Latest, true);
  return source.statements.flatMap((statement) => {
    const code = statement.getText(source);
    const bareImport = ts.isImportDeclaration(statement) && statement.importClause === undefined;
    if (!bareImport && DECLARATIONS.has(statement.kind)) return [];
    if (ALLOWED[at] === code) return [];
    return [`${at}: ${code.split('\n')[0] ?? ''}`];
  });
}

const files = PURE_FOLDERS.flatMap((folder) => sourceFiles(join(SRC, folder)));

describe('modules the web build treats as free of side effects', () => {
  it('finds the modules to check', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('only declare: no import for its effect, no statement run at the top level', () => {
    expect(
      files.flatMap((file) => effectsOf(relative(SRC, file), readFileSync(file, 'utf8'))),
    ).toEqual([]);
  });

  it('are the folders the build names', () => {
    const config = readFileSync(new URL('../../../vite.config.ts', import.meta.url), 'utf8');
    const named = /const PURE_MODULES = \/.*\((?<folders>[\w|-]+)\)/.exec(config)?.groups?.folders;
    expect(named?.split('|').sort()).toEqual([...PURE_FOLDERS].sort());
  });

  it('would be caught doing something when imported', () => {
    const probe = [
      "import './set-up';",
      "import { z } from './zod';",
      'export const a = 1;',
      'window.x = 1;',
      'register(a);',
      'for (const b of [a]) use(b);',
      'z.config(en());',
    ].join('\n');
    expect(effectsOf('domain/probe.ts', probe)).toEqual([
      "domain/probe.ts: import './set-up';",
      'domain/probe.ts: window.x = 1;',
      'domain/probe.ts: register(a);',
      'domain/probe.ts: for (const b of [a]) use(b);',
      'domain/probe.ts: z.config(en());',
    ]);
    expect(effectsOf('app/zod.ts', 'z.config(en());')).toEqual([]);
  });
});
