import { graphError, type Reply } from '../../core/reply';

/**
 * Reads Outlook request bodies the way Graph's OData reader does: property names are matched
 * case-insensitively (`"Comment"` and `"comment"` both work), enum values too, and a value of the
 * wrong JSON type is a 400 before any business rule runs.
 */
export class BodyProblem extends Error {
  constructor(readonly reply: Reply) {
    super('invalid request body');
  }
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function fail(status: number, code: string, message: string): never {
  throw new BodyProblem(graphError(status, code, message));
}

export function validationFailure(): never {
  return fail(400, 'ErrorPropertyValidationFailure', 'At least one property failed validation.');
}

function typeMismatch(expected: string): never {
  return fail(
    400,
    'RequestBodyRead',
    `Cannot convert a primitive value to the expected type '${expected}'. See the inner exception for more details.`,
  );
}

function nodeMismatch(expected: 'StartObject' | 'StartArray', found: unknown): never {
  const node = Array.isArray(found)
    ? 'StartArray'
    : isObject(found)
      ? 'StartObject'
      : 'PrimitiveValue';
  return fail(
    400,
    'RequestBodyRead',
    `An unexpected '${node}' node was found when reading from the JSON reader. A '${expected}' node was expected.`,
  );
}

/** A view of one JSON object with case-insensitive, typed accessors. */
export class JsonReader {
  private readonly lower = new Map<string, unknown>();

  constructor(source: JsonObject) {
    for (const [key, value] of Object.entries(source)) this.lower.set(key.toLowerCase(), value);
  }

  static of(value: unknown): JsonReader {
    if (!isObject(value)) return nodeMismatch('StartObject', value);
    return new JsonReader(value);
  }

  has(name: string): boolean {
    return this.lower.has(name.toLowerCase());
  }

  raw(name: string): unknown {
    return this.lower.get(name.toLowerCase());
  }

  string(name: string): string | null | undefined {
    const value = this.raw(name);
    if (value === undefined || value === null) return value;
    return typeof value === 'string' ? value : typeMismatch('Edm.String');
  }

  boolean(name: string): boolean | undefined {
    const value = this.raw(name);
    if (value === undefined || value === null) return undefined;
    return typeof value === 'boolean' ? value : typeMismatch('Edm.Boolean');
  }

  integer(name: string): number | undefined {
    const value = this.raw(name);
    if (value === undefined || value === null) return undefined;
    const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    return typeof number === 'number' && Number.isInteger(number)
      ? number
      : typeMismatch('Edm.Int32');
  }

  object(name: string): JsonReader | null | undefined {
    const value = this.raw(name);
    if (value === undefined || value === null) return value;
    return JsonReader.of(value);
  }

  array(name: string): unknown[] | null | undefined {
    const value = this.raw(name);
    if (value === undefined || value === null) return value;
    return Array.isArray(value) ? (value as unknown[]) : nodeMismatch('StartArray', value);
  }

  strings(name: string): string[] | undefined {
    const items = this.array(name);
    if (!items) return undefined;
    return items.map((item) => (typeof item === 'string' ? item : typeMismatch('Edm.String')));
  }

  /** Enum members match case-insensitively and come back in their declared spelling. */
  enumValue<T extends string>(name: string, members: readonly T[]): T | undefined {
    const value = this.string(name);
    if (value === undefined || value === null) return undefined;
    return matchEnum(value, members);
  }
}

export function matchEnum<T extends string>(value: string, members: readonly T[]): T {
  const found = members.find((member) => member.toLowerCase() === value.toLowerCase());
  return found ?? fail(400, 'RequestBodyRead', `Requested value '${value}' was not found.`);
}
