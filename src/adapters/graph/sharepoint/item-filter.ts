import { odataString } from '../client';

/**
 * A `$filter` on list item fields that remembers which columns it uses, so a test can prove
 * every store query filters on indexed columns only (see `schema.ts`).
 */
export interface ItemFilter {
  expression: string;
  columns: readonly string[];
  /** True for `a or b`: it needs parentheses inside an `and`. */
  disjunction?: boolean;
  /** Set for a lone `column eq value`: such queries on one list can share one `or` query. */
  key?: { column: string; value: string | number };
}

function literal(value: string | number): string {
  return typeof value === 'number' ? String(value) : odataString(value);
}

function compare(op: 'eq' | 'lt' | 'ge', column: string, value: string | number): ItemFilter {
  return { expression: `fields/${column} ${op} ${literal(value)}`, columns: [column] };
}

export const eq = (column: string, value: string | number): ItemFilter => ({
  ...compare('eq', column, value),
  key: { column, value },
});

export const lt = (column: string, value: string | number): ItemFilter =>
  compare('lt', column, value);

export const ge = (column: string, value: string | number): ItemFilter =>
  compare('ge', column, value);

export function and(...parts: readonly ItemFilter[]): ItemFilter {
  return {
    expression: parts
      .map((p) => (p.disjunction && parts.length > 1 ? `(${p.expression})` : p.expression))
      .join(' and '),
    columns: [...new Set(parts.flatMap((p) => p.columns))],
  };
}

export function or(...parts: readonly ItemFilter[]): ItemFilter {
  return {
    expression: parts.map((p) => p.expression).join(' or '),
    columns: [...new Set(parts.flatMap((p) => p.columns))],
    disjunction: parts.length > 1,
  };
}

/** Every `fields/<name>` a `$filter` string refers to (for tests that audit recorded requests). */
export function columnsInFilter(expression: string): string[] {
  return [...new Set([...expression.matchAll(/fields\/([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? ''))];
}
