/**
 * Reading todoTask bodies for create and update. Unknown properties fail as the OData reader
 * fails them; a task takes at most one linked resource (To Do answers 400 `invalidRequest`
 * "Only one item in linkedResources is allowed." for more).
 * https://learn.microsoft.com/en-us/graph/api/todotasklist-post-tasks
 * https://learn.microsoft.com/en-us/graph/api/todotask-update
 * https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/654 (one linkedResource)
 */
import { isRecord } from '../../core/is-record';
import { graphError } from '../../core/reply';
import { refused, resolved, type Resolved } from '../route-helper';
import { epochToWallTime, wallTimeToEpoch } from './time-zones';
import {
  IMPORTANCES,
  TASK_STATUSES,
  newLinkedResourceId,
  type LinkedResource,
  type StoredDateTime,
  type StoredTask,
} from './todo-state';

export interface TaskInput {
  title?: string;
  body?: StoredTask['body'];
  importance?: StoredTask['importance'];
  status?: StoredTask['status'];
  isReminderOn?: boolean;
  categories?: string[];
  dueDateTime?: StoredDateTime | null;
  startDateTime?: StoredDateTime | null;
  reminderDateTime?: StoredDateTime | null;
  completedDateTime?: StoredDateTime | null;
  recurrence?: Record<string, unknown> | null;
  linkedResources?: LinkedResource[];
}

class TaskInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const IGNORED = new Set([
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'bodyLastModifiedDateTime',
  'hasAttachments',
]);

