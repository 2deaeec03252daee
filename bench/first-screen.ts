/**
 * What each way into the app makes the browser download, in gzip bytes and requests, measured on
 * a real `vite build` of the web app. "Before first paint" is what the built HTML page loads (its
 * module scripts and modulepreload links) with every static import of those chunks; a screen
 * reached after sign-in adds the chunks on the chain of dynamic imports that leads to it, each
 * with its own static imports. Bytes are gzip of the minified chunks, as static hosting sends them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, minifySync } from 'vite';

export interface BuiltChunk {
  fileName: string;
  gzipBytes: number;
  /** Static imports: fetched and run before this chunk runs. */
  imports: readonly string[];
  dynamicImports: readonly string[];
  /** Source modules in the chunk with their minified length, to share out the chunk's bytes. */
  modules: readonly { id: string; minifiedLength: number }[];
}

export interface BuiltApp {
  chunks: ReadonlyMap<string, BuiltChunk>;
  /** The built HTML pages by file name (`index.html`, `addin.html`). */
  pages: ReadonlyMap<string, string>;
}

/** A way into the app: a page, and what it loads after the first paint to show a screen. */
export interface EntryPoint {
  name: string;
  page: string;
  /**
   * Source modules whose chunks the page loads (through dynamic imports) to show the screen:
   * sign-in, the signed-in app, the screen itself, e.g.
   * `src/web/features/hr-console/hr-console-screen.tsx`. None: the first paint only.
   */
  loads?: readonly string[];
}

/** Signed in, on one screen: MSAL and the configuration, the signed-in app, the screen. */
const signedIn = (screen: string): readonly string[] => [
  'src/web/auth/connect-auth.ts',
  'src/web/app/signed-in-app.tsx',
  screen,
];

/** The libraries whose code counts as the floor no app can go below (they are the app's frame). */
export type FloorLibrary = 'react' | 'fluent' | 'msal';

export interface EntryMeasure {
  name: string;
  /** JavaScript files fetched. */
  requests: number;
  gzipBytes: number;
  /** Gzip bytes of React, Fluent UI and MSAL code in those files: the floor the budget compares to. */
  libraryFloor: Record<FloorLibrary, number>;
  floorBytes: number;
  /** `gzipBytes / floorBytes`: 1.0 would be nothing but the libraries. */
  floorRatio: number;
  files: readonly string[];
}

/** The entries the budgets and the benchmark report, one per host and home. */
export const ENTRY_POINTS: readonly EntryPoint[] = [
  { name: 'first screen (index.html)', page: 'index.html' },
  {
    name: 'manager: team overview',
    page: 'index.html',
    loads: signedIn('src/web/features/team-overview/team-overview-screen.tsx'),
  },
  {
    name: "report's tab: my development",
    page: 'index.html',
    loads: signedIn('src/web/features/my-development/my-development-screen.tsx'),
  },
  {
    name: 'HR console',
    page: 'index.html',
    loads: signedIn('src/web/features/hr-console/hr-console-screen.tsx'),
  },
  {
    name: 'meeting panel',
    page: 'index.html',
    loads: signedIn('src/web/features/meeting-panel/meeting-panel-screen.tsx'),
  },
  { name: 'Outlook task pane (addin.html)', page: 'addin.html' },
];

const FLOOR_PACKAGES: Record<FloorLibrary, RegExp> = {
  react: /\/node_modules\/(react|react-dom|scheduler)\//,
  // Fluent UI v9 and what its components are made of (styles, focus management, positioning).
  fluent:
    /\/node_modules\/(@fluentui\/[^/]+|@griffel\/[^/]+|@floating-ui\/[^/]+|tabster|keyborg|@swc\/helpers|@ctrl\/tinycolor|use-sync-external-store|rtl-css-js|stylis)\//,
  msal: /\/node_modules\/@azure\/msal-[^/]+\//,
};

const FLOOR_LIBRARIES = Object.keys(FLOOR_PACKAGES) as FloorLibrary[];

function libraryOf(moduleId: string): FloorLibrary | undefined {
  const path = moduleId.replaceAll('\\', '/');
  return FLOOR_LIBRARIES.find((library) => FLOOR_PACKAGES[library].test(path));
}

/**
 * A module's length once minified, as it is in the chunk: React ships readable production code
 * and our own code keeps its comments until the chunk is minified, so raw lengths would misstate
 * each one's share.
 */
function minifiedLength(id: string, code: string | null, renderedLength: number): number {
  if (!code) return renderedLength;
  try {
    return minifySync(id.replace(/\?.*$/, '').replace(/\.tsx?$/, '.js'), code, {
      compress: false,
      mangle: false,
    }).code.length;
  } catch {
    return renderedLength;
  }
}

