import type { Browser, Page } from 'playwright-core';
import type { Stack } from '../../../scripts/stack/start-stack';
import { newTestPage } from './browser';

/** A fresh browser context signed in as a demo person at the local tenant's account picker. */
export async function signInAs(browser: Browser, stack: Stack, name: string): Promise<Page> {
  const page = await newTestPage(browser, stack);
  await signInOn(page, stack, name);
  return page;
}

/** Each role's home: where a person lands after signing in (a manager's is their team). */
export const HOME_HEADING = /^(Your team|My development|HR console)$/;

/**
 * Signs a demo person in on this page (its context's storage and cookies as they are) and waits
 * for their home: the team overview for a manager, "My development" for a report, the HR console
 * for an HR admin.
 */
export async function signInOn(page: Page, stack: Stack, name: string): Promise<void> {
  await page.goto(stack.url);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: /Pick an account/ }).waitFor();
  await page.getByText(name).first().click();
  await page.getByRole('heading', { name: HOME_HEADING, level: 1 }).waitFor();
}

/** The directory id of a demo person, by display name (the tenant's control surface, direct). */
export async function personId(stack: Stack, displayName: string): Promise<string> {
  const response = await fetch(new URL('/_local/people', stack.tenant.listenUrl));
  const { users } = (await response.json()) as { users: { id: string; displayName: string }[] };
  const found = users.find((p) => p.displayName === displayName);
  if (!found) throw new Error(`No demo person named ${displayName}.`);
  return found.id;
}
