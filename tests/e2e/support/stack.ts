import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStack, type Stack, type StackOptions } from '../../../scripts/stack/start-stack';
import { launchBrowser } from './browser';

/**
 * Where every end-to-end stack's clock starts unless a test names another instant: Tuesday
 * 8 December 2026, 09:30 in London, a working morning away from public holidays and clock
 * changes. The tenant's clock runs on from it, and the browser (`newTestContext`) and the career
 * API share it, so no result depends on the day or the hour the suite runs.
 */
export const E2E_NOW = '2026-12-08T09:30:00Z';

/** What a suite may change about its stack (the deployment rehearsal runs the API as in Azure). */
export type TestStackOptions = Partial<Omit<StackOptions, 'web' | 'webPort' | 'now'>> & {
  /** Where the tenant's clock starts (default E2E_NOW). */
  now?: string;
  /**
   * Run the tenant on the system clock instead, for an API that keeps the system's time (the
   * built Functions app has no clock to shift).
   */
  systemClock?: boolean;
};

/** The product started like `npm start`, but serving the built app and keeping state in memory. */
export function startTestStack(options: TestStackOptions = {}): Promise<Stack> {
  const { now = E2E_NOW, systemClock = false, ...rest } = options;
  return startStack({ ...rest, web: 'built', webPort: 0, ...(systemClock ? {} : { now }) });
}

/** What `useTestStack` gives a test file: read it in tests and in hooks registered after it. */
export interface TestStack {
  readonly stack: Stack;
  readonly browser: Browser;
}

/**
 * One stack and one Chromium for the calling suite: started in a `beforeAll` (with the
 * screenshots folder made), closed in an `afterAll`. Call it at the top of a `describe`; a
 * `beforeAll` registered after it runs once both are up.
 */
export function useTestStack(options: TestStackOptions = {}): TestStack {
  let stack: Stack | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    stack = await startTestStack(options);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    // Either may be missing when the stack failed to start; the start's error is the one to read.
    await browser?.close();
    await stack?.close();
  });

  const notYet = (what: string): Error =>
    new Error(
      `useTestStack: the ${what} is not started yet. Read it inside a test, or in a hook registered after useTestStack().`,
    );
  return {
    get stack(): Stack {
      if (!stack) throw notYet('stack');
      return stack;
    },
    get browser(): Browser {
      if (!browser) throw notYet('browser');
      return browser;
    },
  };
}
