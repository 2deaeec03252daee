/**
 * Payload fuzz of every endpoint: bodies (and query strings) generated from each route's own
 * schema in `src/app/api-schemas` (as JSON Schema, so the generator follows what the API
 * documents), then broken one field at a time, sent to the API over the in-memory ports. Any
 * 5xx is a bug. `bodies` requests in all, shared out over the routes.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { ENDPOINT_LIST } from '../../src/app/api-schemas/endpoints';
import { toHttpEtag } from '../../src/server/http/etag';
import { currentIds, etagFor, seedForFuzzing } from '../../tests/unit/server/fuzz-fixtures';
import { createHarness, HR_ADMIN, MANAGER, REPORT } from '../../tests/unit/server/harness';

type Json = Record<string, unknown>;

const weird = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '%00',
    '\u0000',
    'x'.repeat(5000),
    '<script>alert(1)</script>',
    '💥',
    '-1',
  ),
);

/** Values that fit a JSON Schema (the subset zod writes), with a share of near misses. */
function fromSchema(schema: Json, depth = 0): fc.Arbitrary<unknown> {
  const options = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (options && options.length > 0) return fc.oneof(...options.map((o) => fromSchema(o, depth)));
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  switch (schema.type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      if (depth > 4) return fc.constant({});
      return fc.record(
        Object.fromEntries(
          Object.entries(properties).map(([name, property]) => [
            name,
            fromSchema(property, depth + 1),
          ]),
        ),
        { requiredKeys: (schema.required as string[] | undefined) ?? [] },
      );
    }
    case 'array':
      return fc.array(fromSchema((schema.items ?? {}) as Json, depth + 1), {
        maxLength: Math.min(Number(schema.maxItems ?? 4), 6),
      });
    case 'string':
      if (schema.format === 'date')
        return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      if (schema.format === 'date-time')
        return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      return fc.string({ maxLength: Math.min(Number(schema.maxLength ?? 60), 200) });
    case 'integer':
      return fc.integer({ min: -5, max: 400 });
    case 'number':
      return fc.double({ noNaN: true, min: -1e6, max: 1e6 });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A schema-shaped value with, half the time, one field replaced, removed or added. */
function fuzzed(schema: Json): fc.Arbitrary<unknown> {
  const valid = fromSchema(schema);
  const broken = fc
    .tuple(
      valid,
      fc.string({ maxLength: 12 }),
      fc.option(fc.oneof(fc.jsonValue(), weird), { nil: undefined }),
    )
    .map(([value, key, replacement]) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return replacement;
      const keys = Object.keys(value);
      const target = keys.length > 0 ? (keys[key.length % keys.length] ?? key) : key;
      const kept = Object.entries(value).filter(([name]) => name !== target);
      return Object.fromEntries(
        replacement === undefined ? kept : [...kept, [target, replacement]],
      );
    });
  return fc.oneof(valid, broken, fc.jsonValue({ maxDepth: 3 }));
}

function jsonSchemaOf(schema: z.core.$ZodType | undefined): Json {
  return schema ? z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) : {};
}

export interface FuzzResult {
  routes: number;
  requests: number;
  histogram: Record<string, number>;
  serverErrors: string[];
}

export async function runPayloadFuzz(total: number, seed = 15): Promise<FuzzResult> {
  const h = createHarness();
  await seedForFuzzing(h);
  const perRoute = Math.ceil(total / ENDPOINT_LIST.length);
  const histogram: Record<string, number> = {};
  const serverErrors: string[] = [];
  let requests = 0;
  for (const [index, route] of ENDPOINT_LIST.entries()) {
    const cases = fc.sample(
      fc.record({
        body: fuzzed(jsonSchemaOf(route.body)),
        query: fuzzed(jsonSchemaOf(route.query)),
        caller: fc.constantFrom(MANAGER, MANAGER, REPORT, HR_ADMIN),
        raw: fc.option(fc.string({ maxLength: 80 }), { freq: 8, nil: undefined }),
        weirdParam: fc.option(weird, { freq: 6, nil: undefined }),
      }),
      { numRuns: perRoute, seed: seed + index },
    );
    for (const c of cases) {
      const { ids, etags } = await currentIds(h);
      const path = route.path.replace(/\{([A-Za-z]+)\}/g, (_, name: string) =>
        encodeURIComponent(c.weirdParam ?? (ids as Record<string, string[]>)[name]?.[0] ?? 'x'),
      );
      const query =
        typeof c.query === 'object' && c.query !== null && !Array.isArray(c.query)
          ? new URLSearchParams(
              Object.entries(c.query as Json).map(([k, v]) => [
                k,
                typeof v === 'string' ? v : JSON.stringify(v),
              ]),
            ).toString()
          : '';
      const url = query ? `${path}?${query}` : path;
      const headers: Record<string, string> = {
        authorization: `Bearer test:${c.caller}`,
        'content-type': 'application/json',
      };
      const etag = etagFor(path, etags);
      if (etag) headers['if-match'] = toHttpEtag(etag);
      const method = route.method.toUpperCase();
      const body = method === 'GET' ? undefined : (c.raw ?? JSON.stringify(c.body));
      const response = await h.app.request(url, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      });
      const text = await response.text();
      requests += 1;
      const key = String(response.status);
      histogram[key] = (histogram[key] ?? 0) + 1;
      if (response.status >= 500 && serverErrors.length < 20) {
        serverErrors.push(`${method} ${url.slice(0, 120)} → ${key} ${text.slice(0, 160)}`);
      }
    }
  }
  return { routes: ENDPOINT_LIST.length, requests, histogram, serverErrors };
}
