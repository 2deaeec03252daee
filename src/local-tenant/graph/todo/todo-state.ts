/**
 * To Do lists and tasks kept by the todo feature. Every user has a default list "Tasks"
 * (wellknownListName `defaultList`) and "Flagged email" (`flaggedEmails`), created on first use
 * as To Do provisions them.
 * https://learn.microsoft.com/en-us/graph/api/resources/todotasklist
 * https://learn.microsoft.com/en-us/graph/api/resources/todotask
 * https://learn.microsoft.com/en-us/graph/api/resources/linkedresource
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { TenantContext } from '../../core/context';
import type { FeatureSlice } from '../../state/store';

/** Stored in UTC; `dateTime` without offset, seven fractional digits. */
export const storedDateTimeSchema = z.object({ dateTime: z.string(), timeZone: z.string() });
export type StoredDateTime = z.infer<typeof storedDateTimeSchema>;

export const linkedResourceSchema = z.object({
  id: z.string(),
  webUrl: z.string().nullable(),
  applicationName: z.string().nullable(),
  displayName: z.string().nullable(),
  externalId: z.string().nullable(),
});
export type LinkedResource = z.infer<typeof linkedResourceSchema>;

export const TASK_STATUSES = [
  'notStarted',
  'inProgress',
  'completed',
  'waitingOnOthers',
  'deferred',
] as const;
export const IMPORTANCES = ['low', 'normal', 'high'] as const;

export const storedTaskSchema = z.object({
  id: z.string(),
  changeKey: z.string(),
  title: z.string(),
  body: z.object({ content: z.string(), contentType: z.enum(['text', 'html']) }),
  importance: z.enum(IMPORTANCES),
  status: z.enum(TASK_STATUSES),
  isReminderOn: z.boolean(),
  categories: z.array(z.string()),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  bodyLastModifiedDateTime: z.string(),
  dueDateTime: storedDateTimeSchema.nullable(),
  startDateTime: storedDateTimeSchema.nullable(),
  reminderDateTime: storedDateTimeSchema.nullable(),
  completedDateTime: storedDateTimeSchema.nullable(),
  recurrence: z.record(z.string(), z.unknown()).nullable(),
  linkedResources: z.array(linkedResourceSchema),
});
export type StoredTask = z.infer<typeof storedTaskSchema>;

export const storedListSchema = z.object({
  id: z.string(),
  ownerId: z.string(),
  changeKey: z.string(),
  displayName: z.string(),
  wellknownListName: z.enum(['none', 'defaultList', 'flaggedEmails']),
  tasks: z.array(storedTaskSchema),
});
export type StoredList = z.infer<typeof storedListSchema>;

export const todoStateSchema = z.object({
  lists: z.array(storedListSchema),
  /** Users whose default lists exist already (so deleting every task keeps them). */
  provisioned: z.array(z.string()),
});
export type TodoState = z.infer<typeof todoStateSchema>;

export function todoSlice(ctx: TenantContext): FeatureSlice<TodoState> {
  return ctx.store.slice('todo', todoStateSchema, () => ({ lists: [], provisioned: [] }));
}

export function newTodoId(): string {
  return `AAMkAG${randomBytes(57).toString('base64url')}AAA=`;
}

export function newTodoChangeKey(): string {
  return randomBytes(21).toString('base64');
}

export function newLinkedResourceId(): string {
  return randomUUID();
}

/** A task as To Do creates it before the body's properties apply. */
export function newTask(title: string, created: string): StoredTask {
  return {
    id: newTodoId(),
    changeKey: newTodoChangeKey(),
    title,
    body: { content: '', contentType: 'text' },
    importance: 'normal',
    status: 'notStarted',
    isReminderOn: false,
    categories: [],
    createdDateTime: created,
    lastModifiedDateTime: created,
    bodyLastModifiedDateTime: created,
    dueDateTime: null,
    startDateTime: null,
    reminderDateTime: null,
    completedDateTime: null,
    recurrence: null,
    linkedResources: [],
  };
}

export function isWellFormedTodoId(id: string): boolean {
  return /^(AAMkA|AQMkA)[A-Za-z0-9_+/-]{20,}={0,2}$/.test(id);
}

export function emptyList(
  ownerId: string,
  displayName: string,
  wellknownListName: StoredList['wellknownListName'],
): StoredList {
  return {
    id: newTodoId(),
    ownerId,
    changeKey: newTodoChangeKey(),
    displayName,
    wellknownListName,
    tasks: [],
  };
}

/** The default lists To Do gives every user. Call inside an update. */
export function provisionLists(data: TodoState, ownerId: string): void {
  if (data.provisioned.includes(ownerId)) return;
  data.provisioned.push(ownerId);
  const mine = data.lists.filter((list) => list.ownerId === ownerId);
  if (!mine.some((list) => list.wellknownListName === 'defaultList')) {
    data.lists.unshift(emptyList(ownerId, 'Tasks', 'defaultList'));
  }
  if (!mine.some((list) => list.wellknownListName === 'flaggedEmails')) {
    data.lists.push(emptyList(ownerId, 'Flagged email', 'flaggedEmails'));
  }
}

/** The user's lists, provisioned on first access. */
export function listsOf(ctx: TenantContext, ownerId: string): StoredList[] {
  const slice = todoSlice(ctx);
  if (!slice.get().provisioned.includes(ownerId)) {
    slice.update((data) => {
      provisionLists(data, ownerId);
    });
  }
  return slice.get().lists.filter((list) => list.ownerId === ownerId);
}
