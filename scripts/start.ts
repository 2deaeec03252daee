/**
 * `npm start`: the whole product on one machine. Without tenant settings in `.env` it starts the
 * local tenant (Entra ID + Graph stand-in seeded with a demo organisation) beside the web app; with
 * them, the same app signs in to the real tenant.
 */
import { createServer } from 'vite';

const WEB_PORT = Number(process.env.WEB_PORT ?? 5173);

async function main(): Promise<void> {
  const web = await createServer({
    configFile: 'vite.config.ts',
    server: { port: WEB_PORT, strictPort: true, host: '127.0.0.1' },
  });
  await web.listen();
  const url = `http://localhost:${WEB_PORT}/`;
  console.info(`\nCareer Conversations is running.\n  Open ${url}\n\nPress Ctrl+C to stop.`);

  const stop = async (): Promise<void> => {
    await web.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
