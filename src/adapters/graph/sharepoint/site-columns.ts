import { z } from 'zod/mini';
import { PortError } from '../../../app/ports';
import { SHAREPOINT_SCOPES, siteSegment, type SharePointGraph } from './list-client';
import type { ColumnType } from './schema';

/** Reading a site's lists and their columns: what `provision` and the schema inspection share. */

const page = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.exactOptional(z.string()),
});

export const listResource = z.object({ id: z.string(), displayName: z.string() });

/** The parts of a columnDefinition the schema cares about (learn.microsoft.com, columnDefinition). */
export const columnResource = z.object({
  id: z.string(),
  name: z.string(),
  indexed: z.exactOptional(z.boolean()),
  enforceUniqueValues: z.exactOptional(z.boolean()),
  text: z.exactOptional(z.looseObject({ allowMultipleLines: z.exactOptional(z.boolean()) })),
  number: z.exactOptional(z.looseObject({})),
  dateTime: z.exactOptional(z.looseObject({})),
  boolean: z.exactOptional(z.looseObject({})),
  choice: z.exactOptional(z.looseObject({ choices: z.exactOptional(z.array(z.string())) })),
});
export type Column = z.infer<typeof columnResource>;

/** The schema's type for a column, from the facet Graph sets on it. */
export function typeOf(column: Column): ColumnType | undefined {
  if (column.text) return column.text.allowMultipleLines ? 'note' : 'text';
  if (column.number) return 'number';
  if (column.dateTime) return 'dateTime';
  if (column.boolean) return 'boolean';
  if (column.choice) return 'choice';
  return undefined;
}

export const sitePath = (siteId: string): string => `/sites/${siteSegment(siteId)}`;

/**
 * Every item of a collection, following nextLinks; items that do not parse are left out. `first`
 * is the first page when it was already fetched (in a `$batch`).
 */
export async function collect<T>(
  graph: SharePointGraph,
  path: string,
  schema: z.core.$ZodType<T>,
  first?: unknown,
): Promise<T[]> {
  const found: T[] = [];
  let body: unknown =
    first ?? (await graph.send({ method: 'GET', path, scopes: SHAREPOINT_SCOPES })).body;
  for (;;) {
    const parsed = page.safeParse(body);
    if (!parsed.success)
      throw new PortError('unavailable', 'Microsoft 365 answered with something unreadable.');
    for (const raw of parsed.data.value) {
      const item = z.safeParse(schema, raw);
      if (item.success) found.push(item.data);
    }
    const next = parsed.data['@odata.nextLink'];
    if (!next?.toLowerCase().startsWith(`${graph.root.toLowerCase()}/`)) return found;
    body = (
      await graph.send({
        method: 'GET',
        path: next.slice(graph.root.length),
        scopes: SHAREPOINT_SCOPES,
      })
    ).body;
  }
}
