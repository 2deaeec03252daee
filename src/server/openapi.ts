import { z } from 'zod';
import type { EndpointDefinition } from '../app/api-schemas/endpoint';
import { ProblemSchema } from '../app/api-schemas/problem';

/**
 * The OpenAPI 3.1 description, generated from the endpoint table the server runs and the client
 * calls (src/app/api-schemas/endpoints.ts), so the documentation cannot drift from what the API
 * accepts.
 */

type Json = Record<string, unknown>;

export interface OpenApiOptions {
  apiClientId: string;
  /** `https://login.microsoftonline.com/{tenant}` or the local tenant's authority. */
  authority: string;
  version?: string;
}

class Components {
  readonly schemas: Record<string, unknown> = {};

  /** The JSON Schema of a zod schema, with named parts moved to components and referenced. */
  schema(schema: z.core.$ZodType, io: 'input' | 'output'): Json {
    const suffix = io === 'input' ? 'Input' : '';
    const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
    const defs = (generated.$defs ?? {}) as Record<string, unknown>;
    const rewrite = (value: unknown): unknown =>
      JSON.parse(
        JSON.stringify(value).replace(
          /"#\/\$defs\/([^"]+)"/g,
          (_, id: string) => `"#/components/schemas/${id}${suffix}"`,
        ),
      ) as unknown;
    for (const [id, def] of Object.entries(defs)) this.schemas[`${id}${suffix}`] = rewrite(def);
    const rest = { ...generated };
    delete rest.$defs;
    delete rest.$schema;
    return rewrite(rest) as Json;
  }
}

function parameters(endpoint: EndpointDefinition, components: Components): Json[] {
  const list: Json[] = [];
  const add = (where: 'path' | 'query', schema: z.core.$ZodType | undefined) => {
    if (!schema) return;
    const json = components.schema(schema, 'input');
    const props = (json.properties ?? {}) as Record<string, Json>;
    const required = new Set((json.required ?? []) as string[]);
    for (const [name, prop] of Object.entries(props)) {
      list.push({
        name,
        in: where,
        required: where === 'path' || required.has(name),
        schema: prop,
        ...(typeof prop.description === 'string' ? { description: prop.description } : {}),
      });
    }
  };
  add('path', endpoint.params);
  add('query', endpoint.query);
  if (endpoint.ifMatch) {
    list.push({
      name: 'If-Match',
      in: 'header',
      required: endpoint.ifMatch === 'required',
      description:
        endpoint.ifMatch === 'required'
          ? 'The ETag you read. Missing: 428. Stale: 412.'
          : 'The ETag you read, once the item exists (then missing: 428, stale: 412).',
      schema: { type: 'string' },
    });
  }
  return list;
}

function responses(endpoint: EndpointDefinition, components: Components): Json {
  const out: Json = {};
  for (const r of endpoint.responses) {
    const isProblem = r.status >= 400;
    const schema = r.schema ?? (isProblem ? ProblemSchema : undefined);
    out[String(r.status)] = {
      description: r.description,
      ...(r.etag ? { headers: { ETag: { schema: { type: 'string' } } } } : {}),
      ...(schema
        ? {
            content: {
              [isProblem ? 'application/problem+json' : 'application/json']: {
                schema: components.schema(schema, 'output'),
              },
            },
          }
        : {}),
    };
  }
  if (endpoint.auth !== false) {
    out['401'] ??= {
      description: 'No valid token (WWW-Authenticate: Bearer error="invalid_token").',
    };
    out['429'] ??= {
      description: 'Over the per-person rate limit: wait Retry-After seconds.',
      headers: { 'Retry-After': { schema: { type: 'integer' } } },
      content: {
        'application/problem+json': { schema: components.schema(ProblemSchema, 'output') },
      },
    };
  }
  out['500'] = {
    description: 'Unexpected: a generic problem, details only in the server log.',
    content: { 'application/problem+json': { schema: components.schema(ProblemSchema, 'output') } },
  };
  return out;
}

export function buildOpenApi(
  endpoints: readonly EndpointDefinition[],
  options: OpenApiOptions,
): Json {
  const components = new Components();
  const scope = `api://${options.apiClientId}/access_as_user`;
  const paths: Record<string, Json> = {};
  for (const endpoint of endpoints) {
    const operation: Json = {
      operationId: `${endpoint.method}${endpoint.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch?: string) => (ch ? ch.toUpperCase() : ''))}`,
      summary: endpoint.summary,
      ...(endpoint.description ? { description: endpoint.description } : {}),
      tags: [endpoint.tag],
      security: endpoint.auth === false ? [] : [{ entra: [scope] }],
      parameters: parameters(endpoint, components),
      ...(endpoint.body
        ? {
            requestBody: {
              required: endpoint.bodyOptional !== true,
              content: {
                'application/json': { schema: components.schema(endpoint.body, 'input') },
              },
            },
          }
        : {}),
      responses: responses(endpoint, components),
    };
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Career Conversations API',
      version: options.version ?? '1',
      description:
        'Contracts, conversations, commitments and triggers behind the Career Conversations app. Every request needs a Microsoft Entra ID access token for the API with the access_as_user scope; the API decides access per request from the live manager relationship.',
    },
    paths,
    components: {
      schemas: components.schemas,
      securitySchemes: {
        entra: {
          type: 'oauth2',
          flows: {
            authorizationCode: {
              authorizationUrl: `${options.authority}/oauth2/v2.0/authorize`,
              tokenUrl: `${options.authority}/oauth2/v2.0/token`,
              scopes: { [scope]: 'Use the career API as the signed-in person' },
            },
          },
        },
      },
    },
  };
}
