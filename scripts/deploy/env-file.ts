import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One environment's settings: `env/.env.<name>`, then `env/.env.<name>.user` (secrets) over it. */
export type EnvValues = Readonly<Record<string, string>>;

/**
 * The dotenv subset the Microsoft 365 Agents Toolkit writes: `KEY=value` lines, `#` comments,
 * optional single or double quotes around the value. Nothing is expanded.
 */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key = '', value = ''] = match;
    const quoted = /^(['"])(.*)\1$/.exec(value);
    values[key] = quoted ? (quoted[2] ?? '') : value.replace(/\s+#.*$/, '').trim();
  }
  return values;
}

export function envFilePath(root: string, envName: string): string {
  return join(root, 'env', `.env.${envName}`);
}

/** The environment's values, or undefined when `env/.env.<name>` does not exist. */
export async function readEnv(root: string, envName: string): Promise<EnvValues | undefined> {
  const path = envFilePath(root, envName);
  if (!existsSync(path)) return undefined;
  const values = parseEnvFile(await readFile(path, 'utf8'));
  const userPath = `${path}.user`;
  if (existsSync(userPath)) Object.assign(values, parseEnvFile(await readFile(userPath, 'utf8')));
  return values;
}
