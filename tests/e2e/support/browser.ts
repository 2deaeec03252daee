import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
  type Request,
} from 'playwright-core';
import { expect } from 'vitest';
import type { Stack } from '../../../scripts/stack/start-stack';

// Debian's Chromium, never a downloaded browser. The flags keep it off the (closed) network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The local stack serves https with a self-signed certificate (MSAL requires https authorities).
  '--ignore-certificate-errors',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** The manager personas sit in London; the browser shows their wall clock, whatever the machine's. */
export const TEST_TIME_ZONE = 'Europe/London';
export const TEST_LOCALE = 'en-GB';
export const TEST_VIEWPORT = { width: 1280, height: 900 };

/** Requests a context has started and not yet finished: what "the screen is still loading" means. */
class InFlight {
  private readonly pending = new Set<Request>();
  private waiters: (() => void)[] = [];

  constructor(context: BrowserContext) {
    context.on('request', (request) => this.pending.add(request));
    context.on('requestfinished', (request) => {
      this.done(request);
    });
    context.on('requestfailed', (request) => {
      this.done(request);
    });
  }

  get count(): number {
    return this.pending.size;
  }

  /** Resolves once no request is in flight (at once when none is). */
  idle(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private done(request: Request): void {
    this.pending.delete(request);
    if (this.pending.size > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

const inFlight = new WeakMap<BrowserContext, InFlight>();

export interface TestContextOptions {
  viewport?: { width: number; height: number };
  /** Browser permissions granted to the app's pages, e.g. `clipboard-read`. */
  permissions?: string[];
  /**
   * Ignore the pages' Content-Security-Policy: only for the XSS drill, which must prove the
   * rendering escapes what people type, not that the policy would stop it if it did not.
   */
  bypassCSP?: boolean;
}

/**
 * The one place a test browser context is made. Every test sees the same browser: reduced motion
 * (Fluent's colour transitions never leave a half-blended colour for axe or a screenshot), a fixed
 * viewport, zone and locale, the stack's certificate accepted, and the page's clock started at the
 * local tenant's time, so the app, the tenant and the API share one timeline whatever today's date.
 */
export async function newTestContext(
  browser: Browser,
  stack: Stack,
  options: TestContextOptions = {},
): Promise<BrowserContext> {
  // The only newContext in the e2e layer (tests/unit/architecture/e2e-determinism.test.ts).
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    reducedMotion: 'reduce',
    viewport: options.viewport ?? TEST_VIEWPORT,
    timezoneId: TEST_TIME_ZONE,
    locale: TEST_LOCALE,
    permissions: options.permissions ?? [],
    bypassCSP: options.bypassCSP ?? false,
  });
  // Runs on from the tenant's instant at the system clock's pace, as the tenant's clock does.
  await context.clock.install({ time: stack.tenant.clock.epochMs() });
  inFlight.set(context, new InFlight(context));
  return context;
}

/** A page in a context of its own from `newTestContext`. */
export async function newTestPage(
  browser: Browser,
  stack: Stack,
  options: TestContextOptions = {},
): Promise<Page> {
  const context = await newTestContext(browser, stack, options);
  return context.newPage();
}

/** Requests started by this page's context and not finished yet. */
export function requestsInFlight(page: Page): number {
  const tracker = inFlight.get(page.context());
  if (!tracker) throw new Error('This page was not opened in a context from newTestContext.');
  return tracker.count;
}

/** The page a target lives on: itself, or the page holding the frame. */
function pageOf(target: Page | Frame): Page {
  return 'mainFrame' in target ? target : target.page();
}

/**
 * Waits until the page (or a frame in it, such as a tab inside the local Teams host) has settled:
 * no request in flight in its context, fonts loaded and no animation or transition running in
 * that document. Accessibility checks and screenshots read the page only then, so what they see
 * is what a person sees once the screen has finished changing, however busy the machine.
 */
export async function settled(target: Page | Frame): Promise<void> {
  const tracker = inFlight.get(pageOf(target).context());
  if (!tracker) throw new Error('This page was not opened in a context from newTestContext.');
  for (;;) {
    await tracker.idle();
    await target.waitForFunction(
      () =>
        document.readyState === 'complete' &&
        document.fonts.status === 'loaded' &&
        // A spinner's endless animation is a loading state, not a colour on its way somewhere.
        document
          .getAnimations()
          .every(
            (a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity,
          ),
      undefined,
      { polling: 50 },
    );
    // A request started while the page was settling (a query after a render) starts it over.
    if (tracker.count === 0) return;
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html?: string; any?: { message: string }[] }[];
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Fluent's focus management (tabster) adds dummy elements that are aria-hidden and focusable by
 * design, so focus wraps inside a dialog: a known axe false positive (microsoft/tabster#288) that
 * Accessibility Insights suppresses the same way. Every other finding still counts.
 */
function isTabsterDummy(rule: string, node: AxeViolation['nodes'][number]): boolean {
  return rule === 'aria-hidden-focus' && (node.html ?? '').includes('data-tabster-dummy');
}

/**
 * Runs axe-core on the settled page, or on one frame's document (the app inside a host page),
 * and returns the serious and critical violations.
 */
export async function seriousAxeViolations(target: Page | Frame): Promise<AxeViolation[]> {
  await settled(target);
  // Evaluated by the browser's automation, not as an inline <script>: the app's pages forbid
  // inline scripts, and the tests keep that policy on rather than bypass it.
  await target.evaluate(`${axeSource};undefined`);
  const violations = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run();
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterDummy(v.id, n)) }))
    .filter((v) => v.nodes.length > 0);
}

export function screenshotPath(name: string): string {
  return `test-results/screenshots/${name}.png`;
}

/** A full-page screenshot of the settled page, `test-results/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await settled(page);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

/**
 * No serious axe violation, and a full-page screenshot (`<name>-light`, `<name>-dark`), in each
 * theme; the page is left in light.
 */
export async function checkBothThemes(page: Page, name: string): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
  await screenshot(page, `${name}-light`);
  await page.getByLabel('Theme').selectOption('dark');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await screenshot(page, `${name}-dark`);
  await page.getByLabel('Theme').selectOption('light');
}
