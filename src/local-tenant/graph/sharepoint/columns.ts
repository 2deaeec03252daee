// columnDefinition: https://learn.microsoft.com/graph/api/resources/columndefinition
import type { Reply } from '../../core/reply';
import { stableGuid } from '../../seed/well-known-apps';
import { spErrors } from './errors';
import { SYSTEM_FIELDS } from './field-values';
import { COLUMN_TYPES, type Column, type ColumnType } from './state';

/** SharePoint allows at most 20 indexed columns per list. */
export const MAX_INDEXED_COLUMNS = 20;
const SINGLE_LINE_MAX = 255;
const MULTI_LINE_MAX = 63999;
const UNSUPPORTED_TYPES = [
  'calculated',
  'currency',
  'lookup',
  'term',
  'hyperlinkOrPicture',
  'geolocation',
  'thumbnail',
  'contentApprovalStatus',
];
const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;

function base(listId: string, name: string, type: ColumnType): Column {
  return {
    id: stableGuid(`sharepoint:column:${listId}:${name}`),
    name,
    displayName: name,
    description: '',
    columnGroup: '_Hidden',
    type,
    builtIn: true,
    indexed: false,
    required: false,
    enforceUniqueValues: false,
    hidden: false,
    readOnly: true,
  };
}

/** The genericList template's visible columns: Title, and who and when created and modified. */
export function templateColumns(listId: string): Column[] {
  const dateTime = { displayAs: 'default', format: 'dateTime' as const };
  const person = {
    allowMultipleSelection: false,
    chooseFromType: 'peopleOnly',
    displayAs: 'account',
  };
  return [
    {
      ...base(listId, 'Title', 'text'),
      columnGroup: 'Custom Columns',
      readOnly: false,
      text: textDefaults(false),
    },
    { ...base(listId, 'Modified', 'dateTime'), dateTime },
    { ...base(listId, 'Created', 'dateTime'), dateTime },
    {
      ...base(listId, 'Author', 'personOrGroup'),
      displayName: 'Created By',
      personOrGroup: person,
    },
    {
      ...base(listId, 'Editor', 'personOrGroup'),
      displayName: 'Modified By',
      personOrGroup: person,
    },
  ];
}

function textDefaults(multiLine: boolean): NonNullable<Column['text']> {
  return {
    allowMultipleLines: multiLine,
    appendChangesToExistingText: false,
    linesForEditing: multiLine ? 6 : 0,
    maxLength: multiLine ? MULTI_LINE_MAX : SINGLE_LINE_MAX,
    textType: 'plain',
  };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; reply: Reply };
const fail = <T>(message: string): Parsed<T> => ({ ok: false, reply: spErrors.invalid(message) });
type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBool(body: Json, key: string, fallback: boolean): boolean | string {
  const value = body[key];
  if (value === undefined) return fallback;
  return typeof value === 'boolean' ? value : `Invalid value for '${key}'.`;
}

