import type { EnvValues } from './env-file';

/** The Agents Toolkit's placeholder syntax, `${{KEY}}`, as used in the manifest and ARM files. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/**
 * Fills every placeholder. Values are JSON-escaped, since every file filled here is JSON and a
 * publisher name with a quote must not break it.
 */
export function fillPlaceholders(text: string, env: EnvValues): string {
  return text.replace(PLACEHOLDER, (_, key: string) => JSON.stringify(env[key] ?? '').slice(1, -1));
}