/** Builds the web app with the repository's Vite configuration into a scratch directory. */
export async function buildWebApp(): Promise<BuiltApp> {
  const outDir = await mkdtemp(join(tmpdir(), 'career-bundle-'));
  // Vite follows NODE_ENV, which a test runner sets to `test`: that would measure React's
  // development build, never published.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const result = await build({
      configFile: 'vite.config.ts',
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    const outputs = Array.isArray(result) ? result : [result];
    const chunks = new Map<string, BuiltChunk>();
    const pages = new Map<string, string>();
    for (const output of outputs) {
      if (!('output' in output)) throw new Error('vite build returned a watcher, not a bundle.');
      for (const item of output.output) {
        if (item.type === 'chunk') {
          chunks.set(item.fileName, {
            fileName: item.fileName,
            gzipBytes: gzipSync(item.code).length,
            imports: item.imports,
            dynamicImports: item.dynamicImports,
            modules: Object.entries(item.modules).map(([id, module]) => ({
              id,
              minifiedLength: minifiedLength(id, module.code, module.renderedLength),
            })),
          });
        } else if (item.fileName.endsWith('.html')) {
          pages.set(item.fileName, String(item.source));
        }
      }
    }
    return { chunks, pages };
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    await rm(outDir, { recursive: true, force: true });
  }
}

/** The chunks a built page names: its module scripts and modulepreload links. */
export function pageChunks(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isModule = /type="module"/.test(tag) || /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="\/?([^"]+\.js)"/.exec(tag)?.[1];
    return isModule && url ? [url] : [];
  });
}

function withStaticImports(app: BuiltApp, roots: Iterable<string>, into = new Set<string>()) {
  const visit = (file: string): void => {
    if (into.has(file)) return;
    const chunk = app.chunks.get(file);
    if (!chunk) throw new Error(`The build has no chunk ${file}.`);
    into.add(file);
    chunk.imports.forEach(visit);
  };
  for (const root of roots) visit(root);
  return into;
}

/**
 * The chunks loaded to show a screen: the page's, then along the shortest chain of dynamic
 * imports to the chunk holding the screen's module, each step with its static imports.
 */
function screenChunks(app: BuiltApp, pageFiles: Set<string>, screen: string): Set<string> {
  const holds = (file: string): boolean =>
    app.chunks.get(file)?.modules.some((m) => m.id.replaceAll('\\', '/').endsWith(screen)) ?? false;
  const loaded = new Set(pageFiles);
  if ([...loaded].some(holds)) return loaded;
  // Breadth-first over dynamic imports; each step's cost includes its static imports.
  const previous = new Map<string, string | undefined>();
  const queue: string[] = [];
  for (const file of pageFiles) {
    for (const next of app.chunks.get(file)?.dynamicImports ?? []) {
      if (!previous.has(next)) {
        previous.set(next, undefined);
        queue.push(next);
      }
    }
  }
  while (queue.length > 0) {
    const file = queue.shift() as string;
    const reached = withStaticImports(app, [file]);
    const target = [...reached].find(holds);
    if (target) {
      for (let step: string | undefined = file; step; step = previous.get(step)) {
        withStaticImports(app, [step], loaded);
      }
      return loaded;
    }
    for (const chunk of reached) {
      for (const next of app.chunks.get(chunk)?.dynamicImports ?? []) {
        if (!previous.has(next)) {
          previous.set(next, file);
          queue.push(next);
        }
      }
    }
  }
  throw new Error(`No chunk reachable from the page holds ${screen}.`);
}

export function measureEntry(app: BuiltApp, entry: EntryPoint): EntryMeasure {
  const html = app.pages.get(entry.page);
  if (html === undefined) throw new Error(`The build has no page ${entry.page}.`);
  const pageFiles = withStaticImports(app, pageChunks(html));
  const files = new Set(pageFiles);
  for (const module of entry.loads ?? []) {
    for (const file of screenChunks(app, pageFiles, module)) files.add(file);
  }
  const libraryFloor: Record<FloorLibrary, number> = { react: 0, fluent: 0, msal: 0 };
  let gzipBytes = 0;
  for (const file of files) {
    const chunk = app.chunks.get(file) as BuiltChunk;
    gzipBytes += chunk.gzipBytes;
    // A chunk's gzip bytes are shared out among its modules by their length.
    const total = chunk.modules.reduce((sum, m) => sum + m.minifiedLength, 0) || 1;
    for (const module of chunk.modules) {
      const library = libraryOf(module.id);
      if (library) libraryFloor[library] += (chunk.gzipBytes * module.minifiedLength) / total;
    }
  }
  for (const library of FLOOR_LIBRARIES) libraryFloor[library] = Math.round(libraryFloor[library]);
  const floorBytes = FLOOR_LIBRARIES.reduce((sum, library) => sum + libraryFloor[library], 0);
  return {
    name: entry.name,
    requests: files.size,
    gzipBytes,
    libraryFloor,
    floorBytes,
    floorRatio: floorBytes === 0 ? Infinity : Math.round((gzipBytes / floorBytes) * 100) / 100,
    files: [...files].sort(),
  };
}

export function measureEntries(app: BuiltApp): EntryMeasure[] {
  return ENTRY_POINTS.map((entry) => measureEntry(app, entry));
}

/** One line per entry for `npm run bench` and for a budget's failure message. */
export function describeEntry(measure: EntryMeasure): string {
  const kB = (bytes: number): string => (bytes / 1000).toFixed(1);
  const floor = FLOOR_LIBRARIES.map((l) => `${l} ${kB(measure.libraryFloor[l])}`).join(' + ');
  return `${measure.name}: ${kB(measure.gzipBytes)} kB gzip in ${measure.requests} files; library floor ${kB(measure.floorBytes)} kB (${floor}); ${measure.floorRatio}× the floor`;
}
