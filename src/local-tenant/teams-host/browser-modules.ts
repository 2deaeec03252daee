import { readFile } from 'node:fs/promises';

/**
 * The host pages' browser modules are TypeScript beside the tenant's (type-checked and linted
 * with it); the browser gets them as JavaScript, compiled once, `./x.ts` imports becoming
 * `./x.js`. Both local hosts (Teams, Outlook) serve theirs through one of these.
 */
export function browserModules(
  sources: Readonly<Record<string, URL>>,
): (name: string) => Promise<string> | undefined {
  const compiled = new Map<string, Promise<string>>();
  return (name) => {
    const source = sources[name];
    if (!source) return undefined;
    let module = compiled.get(name);
    if (!module) {
      module = (async () => {
        const { default: ts } = await import('typescript');
        const output = ts.transpileModule(await readFile(source, 'utf8'), {
          compilerOptions: {
            target: ts.ScriptTarget.ES2022,
            module: ts.ModuleKind.ESNext,
            rewriteRelativeImportExtensions: true,
            verbatimModuleSyntax: true,
          },
        });
        return output.outputText;
      })();
      compiled.set(name, module);
    }
    return module;
  };
}
