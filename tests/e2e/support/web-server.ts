import { preview, type PreviewServer } from 'vite';

/** Serves the built app (`vite build` output) the way a user's browser would load it. */
export async function serveBuiltApp(port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: 'vite.config.ts',
    preview: { port, strictPort: port !== 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('The preview server did not report its address.');
  return {
    url: address,
    close: () => server.close(),
  };
}
