import { mkdtemp, readFile, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packageApp, PackageError } from '../../../scripts/deploy/package-app';
import { validateManifest } from '../../../scripts/deploy/manifest-schema';
import { parseAppConfig } from '../../../src/web/auth/app-config';

/** A copy of the repository's packaging inputs in a scratch folder, with the env given. */
async function workspace(envName: string, env: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'career-package-'));
  for (const folder of ['env', 'manifest', 'infra']) await mkdir(join(root, folder));
  for (const file of ['manifest/manifest.json', 'manifest/color.png', 'manifest/outline.png']) {
    await copyFile(file, join(root, file));
  }
  await copyFile('infra/main.parameters.json', join(root, 'infra/main.parameters.json'));
  await writeFile(join(root, `env/.env.${envName}`), env);
  return root;
}

const DEV_ENV = [
  'TEAMS_APP_ID=0b6e4c4e-3f0d-4a43-9a43-6d0c1f0e2a11',
  'AAD_APP_CLIENT_ID=2c1d8f4b-5a6e-4b7c-8d9e-0f1a2b3c4d5e',
  'TENANT_ID=7e2a9c41-1b3d-4f5e-8a6b-9c0d1e2f3a4b',
  'PUBLISHER_NAME=Contoso HR',
  'APP_ORIGIN=https://careerconv-dev-web.azurestaticapps.net',
  'APP_DOMAIN=careerconv-dev-web.azurestaticapps.net',
  'RESOURCE_BASE_NAME=careerconv-dev',
  'SHAREPOINT_SITE_ID=contoso.sharepoint.com,1b2c3d4e-0000-4000-8000-000000000001,1b2c3d4e-0000-4000-8000-000000000002',
  'API_BASE_URL=https://careerconv-dev-api.azurewebsites.net',
].join('\n');

describe('npm run package -- --env <name>', () => {
  it('names every missing or empty value, and where it is needed, in one message', async () => {
    const root = await workspace('dev', 'TEAMS_APP_ID=\nPUBLISHER_NAME=Contoso HR\n');
    const error = await packageApp({ root, envName: 'dev' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PackageError);
    const message = (error as PackageError).message;
    for (const key of [
      'TEAMS_APP_ID',
      'AAD_APP_CLIENT_ID',
      'APP_ORIGIN',
      'APP_DOMAIN',
      'RESOURCE_BASE_NAME',
      'SHAREPOINT_SITE_ID',
      'TENANT_ID',
    ]) {
      expect(message).toContain(key);
    }
    expect(message).not.toMatch(/PUBLISHER_NAME[^,]*\(/);
    expect(message).toContain('env/.env.dev');
    expect(message).toContain('manifest/manifest.json');
  });

  it('refuses a resource base name ARM would refuse, and an http origin outside local', async () => {
    const env = DEV_ENV.replace('careerconv-dev\n', 'careerconversations-dev\n').replace(
      'APP_ORIGIN=https://',
      'APP_ORIGIN=http://',
    );
    const root = await workspace('dev', env);
    const error = await packageApp({ root, envName: 'dev' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PackageError);
    expect((error as PackageError).message).toMatch(/RESOURCE_BASE_NAME: .*20/);
    expect((error as PackageError).message).toMatch(/APP_ORIGIN: .*https/);
  });

  it('surfaces a schema error with the path of the offending field', async () => {
    const manifest = JSON.parse(await readFile('manifest/manifest.json', 'utf8')) as Record<
      string,
      unknown
    >;
    const filled = JSON.parse(
      JSON.stringify(manifest)
        .replaceAll('${{TEAMS_APP_ID}}', '0b6e4c4e-3f0d-4a43-9a43-6d0c1f0e2a11')
        .replaceAll('${{AAD_APP_CLIENT_ID}}', '2c1d8f4b-5a6e-4b7c-8d9e-0f1a2b3c4d5e')
        .replaceAll('${{PUBLISHER_NAME}}', 'Contoso HR')
        .replaceAll('${{APP_ORIGIN}}', 'https://career.contoso.com')
        .replaceAll('${{APP_DOMAIN}}', 'career.contoso.com'),
    ) as Record<string, unknown>;
    expect(validateManifest(filled)).toEqual([]);
    const broken = { ...filled, accentColor: 'purple', developer: { name: 'Contoso HR' } };
    const problems = validateManifest(broken);
    expect(problems.join('\n')).toContain('/accentColor');
    expect(problems.join('\n')).toContain('/developer');
    const root = await workspace('dev', DEV_ENV);
    await writeFile(join(root, 'manifest/manifest.json'), JSON.stringify(broken));
    const error = await packageApp({ root, envName: 'dev' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PackageError);
    expect((error as PackageError).message).toContain('/accentColor');
  });

  it('refuses icons of the wrong size or an outline without transparency', async () => {
    const root = await workspace('dev', DEV_ENV);
    await copyFile('manifest/outline.png', join(root, 'manifest/color.png'));
    const error = await packageApp({ root, envName: 'dev' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PackageError);
    expect((error as PackageError).message).toMatch(/color\.png.*192.*32/);
  });

  it('--env local: a zip of three entries whose manifest validates, the ARM parameters and config.json filled', async () => {
    const root = await workspace('local', await readFile('env/.env.local', 'utf8'));
    const result = await packageApp({ root, envName: 'local' });
    const zipPath = join(root, 'build/appPackage.local.zip');
    expect(result.zipPath).toBe(zipPath);
    const entries = unzipSync(new Uint8Array(await readFile(zipPath)));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array())) as {
      id: string;
    };
    expect(validateManifest(manifest)).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('${{');

    const parameters = await readFile(join(root, 'build/main.parameters.local.json'), 'utf8');
    expect(parameters).not.toContain('${{');
    expect(JSON.parse(parameters)).toMatchObject({
      parameters: { resourceBaseName: { value: 'careerconv-local' } },
    });

    const config = parseAppConfig(
      JSON.parse(await readFile(join(root, 'dist/web/config.json'), 'utf8')),
    );
    expect(config.teamsAppId).toBe(manifest.id);
  });
});

describe('npm run package -- --env <name> --infra-only', () => {
  it('writes the ARM parameters before the web app’s origin exists, asking only for their keys', async () => {
    const root = await workspace(
      'dev',
      [
        'RESOURCE_BASE_NAME=careerconv-dev',
        'AAD_APP_CLIENT_ID=2c1d8f4b-5a6e-4b7c-8d9e-0f1a2b3c4d5e',
        'SHAREPOINT_SITE_ID=contoso.sharepoint.com,1b2c3d4e-0000-4000-8000-000000000001,1b2c3d4e-0000-4000-8000-000000000002',
      ].join('\n'),
    );
    const result = await packageApp({ root, envName: 'dev', only: 'infra' });
    expect(result.zipPath).toBeUndefined();
    const parameters = await readFile(join(root, 'build/main.parameters.dev.json'), 'utf8');
    expect(parameters).toContain('"careerconv-dev"');

    const empty = await workspace('dev', 'RESOURCE_BASE_NAME=careerconv-dev\n');
    const error = await packageApp({ root: empty, envName: 'dev', only: 'infra' }).catch(
      (caught: unknown) => caught,
    );
    expect((error as PackageError).message).toContain(
      'AAD_APP_CLIENT_ID (infra/main.parameters.json)',
    );
    expect((error as PackageError).message).not.toContain('APP_ORIGIN');
  });
});
