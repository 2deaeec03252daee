import { parseSync, type Plugin } from 'vite';

/**
 * The endpoint table and the API schemas (src/app/api-schemas) carry the OpenAPI document's
 * words: each endpoint's summary and description, each answer's description, each documented
 * schema's description. The server generates the document from them; the browser, which builds
 * its calls from the same table, never shows them. This drops those words from the browser's
 * copy, so declaring an endpoint once costs the first screen nothing for its documentation.
 *
 * Only words the document alone reads are dropped, found by where they stand, not by name
 * anywhere (a schema may well have a field called `description`):
 * - `summary`, `description` and `tag` of the object passed to `defineEndpoint(...)`;
 * - `description` of an answer (an object literal with a `status`);
 * - `description` of the metadata passed to `documented(schema, meta)`.
 */
export function stripApiDocs(code: string): string {
  const cuts: { start: number; end: number }[] = [];
  const dropFrom = (object: Node | undefined, keys: ReadonlySet<string>): void => {
    if (object?.type !== 'ObjectExpression') return;
    for (const property of object.properties ?? []) {
      if (property.type !== 'Property' || property.computed) continue;
      const name = keyName(property.key);
      if (name !== undefined && keys.has(name)) cuts.push(withComma(code, property));
    }
  };
  const parsed = parseSync('api-schemas.js', code);
  const error = parsed.errors[0];
  if (error) throw new Error(`strip-api-docs cannot read the module: ${error.message}`);
  walk(parsed.program as unknown as Node, (node) => {
    if (node.type === 'CallExpression' && node.callee?.type === 'Identifier') {
      if (node.callee.name === 'defineEndpoint') dropFrom(node.arguments?.[0], ENDPOINT_DOCS);
      if (node.callee.name === 'documented') dropFrom(node.arguments?.[1], DESCRIPTION);
    }
    if (node.type === 'ObjectExpression' && hasKey(node, 'status')) dropFrom(node, DESCRIPTION);
  });
  let out = code;
  for (const cut of cuts.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, cut.start) + out.slice(cut.end);
  }
  return out;
}

/** The plugin: browser builds only (the server reads the words through its own imports). */
export function stripApiDocsPlugin(): Plugin {
  return {
    name: 'strip-api-docs',
    apply: 'build',
    enforce: 'post',
    transform(code, id, options) {
      if (options?.ssr === true) return null;
      if (!/[\\/]src[\\/]app[\\/]api-schemas[\\/]/.test(id)) return null;
      return { code: stripApiDocs(code), map: null };
    },
  };
}

const ENDPOINT_DOCS: ReadonlySet<string> = new Set(['summary', 'description', 'tag']);
const DESCRIPTION: ReadonlySet<string> = new Set(['description']);

/** The slice of ESTree this reads. */
interface Node {
  type: string;
  start: number;
  end: number;
  name?: string;
  value?: unknown;
  computed?: boolean;
  key?: Node;
  callee?: Node;
  arguments?: Node[];
  properties?: Node[];
  [child: string]: unknown;
}

function keyName(key: Node | undefined): string | undefined {
  if (key?.type === 'Identifier') return key.name;
  if (key?.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

function hasKey(object: Node, name: string): boolean {
  return (object.properties ?? []).some((p) => p.type === 'Property' && keyName(p.key) === name);
}

/** The property's text with the comma after it, so the object stays valid. */
function withComma(code: string, property: Node): { start: number; end: number } {
  const after = /^\s*,/.exec(code.slice(property.end));
  return { start: property.start, end: property.end + (after ? after[0].length : 0) };
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, visit);
    } else if (isNode(value)) {
      walk(value, visit);
    }
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}
