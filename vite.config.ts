import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const page = (name: string): string => fileURLToPath(new URL(`./src/web/${name}`, import.meta.url));

// The web app (Teams tab, Outlook add-in task pane, plain browser) is one Vite build.
export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react()],
  build: {
    // WEB_DIST_DIR lets parallel local runs build and serve their own copy (default dist/web).
    outDir: process.env.WEB_DIST_DIR ?? '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      // The Teams tab / browser page, and the Outlook add-in page (which also loads Office.js).
      input: { index: page('index.html'), addin: page('addin.html') },
    },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
});
