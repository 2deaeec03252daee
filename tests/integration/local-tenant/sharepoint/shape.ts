import { expect } from 'vitest';

/**
 * Compares a response with a documentation example by shape: every property of the example must
 * be present with the same JSON type, recursively (arrays by their first element). Documentation
 * responses are often truncated, so extra properties are allowed; ids and times are not compared.
 */
export function shapeMismatches(actual: unknown, example: unknown, path = '$'): string[] {
  const kind = (value: unknown): string =>
    value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (kind(actual) !== kind(example)) {
    return [`${path}: expected ${kind(example)}, got ${kind(actual)}`];
  }
  if (Array.isArray(example) && Array.isArray(actual)) {
    if (example.length === 0) return [];
    if (actual.length === 0) return [`${path}: expected a non-empty array`];
    return shapeMismatches(actual[0], example[0], `${path}[0]`);
  }
  if (typeof example === 'object' && example !== null) {
    const actualObject = actual as Record<string, unknown>;
    return Object.entries(example as Record<string, unknown>).flatMap(([key, value]) =>
      key in actualObject
        ? shapeMismatches(actualObject[key], value, `${path}.${key}`)
        : [`${path}.${key}: missing`],
    );
  }
  return [];
}

export function expectShape(actual: unknown, example: unknown): void {
  expect(shapeMismatches(actual, example)).toEqual([]);
}
