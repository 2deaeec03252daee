/** The object's properties that hold a value: what an optional property means here. */
export type DefinedOnly<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

/**
 * The properties of `values` that are not `undefined`. With `exactOptionalPropertyTypes`, an
 * optional property is either absent or holds a value; this builds such an object from values
 * that may be missing, in one call instead of a conditional spread per property.
 */
export function definedOnly<T extends object>(values: T): DefinedOnly<T> {
  const out: Partial<Record<keyof T, unknown>> = {};
  for (const key of Object.keys(values) as (keyof T)[]) {
    if (values[key] !== undefined) out[key] = values[key];
  }
  return out as DefinedOnly<T>;
}
