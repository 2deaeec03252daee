import type { Browser, Page } from 'playwright-core';
import type { Stack } from '../../../scripts/stack/start-stack';
import { personId, signInAs } from '../support/session';
import type { TestStack } from '../support/stack';

/**
 * What every step of the manager's journey is given. Each screen's own e2e test calls its step
 * from a fresh stack; the whole-journey test calls them all in order on one stack and one page.
 */
export interface JourneyContext {
  browser: Browser;
  stack: Stack;
  /** Signed in as the manager, anywhere in the app. */
  page: Page;
  managerName: string;
  reportName: string;
  reportId: string;
}

export type JourneyStep = (ctx: JourneyContext) => Promise<void>;

/** A journey context on the started stack: the manager signed in in a fresh browser context. */
export async function startJourney(
  { browser, stack }: TestStack,
  managerName: string,
  reportName: string,
): Promise<JourneyContext> {
  return {
    browser,
    stack,
    page: await signInAs(browser, stack, managerName),
    managerName,
    reportName,
    reportId: await personId(stack, reportName),
  };
}
