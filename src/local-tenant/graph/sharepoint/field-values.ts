// fieldValueSet: https://learn.microsoft.com/graph/api/resources/fieldvalueset
import type { Reply } from '../../core/reply';
import { resolved, type Resolved } from '../route-helper';
import { spErrors } from './errors';
import { isSiteUserLookupId } from './identity';
import type { Column, FieldValue, ListItem, SharePointList, Site } from './state';

/** Fields SharePoint computes; writing them is refused. */
export const SYSTEM_FIELDS = [
  'id',
  'ID',
  'ContentType',
  'Modified',
  'Created',
  'Author',
  'Editor',
  'AuthorLookupId',
  'EditorLookupId',
  'AppAuthorLookupId',
  'AppEditorLookupId',
  '_UIVersionString',
  'Attachments',
  'Edit',
  'LinkTitleNoMenu',
  'LinkTitle',
  'ItemChildCount',
  'FolderChildCount',
  '_ComplianceFlags',
  '_ComplianceTag',
  '_ComplianceTagWrittenTime',
  '_ComplianceTagUserId',
];

/** A write: the column and its new value (null clears it). */
export type FieldWrites = Map<Column, FieldValue | null>;
type Checked = { ok: true; value: FieldValue | null } | { ok: false; reply: Reply };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** SharePoint keeps whole seconds (milliseconds are dropped); date-only columns keep midnight. */
function normalizeDate(column: Column, value: string): string | undefined {
  if (!ISO_DATE.test(value)) return undefined;
  const hasZone = /(Z|[+-]\d{2}:\d{2})$/.test(value);
  const ms = Date.parse(value.length === 10 || hasZone ? value : `${value}Z`);
  if (Number.isNaN(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  return column.dateTime?.format === 'dateOnly'
    ? `${iso.slice(0, 10)}T00:00:00Z`
    : `${iso.slice(0, 19)}Z`;
}

function checkValue(site: Site, column: Column, raw: unknown): Checked {
  if (raw === null) return { ok: true, value: null };
  const bad = (message: string): Checked => ({ ok: false, reply: spErrors.invalid(message) });
  switch (column.type) {
    case 'text': {
      if (typeof raw !== 'string') return bad(`Field '${column.name}' expects a text value.`);
      const max = column.text?.maxLength ?? 255;
      if (raw.length > max) {
        return bad(
          `The value of field '${column.name}' is longer than its maximum length of ${max}.`,
        );
      }
      return { ok: true, value: raw };
    }
    case 'number': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) {
        return bad(`Field '${column.name}' expects a number.`);
      }
      const { minimum = -Number.MAX_VALUE, maximum = Number.MAX_VALUE } = column.number ?? {};
      if (raw < minimum || raw > maximum) {
        return bad(`The value of field '${column.name}' is outside its range.`);
      }
      return { ok: true, value: raw };
    }
    case 'dateTime': {
      const normalized = typeof raw === 'string' ? normalizeDate(column, raw) : undefined;
      if (normalized === undefined) {
        return bad(`Field '${column.name}' expects an ISO 8601 date and time.`);
      }
      return { ok: true, value: normalized };
    }
    case 'choice': {
      if (typeof raw !== 'string') return bad(`Field '${column.name}' expects one of its choices.`);
      const choice = column.choice;
      if (choice && !choice.allowTextEntry && !choice.choices.includes(raw)) {
        return bad(`The value '${raw}' is not one of the choices of field '${column.name}'.`);
      }
      return { ok: true, value: raw };
    }
    case 'boolean':
      if (typeof raw !== 'boolean') return bad(`Field '${column.name}' expects true or false.`);
      return { ok: true, value: raw };
    case 'personOrGroup': {
      const lookupId = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
      if (typeof lookupId !== 'number' || !Number.isInteger(lookupId)) {
        return bad(`Field '${column.name}LookupId' expects the lookup id of a site user.`);
      }
      if (!isSiteUserLookupId(site, lookupId)) {
        return bad(`The user with lookup id ${lookupId} does not exist in the site.`);
      }
      return { ok: true, value: lookupId };
    }
  }
}

/** Reads a fieldValueSet from a request: every name must be a writable column of the list. */
export function parseFieldWrites(
  site: Site,
  list: SharePointList,
  input: unknown,
): Resolved<FieldWrites> {
  if (!isObject(input)) return { ok: false, reply: spErrors.invalid('Invalid request') };
  const writes: FieldWrites = new Map();
  for (const [name, raw] of Object.entries(input)) {
    if (name.startsWith('@odata.')) continue;
    const person = name.endsWith('LookupId')
      ? list.columns.find((c) => c.type === 'personOrGroup' && `${c.name}LookupId` === name)
      : undefined;
    const column = person ?? list.columns.find((c) => c.name === name);
    if (!column || (column.type === 'personOrGroup' && !person)) {
      if (SYSTEM_FIELDS.includes(name) || column) {
        return { ok: false, reply: spErrors.invalid(`Field '${name}' is read-only.`) };
      }
      return { ok: false, reply: spErrors.notRecognized(name) };
    }
    if (column.readOnly)
      return { ok: false, reply: spErrors.invalid(`Field '${name}' is read-only.`) };
    const checked = checkValue(site, column, raw);
    if (!checked.ok) return checked;
    writes.set(column, checked.value);
  }
  return resolved(writes);
}

function sameValue(a: FieldValue | undefined, b: FieldValue): boolean {
  return typeof a === 'string' && typeof b === 'string'
    ? a.toLowerCase() === b.toLowerCase()
    : a === b;
}

/**
 * Required columns need a value once the write is applied; unique columns must not repeat
 * another item's value (SharePoint compares text case-insensitively).
 */
export function checkConstraints(
  list: SharePointList,
  writes: FieldWrites,
  item: ListItem | undefined,
): Reply | undefined {
  for (const column of list.columns) {
    if (!column.required) continue;
    const next = writes.has(column) ? writes.get(column) : item?.values[column.name];
    if (next === undefined || next === null || next === '') {
      return spErrors.invalid(`Field '${column.name}' is required.`);
    }
  }
  for (const [column, value] of writes) {
    if (!column.enforceUniqueValues || value === null) continue;
    const taken = list.items.some(
      (other) => other !== item && sameValue(other.values[column.name], value),
    );
    if (taken) {
      return spErrors.conflict(
        'The list item could not be added or updated because duplicate values were found in one or more fields in the list.',
      );
    }
  }
  return undefined;
}

export function applyWrites(item: ListItem, writes: FieldWrites): void {
  for (const [column, value] of writes) {
    if (value === null) {
      item.values = Object.fromEntries(
        Object.entries(item.values).filter(([name]) => name !== column.name),
      );
    } else {
      item.values[column.name] = value;
    }
  }
}
