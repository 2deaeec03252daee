import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { envFilePath, readEnv, type EnvValues } from './env-file';
import { envValueProblems } from './env-rules';
import { validateManifest } from './manifest-schema';
import { fillPlaceholders, placeholdersIn } from './placeholders';
import { readPngFacts } from './png-size';
import { WEB_CONFIG_KEYS, webConfigFrom } from './web-config';

/**
 * `npm run package -- --env <name>`: everything one environment deploys that is made from
 * `env/.env.<name>`: the Teams app package (manifest filled, validated offline, zipped with its
 * icons), the ARM parameters for infra/main.bicep, and the web app's /config.json.
 */

export class PackageError extends Error {
  override readonly name = 'PackageError';
}

export interface PackageOptions {
  /** The repository root (tests use a scratch copy). */
  root: string;
  envName: string;
  /**
   * `infra`: the ARM parameters alone, for the first deployment, before the resources that give
   * the app its origin exist.
   */
  only?: 'infra';
}

export interface PackageResult {
  parametersPath: string;
  /** Absent with `only: 'infra'`. */
  zipPath?: string;
  webConfigPath?: string;
}

const MANIFEST = 'manifest/manifest.json';
const PARAMETERS = 'infra/main.parameters.json';

/** Teams' icon rules: a full-colour 192×192, and a 32×32 outline on a transparent background. */
const ICONS = {
  color: { width: 192, height: 192, transparent: false },
  outline: { width: 32, height: 32, transparent: true },
} as const;

function envNameProblem(envName: string): string | undefined {
  return /^[a-z0-9][a-z0-9-]*$/i.test(envName)
    ? undefined
    : `The environment name "${envName}" must be letters, digits or hyphens, e.g. dev.`;
}

/** `KEY (where it is used)`, for every key the inputs need that the env leaves unset or empty. */
function missingValues(env: EnvValues, needs: Map<string, string[]>): string[] {
  return [...needs]
    .filter(([key]) => (env[key] ?? '').trim() === '')
    .map(([key, users]) => `${key} (${users.join(', ')})`);
}

async function checkIcon(
  root: string,
  file: string,
  rule: (typeof ICONS)[keyof typeof ICONS],
): Promise<{ bytes: Uint8Array; problem?: string }> {
  const path = join(root, 'manifest', file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    return { bytes: new Uint8Array(), problem: `manifest/${file} is missing` };
  }
  const facts = readPngFacts(bytes);
  const wanted = `${String(rule.width)}×${String(rule.height)}`;
  if (!facts) return { bytes, problem: `manifest/${file} is not a PNG` };
  if (facts.width !== rule.width || facts.height !== rule.height) {
    return {
      bytes,
      problem: `manifest/${file} must be ${wanted} pixels, is ${String(facts.width)}×${String(facts.height)}`,
    };
  }
  if (rule.transparent && !facts.transparent) {
    return { bytes, problem: `manifest/${file} must have a transparent background` };
  }
  return { bytes };
}

export async function packageApp(options: PackageOptions): Promise<PackageResult> {
  const { root, envName } = options;
  const nameProblem = envNameProblem(envName);
  if (nameProblem) throw new PackageError(nameProblem);
  const envFile = `env/.env.${envName}`;
  const env = await readEnv(root, envName);
  if (!env) {
    throw new PackageError(
      `${envFile} does not exist (${envFilePath(root, envName)}). Copy env/.env.dev to it and fill it in.`,
    );
  }

  const manifestTemplate = await readFile(join(root, MANIFEST), 'utf8');
  const parametersTemplate = await readFile(join(root, PARAMETERS), 'utf8');
  const needs = new Map<string, string[]>();
  const need = (keys: readonly string[], user: string): void => {
    for (const key of keys) needs.set(key, [...(needs.get(key) ?? []), user]);
  };
  const infraOnly = options.only === 'infra';
  if (!infraOnly) need(placeholdersIn(manifestTemplate), MANIFEST);
  need(placeholdersIn(parametersTemplate), PARAMETERS);
  if (!infraOnly) need(WEB_CONFIG_KEYS, 'config.json');

  const missing = missingValues(env, needs);
  // Only the values this run fills are judged: a stale origin must not block the infra step.
  const invalid = envValueProblems(env, envName).filter((problem) =>
    needs.has(problem.slice(0, problem.indexOf(':'))),
  );
  if (missing.length > 0 || invalid.length > 0) {
    const lines = [`${envFile} cannot build the package:`];
    if (missing.length > 0) lines.push(`  missing or empty: ${missing.join(', ')}`);
    for (const problem of invalid) lines.push(`  ${problem}`);
    lines.push(
      `Fill them in ${envFile} (values the Agents Toolkit's provision writes come from \`provision\`; secrets go in ${envFile}.user).`,
    );
    throw new PackageError(lines.join('\n'));
  }

  const buildDir = join(root, 'build');
  await mkdir(buildDir, { recursive: true });
  const parametersPath = join(buildDir, `main.parameters.${envName}.json`);
  await writeFile(parametersPath, fillPlaceholders(parametersTemplate, env));
  if (infraOnly) return { parametersPath };

  const manifestText = fillPlaceholders(manifestTemplate, env);
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;
  const schemaProblems = validateManifest(manifest);
  const color = await checkIcon(root, 'color.png', ICONS.color);
  const outline = await checkIcon(root, 'outline.png', ICONS.outline);
  const problems = [
    ...schemaProblems.map((problem) => `${MANIFEST}: ${problem}`),
    ...[color.problem, outline.problem].filter((problem) => problem !== undefined),
  ];
  if (problems.length > 0) {
    throw new PackageError(
      [`The app package for ${envName} is not valid:`, ...problems.map((p) => `  ${p}`)].join('\n'),
    );
  }

  const zipPath = join(buildDir, `appPackage.${envName}.zip`);
  const zip = zipSync({
    'manifest.json': new TextEncoder().encode(manifestText),
    'color.png': color.bytes,
    'outline.png': outline.bytes,
  });
  await writeFile(zipPath, zip);

  const webDir = join(root, 'dist', 'web');
  await mkdir(webDir, { recursive: true });
  const webConfigPath = join(webDir, 'config.json');
  await writeFile(webConfigPath, `${JSON.stringify(webConfigFrom(env), null, 2)}\n`);

  return { zipPath, parametersPath, webConfigPath };
}
