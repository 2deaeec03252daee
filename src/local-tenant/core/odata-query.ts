/** OData system query options as Graph reads them from the query string. */
export interface ODataQuery {
  select: string[] | undefined;
  /** Raw `$top` text; use `readTop` to validate it. */
  top: string | undefined;
  skip: string | undefined;
  skipToken: string | undefined;
  filter: string | undefined;
  orderBy: { property: string; direction: 'asc' | 'desc' }[] | undefined;
  expand: ExpandItem[] | undefined;
  count: boolean;
  search: string | undefined;
}

export interface ExpandItem {
  property: string;
  /** Nested options such as `manager($select=id,displayName)`. */
  options: URLSearchParams;
}

const OPTION_NAMES = [
  'select',
  'top',
  'skip',
  'skiptoken',
  'filter',
  'orderby',
  'expand',
  'count',
  'search',
] as const;
type OptionName = (typeof OPTION_NAMES)[number];

export function parseODataQuery(query: URLSearchParams): ODataQuery {
  const raw = new Map<OptionName, string>();
  for (const [key, value] of query) {
    const name = key.replace(/^\$/, '').toLowerCase();
    const known = OPTION_NAMES.find((option) => option === name);
    if (known) raw.set(known, value);
  }
  const select = raw.get('select');
  const orderBy = raw.get('orderby');
  const expand = raw.get('expand');
  return {
    select: select === undefined ? undefined : splitList(select),
    top: raw.get('top'),
    skip: raw.get('skip'),
    skipToken: raw.get('skiptoken'),
    filter: raw.get('filter'),
    orderBy: orderBy === undefined ? undefined : splitList(orderBy).map(parseOrderItem),
    expand: expand === undefined ? undefined : splitTopLevel(expand).map(parseExpandItem),
    count: raw.get('count')?.toLowerCase() === 'true',
    search: raw.get('search'),
  };
}

export type TopResult = { ok: true; value: number | undefined } | { ok: false; message: string };

/** Graph's directory accepts 1..999; other workloads have their own maximum. */
export function readTop(query: ODataQuery, max = 999): TopResult {
  if (query.top === undefined) return { ok: true, value: undefined };
  const value = Number(query.top);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    return {
      ok: false,
      message: `Invalid page size specified: '${query.top}'. Must be between 1 and ${max} inclusive.`,
    };
  }
  return { ok: true, value };
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function parseOrderItem(item: string): { property: string; direction: 'asc' | 'desc' } {
  const [property = '', direction = 'asc'] = item.split(/\s+/);
  return { property, direction: direction.toLowerCase() === 'desc' ? 'desc' : 'asc' };
}

/** Splits on commas that are not inside parentheses: `manager($select=a,b),directReports`. */
function splitTopLevel(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

function parseExpandItem(item: string): ExpandItem {
  const open = item.indexOf('(');
  if (open === -1 || !item.endsWith(')')) return { property: item, options: new URLSearchParams() };
  const property = item.slice(0, open).trim();
  const inner = item.slice(open + 1, -1);
  const options = new URLSearchParams();
  for (const part of inner.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) options.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return { property, options };
}
