import { createHash } from 'node:crypto';

/**
 * Stable ids for demo records: the same person and record always get the same id, so a repeated
 * seed collides with what is stored (SharePoint's unique keys refuse it) instead of duplicating.
 */
export function demoId(...parts: readonly (string | number)[]): string {
  const hex = createHash('sha256').update(parts.join('|')).digest('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `8${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/** A number from 0 to 999 that varies by key, for choosing among equally good options. */
export function varietyOf(...parts: readonly (string | number)[]): number {
  return (
    parseInt(createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 6), 16) % 1000
  );
}
