import type { Page } from 'playwright-core';
import type { Stack } from '../../../scripts/stack/start-stack';

/**
 * Reading the outcome where it really lands: the local tenant's whole state (OneDrive app
 * folders, SharePoint lists holding the career API's records), through its loopback control.
 */
export async function tenantState(stack: Stack): Promise<{ features: Record<string, unknown> }> {
  const response = await fetch(new URL('/_local/state', stack.tenant.listenUrl));
  return (await response.json()) as { features: Record<string, unknown> };
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

/**
 * Opens one of the report's steps by its link in the step nav. From the team overview (the
 * journey's first screen) it first opens the report through their card's link; if the card has
 * no link, through the report's address.
 */
export async function openStep(
  page: Page,
  stack: Stack,
  reportId: string,
  reportName: string,
  label: string,
): Promise<void> {
  const steps = page.getByRole('navigation', { name: 'Steps for this person' });
  if (!(await steps.isVisible())) {
    const cardLinks = page.getByRole('article', { name: reportName }).getByRole('link');
    if ((await cardLinks.count()) > 0) await cardLinks.first().click();
    else await page.goto(`${stack.url}#/reports/${encodeURIComponent(reportId)}`);
    await steps.waitFor();
  }
  await steps.getByRole('link', { name: label, exact: true }).click();
}

/** The save status once a change was saved ("Saved 10:42"). */
export function savedStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: /^Saved \d{1,2}[:.]\d{2}/ });
}
