import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

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

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated by the browser's automation, not as an inline <script>: the app's pages forbid
  // inline scripts, and the tests keep that policy on rather than bypass it.
  await page.evaluate(`${axeSource};undefined`);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run();
    return result.violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function screenshotPath(name: string): string {
  return `test-results/screenshots/${name}.png`;
}

/** Axe is re-run until Fluent's colour transitions settle; a lasting violation still fails. */
export const AXE_POLL = { timeout: 10_000, interval: 500 };

/**
 * No serious axe violation, and a full-page screenshot (`<name>-light`, `<name>-dark`), in each
 * theme; the page is left in light. With `pollAxe`, axe is re-run (AXE_POLL) until Fluent's
 * colour animations settle.
 */
export async function checkBothThemes(
  page: Page,
  name: string,
  options: { pollAxe?: boolean } = {},
): Promise<void> {
  const noSeriousViolations = async (): Promise<void> => {
    if (options.pollAxe === true)
      await expect.poll(() => seriousAxeViolations(page), AXE_POLL).toEqual([]);
    else expect(await seriousAxeViolations(page)).toEqual([]);
  };
  await noSeriousViolations();
  await page.screenshot({ path: screenshotPath(`${name}-light`), fullPage: true });
  await page.getByLabel('Theme').selectOption('dark');
  await noSeriousViolations();
  await page.screenshot({ path: screenshotPath(`${name}-dark`), fullPage: true });
  await page.getByLabel('Theme').selectOption('light');
}
