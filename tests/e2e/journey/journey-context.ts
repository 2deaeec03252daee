import type { Browser, Page } from 'playwright-core';
import type { Stack } from '../../../scripts/stack/start-stack';

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