function unknownProperty(name: string, type: string): TaskInputError {
  return new TaskInputError(
    'RequestBodyRead',
    `The property '${name}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  );
}

function invalid(message: string): TaskInputError {
  return new TaskInputError('invalidRequest', message);
}

function readString(value: unknown, name: string): string {
  if (typeof value !== 'string') throw invalid(`Invalid value for '${name}'.`);
  return value;
}

function readEnum<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  const text = readString(value, name);
  const match = allowed.find((candidate) => candidate.toLowerCase() === text.toLowerCase());
  if (!match)
    throw new TaskInputError('RequestBodyRead', `Requested value '${text}' was not found.`);
  return match;
}

/**
 * Converts a dateTimeTimeZone to UTC, the zone To Do stores and answers in. Due, start and
 * completed values are dates: To Do keeps midnight of that date in the given zone (the
 * documentation's update example turns 16:00 Eastern into 04:00 UTC).
 */
function readDateTime(
  value: unknown,
  name: string,
  precision: 'date' | 'instant',
): StoredDateTime | null {
  if (value === null) return null;
  if (!isRecord(value)) throw invalid(`Invalid value for '${name}'.`);
  for (const key of Object.keys(value)) {
    if (key !== 'dateTime' && key !== 'timeZone' && !key.startsWith('@odata.')) {
      throw unknownProperty(key, 'dateTimeTimeZone');
    }
  }
  const dateTime = readString(value.dateTime, `${name}.dateTime`);
  const zone =
    value.timeZone === undefined ? 'UTC' : readString(value.timeZone, `${name}.timeZone`);
  const wall = precision === 'date' ? `${dateTime.slice(0, 10)}T00:00:00` : dateTime;
  const ms = wallTimeToEpoch(wall, zone);
  if (ms === undefined) {
    throw invalid(`Invalid dateTime '${dateTime}' or time zone '${zone}' for '${name}'.`);
  }
  return { dateTime: epochToWallTime(ms, 'UTC'), timeZone: 'UTC' };
}

function readLinkedResource(value: unknown): LinkedResource {
  if (!isRecord(value)) throw invalid('Invalid linked resource.');
  const allowed = ['id', 'webUrl', 'applicationName', 'displayName', 'externalId'];
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key) && !key.startsWith('@odata.'))
      throw unknownProperty(key, 'linkedResource');
  }
  const optional = (key: string): string | null => {
    const item = value[key];
    return item === undefined || item === null ? null : readString(item, key);
  };
  return {
    id: newLinkedResourceId(),
    webUrl: optional('webUrl'),
    applicationName: optional('applicationName'),
    displayName: optional('displayName'),
    externalId: optional('externalId'),
  };
}

export function readLinkedResources(value: unknown): LinkedResource[] {
  if (!Array.isArray(value)) throw invalid("Invalid value for 'linkedResources'.");
  if (value.length > 1) throw invalid('Only one item in linkedResources is allowed.');
  return value.map(readLinkedResource);
}

function readBody(value: unknown): StoredTask['body'] {
  if (!isRecord(value)) throw invalid("Invalid value for 'body'.");
  for (const key of Object.keys(value)) {
    if (key !== 'content' && key !== 'contentType' && !key.startsWith('@odata.'))
      throw unknownProperty(key, 'itemBody');
  }
  const contentType =
    value.contentType === undefined
      ? 'text'
      : readEnum(value.contentType, ['text', 'html'] as const, 'contentType');
  const content =
    value.content === undefined || value.content === null
      ? ''
      : readString(value.content, 'content');
  return { content, contentType };
}

function readField(input: TaskInput, key: string, value: unknown): void {
  switch (key) {
    case 'title':
      input.title = readString(value, key);
      return;
    case 'body':
      input.body = readBody(value);
      return;
    case 'importance':
      input.importance = readEnum(value, IMPORTANCES, key);
      return;
    case 'status':
      input.status = readEnum(value, TASK_STATUSES, key);
      return;
    case 'isReminderOn':
      if (typeof value !== 'boolean') throw invalid(`Invalid value for '${key}'.`);
      input.isReminderOn = value;
      return;
    case 'categories':
      if (!Array.isArray(value)) throw invalid(`Invalid value for '${key}'.`);
      input.categories = value.map((item) => readString(item, key));
      return;
    case 'dueDateTime':
    case 'startDateTime':
    case 'completedDateTime':
      input[key] = readDateTime(value, key, 'date');
      return;
    case 'reminderDateTime':
      input[key] = readDateTime(value, key, 'instant');
      return;
    case 'recurrence':
      if (value !== null && !isRecord(value)) throw invalid(`Invalid value for '${key}'.`);
      input.recurrence = value;
      return;
    case 'linkedResources':
      input.linkedResources = readLinkedResources(value);
      return;
    default:
      throw unknownProperty(key, 'todoTask');
  }
}

/**
 * The one way task bodies are refused: the readers above throw a TaskInputError where the OData
 * reader would stop, and it becomes the 400 reply here, so a half-read body changes nothing.
 */
function reading<T>(read: () => T): Resolved<T> {
  try {
    return resolved(read());
  } catch (error) {
    if (error instanceof TaskInputError) return refused(graphError(400, error.code, error.message));
    throw error;
  }
}

function readTaskFields(
  raw: unknown,
  linkedResources: 'accepted' | 'refused',
): Resolved<TaskInput> {
  if (!isRecord(raw)) return refused(graphError(400, 'invalidRequest', 'Invalid request.'));
  return reading(() => {
    const input: TaskInput = {};
    for (const [key, value] of Object.entries(raw)) {
      if (key.startsWith('@odata.') || IGNORED.has(key)) continue;
      if (key === 'linkedResources' && linkedResources === 'refused') {
        throw invalid(
          "Property 'linkedResources' can't be updated with PATCH; use the linkedResources navigation property.",
        );
      }
      readField(input, key, value);
    }
    return input;
  });
}

/** A new task's body: linked resources may come with it. */
export const readNewTask = (raw: unknown): Resolved<TaskInput> => readTaskFields(raw, 'accepted');

/** A PATCH body: linked resources change only through their own navigation property. */
export const readTaskPatch = (raw: unknown): Resolved<TaskInput> => readTaskFields(raw, 'refused');

/** One linked resource, posted to a task's linkedResources. */
export function readLinkedResourceBody(raw: unknown): Resolved<LinkedResource> {
  return reading(() => {
    const [resource] = readLinkedResources([raw]);
    if (!resource) throw invalid('Invalid linked resource.');
    return resource;
  });
}