/** Builds a type facet from the request, over the current one when updating. */
function readFacet(
  type: ColumnType,
  raw: Json,
  current: Column | undefined,
): Parsed<Partial<Column>> {
  switch (type) {
    case 'text': {
      const multi = raw.allowMultipleLines ?? current?.text?.allowMultipleLines ?? false;
      if (typeof multi !== 'boolean') return fail("Invalid value for 'allowMultipleLines'.");
      const facet = { ...(current?.text ?? textDefaults(multi)), allowMultipleLines: multi };
      const limit = multi ? MULTI_LINE_MAX : SINGLE_LINE_MAX;
      const maxLength = raw.maxLength ?? (current ? facet.maxLength : limit);
      if (
        typeof maxLength !== 'number' ||
        !Number.isInteger(maxLength) ||
        maxLength < 1 ||
        maxLength > limit
      ) {
        return fail(
          `The maxLength of a ${multi ? 'multiple' : 'single'} line text column must be between 1 and ${limit}.`,
        );
      }
      const lines = raw.linesForEditing ?? facet.linesForEditing;
      if (typeof lines !== 'number') return fail("Invalid value for 'linesForEditing'.");
      const textType = raw.textType ?? facet.textType;
      if (textType !== 'plain' && textType !== 'richText')
        return fail("Invalid value for 'textType'.");
      return {
        ok: true,
        value: { text: { ...facet, maxLength, linesForEditing: lines, textType } },
      };
    }
    case 'number': {
      const facet = current?.number ?? {
        decimalPlaces: 'automatic',
        displayAs: 'number',
        maximum: Number.MAX_VALUE,
        minimum: -Number.MAX_VALUE,
      };
      const minimum = raw.minimum ?? facet.minimum;
      const maximum = raw.maximum ?? facet.maximum;
      if (typeof minimum !== 'number' || typeof maximum !== 'number' || minimum > maximum) {
        return fail('The minimum and maximum of a number column must be numbers, minimum first.');
      }
      const decimalPlaces =
        typeof raw.decimalPlaces === 'string' ? raw.decimalPlaces : facet.decimalPlaces;
      const displayAs = typeof raw.displayAs === 'string' ? raw.displayAs : facet.displayAs;
      return { ok: true, value: { number: { decimalPlaces, displayAs, minimum, maximum } } };
    }
    case 'dateTime': {
      const format = raw.format ?? current?.dateTime?.format ?? 'dateTime';
      if (format !== 'dateOnly' && format !== 'dateTime') {
        return fail("The format of a dateTime column is 'dateOnly' or 'dateTime'.");
      }
      const displayAs = typeof raw.displayAs === 'string' ? raw.displayAs : 'default';
      return { ok: true, value: { dateTime: { displayAs, format } } };
    }
    case 'choice': {
      const choices = raw.choices ?? current?.choice?.choices;
      if (
        !Array.isArray(choices) ||
        choices.length === 0 ||
        !choices.every((c) => typeof c === 'string')
      ) {
        return fail('A choice column needs a non-empty list of choices.');
      }
      const allowTextEntry = raw.allowTextEntry ?? current?.choice?.allowTextEntry ?? false;
      if (typeof allowTextEntry !== 'boolean') return fail("Invalid value for 'allowTextEntry'.");
      const displayAs = typeof raw.displayAs === 'string' ? raw.displayAs : 'dropDownMenu';
      return { ok: true, value: { choice: { allowTextEntry, choices, displayAs } } };
    }
    case 'boolean':
      return { ok: true, value: { boolean: {} } };
    case 'personOrGroup': {
      if (raw.allowMultipleSelection === true) {
        return fail(
          'Person columns allowing multiple selection are not supported by the local tenant.',
        );
      }
      const chooseFromType =
        typeof raw.chooseFromType === 'string' ? raw.chooseFromType : 'peopleOnly';
      const displayAs = typeof raw.displayAs === 'string' ? raw.displayAs : 'account';
      return {
        ok: true,
        value: { personOrGroup: { allowMultipleSelection: false, chooseFromType, displayAs } },
      };
    }
  }
}

function facetOf(body: Json): Parsed<{ type: ColumnType; raw: Json } | undefined> {
  const unsupported = UNSUPPORTED_TYPES.find((type) => body[type] !== undefined);
  if (unsupported)
    return fail(`Column type '${unsupported}' is not supported by the local tenant.`);
  const present = COLUMN_TYPES.filter((type) => body[type] !== undefined && body[type] !== null);
  if (present.length > 1) return fail('A column can have only one type.');
  const type = present[0];
  if (type === undefined) return { ok: true, value: undefined };
  const raw = body[type];
  if (!isObject(raw)) return fail(`Invalid value for '${type}'.`);
  return { ok: true, value: { type, raw } };
}

/** Rules SharePoint enforces on any column, new or updated. */
export function checkColumnRules(column: Column, siblings: Column[]): Reply | undefined {
  if (column.indexed && column.text?.allowMultipleLines) {
    return spErrors.invalid('Multiple lines of text columns cannot be indexed.');
  }
  if (column.enforceUniqueValues && !column.indexed) {
    return spErrors.invalid('To enforce unique values, you must first index this column.');
  }
  const indexed = siblings.filter((other) => other.id !== column.id && other.indexed).length;
  if (column.indexed && indexed >= MAX_INDEXED_COLUMNS) {
    return spErrors.invalid(`A list can have at most ${MAX_INDEXED_COLUMNS} indexed columns.`);
  }
  return undefined;
}

