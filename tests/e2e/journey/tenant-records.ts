import type { Frame, Page } from 'playwright-core';
import type { Stack } from '../../../scripts/stack/start-stack';

/** A calendar event as the local tenant stores it, in one person's mailbox. */
export interface StoredEvent {
  ownerId: string;
  subject: string;
  showAs: string;
  startUtc: string;
  endUtc: string;
  startTimeZone: string;
  isOnlineMeeting: boolean;
  isCancelled: boolean;
  joinUrl: string | null;
  attendees: { address: string }[];
  recurrence: {
    pattern: { type: string; interval: number; daysOfWeek: string[]; index: string };
    range: { startDate: string };
  } | null;
  exceptions: {
    originalStartUtc: string;
    overrides: { startUtc?: string; isCancelled?: boolean };
  }[];
  /** Occurrences the organiser cancelled, by their original start. */
  deletedOccurrences: string[];
}

/** The local tenant's whole state: its directory, and each feature's data (calendars, To Do, ...). */
export interface TenantState {
  users: { id: string; displayName: string; mail?: string | null; timeZone: string }[];
  features: {
    calendar?: { events: StoredEvent[] };
    todo?: { lists: { ownerId: string; tasks: { title: string; dueDateTime: unknown }[] }[] };
    [feature: string]: unknown;
  };
}

/**
 * Reading the outcome where it really lands: the local tenant's whole state (calendars,
 * mailboxes, OneDrive app folders, SharePoint lists holding the career API's records), through
 * its loopback control.
 */
export async function tenantState(stack: Stack): Promise<TenantState> {
  const response = await fetch(new URL('/_local/state', stack.tenant.listenUrl));
  return (await response.json()) as TenantState;
}

export function userNamed(state: TenantState, name: string) {
  const user = state.users.find((u) => u.displayName === name);
  if (!user) throw new Error(`No user ${name} in the tenant.`);
  return user;
}

export interface InboxMessage {
  subject: string;
  body?: { content?: string };
}

/**
 * The messages in someone's inbox, newest first (loopback control, no token; the tenant
 * delivers what is due first).
 */
export async function inboxMessages(stack: Stack, mail: string): Promise<InboxMessage[]> {
  const response = await fetch(
    new URL(`/_local/mailboxes/${encodeURIComponent(mail)}?folder=inbox`, stack.tenant.listenUrl),
  );
  const body = (await response.json()) as { messages?: InboxMessage[] };
  return body.messages ?? [];
}

/** The subjects of the messages in someone's inbox. */
export async function inboxSubjects(stack: Stack, mail: string): Promise<string[]> {
  return (await inboxMessages(stack, mail)).map((m) => m.subject);
}

interface StoredDriveItem {
  name: string;
  content: string | null;
}

/** The text of a private note file in someone's OneDrive app folder, if it exists. */
export async function privateNoteFile(
  stack: Stack,
  ownerId: string,
  fileName: string,
): Promise<string | undefined> {
  const { features } = await tenantState(stack);
  const files = features.files as { drives: { ownerId: string; items: StoredDriveItem[] }[] };
  const item = files.drives
    .find((d) => d.ownerId === ownerId)
    ?.items.find((i) => i.name === fileName);
  return item?.content ? Buffer.from(item.content, 'base64').toString('utf8') : undefined;
}

/** Everything the tenant holds except the OneDrive files: where private notes must never be. */
export async function everythingButOneDrive(stack: Stack): Promise<string> {
  const { features } = await tenantState(stack);
  return JSON.stringify({ ...features, files: undefined });
}

function collect(
  value: unknown,
  keep: (o: Record<string, unknown>) => boolean,
): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap((v) => collect(v, keep));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  return [
    ...(keep(record) ? [record] : []),
    ...Object.values(record).flatMap((v) => collect(v, keep)),
  ];
}

/** The SharePoint rows of conversation records whose shared notes contain `text`. */
export async function conversationRowsWith(
  stack: Stack,
  text: string,
): Promise<Record<string, unknown>[]> {
  const { features } = await tenantState(stack);
  return collect(
    features,
    (o) =>
      typeof o.sharedNotes === 'string' && o.sharedNotes.includes(text) && 'phasesReached' in o,
  );
}

/** The SharePoint rows of the triggers logged for one report. */
export async function triggerRowsOf(
  stack: Stack,
  reportId: string,
): Promise<Record<string, unknown>[]> {
  const { features } = await tenantState(stack);
  return collect(features, (o) => o.reportId === reportId && 'logId' in o && 'trigger' in o);
}

/** The report's step nav ("Steps for this person"). */
const stepNav = (page: Page) => page.getByRole('navigation', { name: 'Steps for this person' });

/** One step's link in the report's step nav, by its exact label. */
export const stepLink = (page: Page, label: string) =>
  stepNav(page).getByRole('link', { name: label, exact: true });

/**
 * Opens one of the report's steps by its link in the step nav. From the team overview (the
 * journey's first screen) it first opens the report by the name on their card; from anywhere
 * else, by the report's address.
 */
export async function openStep(
  page: Page,
  stack: Stack,
  reportId: string,
  reportName: string,
  label: string,
): Promise<void> {
  const steps = stepNav(page);
  if (!(await steps.isVisible())) {
    // On the team overview the manager opens the report by their name, in the list or on a card.
    const name = page
      .getByRole('row', { name: reportName })
      .or(page.getByRole('article', { name: reportName }))
      .getByRole('link', { name: reportName, exact: true });
    if (await name.isVisible()) await name.click();
    else await page.goto(`${stack.url}#/reports/${encodeURIComponent(reportId)}`);
    await steps.waitFor();
  }
  await stepLink(page, label).click();
}

/** The save status once a change was saved ("Saved 10:42"). */
export function savedStatus(page: Page | Frame) {
  return page.getByRole('status').filter({ hasText: /^Saved \d{1,2}[:.]\d{2}/ });
}
