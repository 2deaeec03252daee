import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * Zod as the API schemas and the web app use it: the tree-shakable build, so the browser downloads
 * only the parts they use (the full build brings every method and its JSON Schema code with any
 * schema). The server reads the same API schemas and generates the OpenAPI document from them.
 *
 * English messages, as the full build gives by default: the server sends them to callers, and
 * the web app shows the ones it raises itself.
 */
z.config(en());

export { z };

/**
 * The schema with metadata for the OpenAPI document: a copy registered with exactly `meta`, as
 * the full build's `.meta()` makes it (the copy inherits none of the original's metadata).
 */
export function documented<T extends z.core.$ZodType>(schema: T, meta: z.core.GlobalMeta): T {
  const copy = z.clone(schema);
  z.globalRegistry.add(copy, meta);
  return copy;
}
