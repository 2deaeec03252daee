import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { e2eRules } from '../../../eslint.e2e.js';

// Browser tests stay deterministic because every context is made in one place and nothing waits
// a fixed time; this proves ESLint enforces it, with the rules eslint.config.js uses.
const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'] }, ...e2eRules],
});

async function findings(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\n`, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? ''}: ${message.message}`);
}

describe('deterministic browser tests', () => {
  it.each([
    'await browser.newContext({ ignoreHTTPSErrors: true });',
    'await env.browser.newContext();',
    'await page.context().browser().newContext();',
    'await browser.newPage();',
    'await env.browser.newPage();',
    'await page.waitForTimeout(500);',
    'await new Promise((resolve) => setTimeout(resolve, 600));',
  ])('refuses in an e2e test: %s', async (source) => {
    const errors = await findings('tests/e2e/x.test.ts', source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^no-restricted-syntax: /);
  });

  it.each([
    ['tests/e2e/x.test.ts', 'await page.context().newPage();'],
    ['tests/e2e/x.test.ts', 'await newTestPage(env.browser, env.stack);'],
    ['tests/e2e/support/browser.ts', 'await browser.newContext({ reducedMotion: "reduce" });'],
    ['tests/integration/x.test.ts', 'await new Promise((resolve) => setTimeout(resolve, 10));'],
  ])('allows in %s: %s', async (file, source) => {
    expect(await findings(file, source)).toEqual([]);
  });
});
