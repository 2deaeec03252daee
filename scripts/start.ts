/**
 * `npm start`: the whole product on one machine against the local tenant, a stand-in for Entra ID
 * and Microsoft Graph seeded with a demo organisation. State is kept in .local-tenant-data/.
 */
import { startStack } from './stack/start-stack';

const WEB_PORT = Number(process.env.WEB_PORT ?? 5173);

async function main(): Promise<void> {
  const stack = await startStack({ web: 'dev', webPort: WEB_PORT, dataDir: '.local-tenant-data' });
  console.info(
    [
      '',
      'Career Conversations is running against the local tenant (demo organisation).',
      `  Open ${stack.url}`,
      `  In Teams (local host): ${stack.teamsHostUrl}  (?persona=yuki.nakamura&theme=dark&frame=side-panel&naa=off)`,
      `  In Outlook (local test host, Office.js stand-in): ${stack.outlookHostUrl}  (?persona=priya.raman&item=compose&theme=dark)`,
      '  Your browser will warn about the local self-signed certificate once: accept it.',
      '  Sign in as a demo person from the list (see README: Demo people).',
      '',
      'Press Ctrl+C to stop.',
    ].join('\n'),
  );
  const stop = (): void => {
    void stack.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
