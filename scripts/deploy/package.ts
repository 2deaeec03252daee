/**
 * `npm run package -- --env <name>`: builds build/appPackage.<name>.zip (the Teams app package),
 * build/main.parameters.<name>.json (infra/main.bicep's parameters) and dist/web/config.json
 * from env/.env.<name>; with --infra-only, the parameters alone. See docs/admin-guide.md.
 */
import { relative } from 'node:path';
import { packageApp, PackageError } from './package-app';

function envNameFrom(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--env');
  if (index >= 0) return argv[index + 1];
  return argv.find((arg) => arg.startsWith('--env='))?.slice('--env='.length);
}

async function main(): Promise<void> {
  const envName = envNameFrom(process.argv.slice(2));
  if (!envName) throw new PackageError('Name the environment: npm run package -- --env <name>');
  const root = process.cwd();
  const infraOnly = process.argv.includes('--infra-only');
  const result = await packageApp({ root, envName, ...(infraOnly ? { only: 'infra' } : {}) });
  const lines = [
    `Packaged ${envName}:`,
    `  ${relative(root, result.parametersPath)}  (az deployment group create --parameters @…)`,
  ];
  if (result.zipPath)
    lines.push(`  ${relative(root, result.zipPath)}  (upload in the Teams admin center)`);
  if (result.webConfigPath) {
    lines.push(`  ${relative(root, result.webConfigPath)}  (deployed with the web app)`);
  }
  console.info(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof PackageError ? error.message : error);
  process.exit(1);
});