/** A new column from a columnDefinition body (POST .../columns, or `columns` of a new list). */
export function parseNewColumn(id: string, body: unknown, siblings: Column[]): Parsed<Column> {
  if (!isObject(body)) return fail('Invalid request');
  const name = body.name;
  if (typeof name !== 'string' || !NAME_PATTERN.test(name)) {
    return fail("A column needs a 'name' of letters, digits and underscores (at most 32).");
  }
  const lower = name.toLowerCase();
  const clash =
    siblings.some((other) => other.name.toLowerCase() === lower) ||
    SYSTEM_FIELDS.some((field) => field.toLowerCase() === lower);
  if (clash)
    return { ok: false, reply: spErrors.conflict(`A duplicate field name "${name}" was found.`) };
  const facet = facetOf(body);
  if (!facet.ok) return facet;
  if (!facet.value) return fail('A column needs a type, such as text, number, dateTime or choice.');
  const facetValue = readFacet(facet.value.type, facet.value.raw, undefined);
  if (!facetValue.ok) return facetValue;
  const flags: Record<string, boolean> = {};
  for (const key of ['indexed', 'required', 'enforceUniqueValues', 'hidden']) {
    const value = readBool(body, key, false);
    if (typeof value === 'string') return fail(value);
    flags[key] = value;
  }
  const displayName = typeof body.displayName === 'string' ? body.displayName : name;
  const column: Column = {
    id,
    name,
    displayName,
    description: typeof body.description === 'string' ? body.description : '',
    columnGroup: 'Custom Columns',
    type: facet.value.type,
    builtIn: false,
    indexed: flags.indexed === true,
    required: flags.required === true,
    enforceUniqueValues: flags.enforceUniqueValues === true,
    hidden: flags.hidden === true,
    readOnly: false,
    ...facetValue.value,
  };
  const broken = checkColumnRules(column, siblings);
  return broken ? { ok: false, reply: broken } : { ok: true, value: column };
}

/** PATCH .../columns/{id}: flags, names and the settings of the column's own type. */
export function parseColumnUpdate(current: Column, body: unknown): Parsed<Column> {
  if (!isObject(body)) return fail('Invalid request');
  if (body.name !== undefined && body.name !== current.name) {
    return fail("The 'name' of a column cannot be changed.");
  }
  if (current.readOnly) return fail(`Column '${current.name}' is read-only.`);
  const facet = facetOf(body);
  if (!facet.ok) return facet;
  let facetValue: Partial<Column> = {};
  if (facet.value) {
    if (facet.value.type !== current.type) return fail('The type of a column cannot be changed.');
    const parsed = readFacet(current.type, facet.value.raw, current);
    if (!parsed.ok) return parsed;
    facetValue = parsed.value;
  }
  const next: Column = { ...current, ...facetValue };
  for (const key of ['indexed', 'required', 'enforceUniqueValues', 'hidden'] as const) {
    const value = readBool(body, key, current[key]);
    if (typeof value === 'string') return fail(value);
    next[key] = value;
  }
  if (typeof body.displayName === 'string') next.displayName = body.displayName;
  if (typeof body.description === 'string') next.description = body.description;
  return { ok: true, value: next };
}

/** The columnDefinition as Graph returns it. */
export function projectColumn(column: Column): Record<string, unknown> {
  const facet: Record<string, unknown> = {};
  if (column.text) {
    const { allowMultipleLines, appendChangesToExistingText, linesForEditing, maxLength } =
      column.text;
    facet.text = { allowMultipleLines, appendChangesToExistingText, linesForEditing, maxLength };
  }
  if (column.number) facet.number = column.number;
  if (column.dateTime) facet.dateTime = column.dateTime;
  if (column.choice) facet.choice = column.choice;
  if (column.boolean) facet.boolean = {};
  if (column.personOrGroup) facet.personOrGroup = column.personOrGroup;
  return {
    columnGroup: column.columnGroup,
    description: column.description,
    displayName: column.displayName,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: column.hidden,
    id: column.id,
    indexed: column.indexed,
    name: column.name,
    readOnly: column.readOnly,
    required: column.required,
    ...facet,
  };
}
