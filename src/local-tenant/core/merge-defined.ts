/**
 * `base` with every property of `changes` that holds a value. zod's `.partial()` types a left-out
 * property as possibly `undefined`; a left-out property changes nothing.
 */
export function mergeDefined<T extends object>(
  base: T,
  changes: { [K in keyof T]?: T[K] | undefined },
): T {
  const merged = { ...base };
  for (const key of Object.keys(changes) as (keyof T)[]) {
    const value = changes[key];
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}
