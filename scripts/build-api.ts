/**
 * `npm run build:api`: the career API as an Azure Functions app in dist/api, ready to publish
 * (`func azure functionapp publish <app>` from that folder, or a zip of it after
 * `npm install --omit=dev`). One bundled file with every dependency inside except
 * `@azure/functions`, which the Functions Node worker expects to load from the app's own
 * node_modules; host.json; and a package.json of its own, because the repository's is the web
 * app's and names neither the entry nor the runtime dependency.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const ENTRY = join(ROOT, 'src/server/functions/index.ts');
const HOST_JSON = join(ROOT, 'src/server/functions/host.json');
/** Loaded at run time, never bundled: the worker hands it the runtime's registration API. */
const RUNTIME_EXTERNALS = ['@azure/functions'] as const;

interface RootPackage {
  version: string;
  dependencies: Record<string, string>;
}

export async function buildApi(outDir = join(ROOT, 'dist/api')): Promise<void> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: ENTRY,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      // The API is not served to browsers; readable code gives readable stack traces in the logs.
      minify: false,
      sourcemap: false,
      rolldownOptions: {
        // CommonJS: `@azure/functions` is CommonJS whose named exports Node's ESM loader cannot see.
        output: { format: 'cjs', entryFileNames: 'index.js' },
      },
    },
    ssr: { target: 'node', noExternal: true, external: [...RUNTIME_EXTERNALS] },
  });
  const root = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as RootPackage;
  const dependencies = Object.fromEntries(
    RUNTIME_EXTERNALS.map((name) => {
      const range = root.dependencies[name];
      if (!range) throw new Error(`${name} must be a dependency in package.json`);
      return [name, range];
    }),
  );
  const functionsPackage = {
    name: 'career-conversations-api',
    version: root.version,
    private: true,
    description: 'The career API on Azure Functions (built by npm run build:api; do not edit).',
    main: 'index.js',
    engines: { node: '>=20' },
    dependencies,
  };
  await writeFile(join(outDir, 'package.json'), `${JSON.stringify(functionsPackage, null, 2)}\n`);
  await copyFile(HOST_JSON, join(outDir, 'host.json'));
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  await buildApi();
  console.info('Built the career API for Azure Functions in dist/api.');
}
