import type { Column, FieldValue, ListItem } from './state';

/** A field a query can name: a column, or the item id (always indexed). */
export interface QueryField {
  name: string;
  indexed: boolean;
  column: Column | undefined;
}

/** The id field, indexed on every list as SharePoint's `ID` is. */
export const ID_FIELD: QueryField = { name: 'ID', indexed: true, column: undefined };

/** A value in the form queries compare: numbers, epoch milliseconds, lower-case text, booleans. */
export type Comparable = string | number | boolean | null;

export function storedValue(item: ListItem, field: QueryField): FieldValue | undefined {
  return field.name === 'ID' ? item.id : item.values[field.column?.name ?? field.name];
}

export function comparable(field: QueryField, value: unknown): Comparable {
  if (value === null || value === undefined) return null;
  const type = field.column?.type;
  if (field.name === 'ID' || type === 'number' || type === 'personOrGroup') {
    const number = typeof value === 'string' ? Number(value) : value;
    return typeof number === 'number' && !Number.isNaN(number) ? number : null;
  }
  if (type === 'dateTime') {
    const ms =
      typeof value === 'string'
        ? Date.parse(/(Z|[+-]\d\d:\d\d)$/.test(value) || value.length === 10 ? value : `${value}Z`)
        : NaN;
    return Number.isNaN(ms) ? null : ms;
  }
  if (type === 'boolean') return value === true || value === 1 || value === 'true' || value === '1';
  if (typeof value === 'string') return value.toLowerCase();
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}
