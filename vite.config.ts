import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
// With its extension: the Vite config loads this module, and Vite's native config loader needs it.
import { staticWebAppConfig } from './src/adapters/hosting/static-web-app-config.ts';
import { guidePagePlugin } from './scripts/build/guide-page.ts';

const page = (name: string): string => fileURLToPath(new URL(`./src/web/${name}`, import.meta.url));

// The web app (Teams tab, Outlook add-in task pane, plain browser) is one Vite build.
export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [
    react(),
    guidePagePlugin(),
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
  build: {
    // WEB_DIST_DIR lets parallel local runs build and serve their own copy (default dist/web).
    outDir: process.env.WEB_DIST_DIR ?? '../../dist/web',
    emptyOutDir: true,
    // No source maps: whatever is built is published, and maps would publish the source.
    sourcemap: false,
    rollupOptions: {
      // The Teams tab / browser page, and the Outlook add-in page (which also loads Office.js).
      input: { index: page('index.html'), addin: page('addin.html') },
    },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
});
