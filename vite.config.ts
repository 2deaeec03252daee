import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app (Teams tab, Outlook add-in task pane, plain browser) is one Vite build.
export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
});
