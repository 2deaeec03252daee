import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
// With its extension: the Vite config loads this module, and Vite's native config loader needs it.
import { staticWebAppConfig } from './src/adapters/hosting/static-web-app-config.ts';
import { guidePagePlugin } from './scripts/build/guide-page.ts';
import { stripApiDocsPlugin } from './scripts/build/strip-api-docs.ts';

const page = (name: string): string => fileURLToPath(new URL(`./src/web/${name}`, import.meta.url));

/**
 * Source folders whose modules only declare (no global set-up when imported), so the bundler may
 * leave out the ones a chunk does not use. `src/app/zod.ts` configures zod when imported, but only
 * what imports zod from it uses zod: nothing depends on that set-up without using an export.
 */
const PURE_MODULES = /[\\/]src[\\/](domain|app|graph-facts)[\\/]/;

// The web app (Teams tab, Outlook add-in task pane, plain browser) is one Vite build.
export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [
    react(),
    guidePagePlugin(),
    stripApiDocsPlugin(),
    {
      // Static hosting's own configuration (security headers, fallback) ships with the build.
      // API_BASE_URL: the career API's address in this deployment (the Functions app), which the
      // Content-Security-Policy must admit; unset, the API is the site's own /api.
      name: 'static-web-app-config',
      apply: 'build',
      generateBundle() {
        const config = staticWebAppConfig({ apiBaseUrl: process.env.API_BASE_URL });
        this.emitFile({
          type: 'asset',
          fileName: 'staticwebapp.config.json',
          source: `${JSON.stringify(config, null, 2)}\n`,
        });
      },
    },
  ],
  resolve: {
    // The browser's own Temporal where it has one (temporal-global.ts; the polyfill loads only
    // where it is missing, app-chunks.ts). Node (the API, the local tenant) keeps the polyfill.
    alias: [{ find: /^temporal-polyfill$/, replacement: page('temporal-global.ts') }],
  },
  build: {
    // WEB_DIST_DIR lets parallel local runs build and serve their own copy (default dist/web).
    outDir: process.env.WEB_DIST_DIR ?? '../../dist/web',
    emptyOutDir: true,
    // No source maps: whatever is built is published, and maps would publish the source.
    sourcemap: false,
    rolldownOptions: {
      // The Teams tab / browser page, and the Outlook add-in page (which also loads Office.js).
      input: { index: page('index.html'), addin: page('addin.html') },
      treeshake: {
        // The domain and the use cases are pure rules and data: a module whose exports a screen
        // does not use is left out of that screen's chunks, even when reached through an index.
        moduleSideEffects: [{ test: PURE_MODULES, sideEffects: false, external: false }],
      },
      output: {
        // A shared group's chunk is named by every entry that shares it ("fluent~header-controls~
        // sign-out-button~…"): each import of it repeats that name, in every chunk that imports it.
        // The group's name and the hash say as much, in a fifth of the bytes.
        chunkFileNames: (chunk) => `assets/${chunk.name.split('~')[0] ?? 'chunk'}-[hash].js`,
        // Libraries and shared rules in chunks of their own, so the lazy screens share them and
        // the first screen carries none of what only they use (bench/first-screen.ts measures it).
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 4,
            },
            { name: 'msal', test: /node_modules[\\/]@azure[\\/]msal-/, priority: 4 },
            // Zod's tree-shakable build (the browser never loads the full one), with its settings
            // (English messages, no eval under the CSP), applied before any schema is built.
            {
              name: 'zod',
              test: /node_modules[\\/]zod[\\/]|src[\\/]app[\\/]zod\.ts|src[\\/]web[\\/]forbid-eval/,
              priority: 4,
            },
            {
              name: 'fluent',
              test: /node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg)/,
              priority: 3,
              entriesAware: true,
              entriesAwareMergeThreshold: 4000,
            },
            {
              name: 'domain',
              test: /src[\\/]domain[\\/]/,
              priority: 2,
              entriesAware: true,
              entriesAwareMergeThreshold: 1000,
            },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
});
