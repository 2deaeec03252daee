/**
 * Outlook single-value extended properties: id formats, matching and the `$expand` filter.
 * https://learn.microsoft.com/en-us/graph/api/resources/extended-properties-overview
 * https://learn.microsoft.com/en-us/graph/api/singlevaluelegacyextendedproperty-get
 *
 * Ids come in three shapes: `{type} {guid} Name {name}`, `{type} {guid} Id {0x8012}` and the
 * proptag form `{type} {0x3FEF}`. The type, the GUID and the keywords match case-insensitively;
 * the string name is case-sensitive, as the documentation says.
 */
import type { FilterNode } from '../../core/odata-filter';
import { DEFERRED_SEND_TIME_TAG, type ExtendedProperty } from './mail-state';

const TYPES = [
  'Binary',
  'Boolean',
  'Currency',
  'CLSID',
  'Double',
  'Float',
  'Integer',
  'Long',
  'Null',
  'Object',
  'Short',
  'String',
  'SystemTime',
];

const NAMED = /^(\w+)\s+\{([0-9a-fA-F-]{36})\}\s+(Name|Id)\s+(.+)$/i;
const PROPTAG = /^(\w+)\s+(0x[0-9a-fA-F]{1,8})$/;

export interface ParsedPropertyId {
  type: string;
  /** Comparison key: equal keys name the same property. */
  key: string;
  /** The MAPI tag for the proptag form. */
  tag?: number;
  named: boolean;
}

export function parsePropertyId(id: string): ParsedPropertyId | undefined {
  const trimmed = id.trim();
  const named = NAMED.exec(trimmed);
  if (named) {
    const [, rawType = '', guid = '', kind = '', name = ''] = named;
    const type = TYPES.find((candidate) => candidate.toLowerCase() === rawType.toLowerCase());
    if (!type) return undefined;
    const isId = kind.toLowerCase() === 'id';
    const numeric = isId ? Number.parseInt(name, name.toLowerCase().startsWith('0x') ? 16 : 10) : 0;
    if (isId && Number.isNaN(numeric)) return undefined;
    const nameKey = isId ? `id ${String(numeric)}` : `name ${name}`;
    return { type, key: `${type.toLowerCase()} {${guid.toLowerCase()}} ${nameKey}`, named: true };
  }
  const proptag = PROPTAG.exec(trimmed);
  if (proptag) {
    const [, rawType = '', hex = ''] = proptag;
    const type = TYPES.find((candidate) => candidate.toLowerCase() === rawType.toLowerCase());
    if (!type) return undefined;
    const tag = Number.parseInt(hex, 16);
    return { type, key: `${type.toLowerCase()} ${String(tag)}`, tag, named: false };
  }
  return undefined;
}

export function samePropertyId(a: string, b: string): boolean {
  const left = parsePropertyId(a);
  const right = parsePropertyId(b);
  return left !== undefined && right !== undefined && left.key === right.key;
}

/** Adds or replaces properties by id, as PATCH and POST do; other properties are kept. */
export function mergeProperties(
  existing: ExtendedProperty[],
  incoming: ExtendedProperty[],
): ExtendedProperty[] {
  const merged = [...existing];
  for (const property of incoming) {
    const index = merged.findIndex((candidate) => samePropertyId(candidate.id, property.id));
    if (index === -1) merged.push(property);
    else merged[index] = { id: merged[index]?.id ?? property.id, value: property.value };
  }
  return merged;
}

/** A SystemTime value as Exchange stores it: UTC, seconds precision, `Z`. */
export function normaliseValue(id: string, value: string): string | undefined {
  const parsed = parsePropertyId(id);
  if (parsed?.type !== 'SystemTime') return value;
  const hasZone = /(Z|[+-]\d{2}:\d{2})$/i.test(value);
  const ms = Date.parse(hasZone ? value : `${value}Z`);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** PR_DEFERRED_SEND_TIME in epoch milliseconds, when the message carries it. */
export function deferredSendTime(properties: ExtendedProperty[]): number | undefined {
  const property = properties.find((candidate) => {
    const parsed = parsePropertyId(candidate.id);
    return parsed?.type === 'SystemTime' && parsed.tag === DEFERRED_SEND_TIME_TAG;
  });
  if (!property) return undefined;
  const ms = Date.parse(property.value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * Inside `singleValueExtendedProperties/any(ep: ep/id eq '…')` the id comparison follows the id
 * rules above rather than the plain case-insensitive string comparison.
 */
export function compareExtendedPropertyId(node: FilterNode, element: unknown): boolean | undefined {
  if (node.type !== 'compare' || (node.op !== 'eq' && node.op !== 'ne')) return undefined;
  if (node.left.type !== 'property' || !/\/id$/i.test(node.left.path)) return undefined;
  if (node.right.type !== 'literal' || typeof node.right.value !== 'string') return undefined;
  if (typeof element !== 'object' || element === null || !('id' in element)) return false;
  const id = typeof element.id === 'string' ? element.id : '';
  const same = samePropertyId(id, node.right.value);
  return node.op === 'eq' ? same : !same;
}

/** `$expand=singleValueExtendedProperties($filter=id eq '…')`: the matching properties. */
export function expandProperties(
  properties: ExtendedProperty[],
  filter: string | undefined,
): { ok: true; value: ExtendedProperty[] } | { ok: false; message: string } {
  if (filter === undefined) {
    return {
      ok: false,
      message:
        "The $expand of 'singleValueExtendedProperties' requires a $filter on the 'id' property.",
    };
  }
  const ids = [...filter.matchAll(/id\s+eq\s+'((?:[^']|'')*)'/gi)].map((match) =>
    (match[1] ?? '').replace(/''/g, "'"),
  );
  if (ids.length === 0 || /\bvalue\b/i.test(filter.replace(/'(?:[^']|'')*'/g, ''))) {
    return {
      ok: false,
      message: `The filter '${filter}' is not supported for extended properties.`,
    };
  }
  return {
    ok: true,
    value: properties.filter((property) => ids.some((id) => samePropertyId(property.id, id))),
  };
}
