import { describe, expect, it } from 'vitest';
import { quickReference } from '../../src/domain/playbook';
import { newTestPage, screenshot, seriousAxeViolations } from './support/browser';
import { useTestStack } from './support/stack';

describe('quick reference card (built app in Chromium)', () => {
  const env = useTestStack();
  const quickReferenceUrl = (): string => `${env.stack.url}#/quick-reference`;

  it('shows every group and question of the playbook, and passes axe in light and dark', async () => {
    const page = await newTestPage(env.browser, env.stack);
    await page.goto(quickReferenceUrl());
    await page.getByRole('heading', { level: 1, name: /Quick Reference/ }).waitFor();

    for (const group of quickReference()) {
      const region = page.getByRole('region', { name: group.title });
      await expect(region.getByRole('heading', { name: group.title }).count()).resolves.toBe(1);
      for (const question of group.questions) {
        await expect(region.getByText(question.text, { exact: true }).count()).resolves.toBe(1);
      }
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'quick-reference-light');

    await page.getByLabel('Theme').selectOption('dark');
    const background = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('.fui-FluentProvider') ?? document.body)
          .backgroundColor,
    );
    expect(background).not.toBe('rgb(255, 255, 255)');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'quick-reference-dark');
    await page.close();
  });

  it('is usable from the keyboard: filter, then copy a question', async () => {
    const page = await newTestPage(env.browser, env.stack, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto(quickReferenceUrl());
    await page.getByRole('heading', { level: 1, name: /Quick Reference/ }).waitFor();

    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // theme
    await page.keyboard.press('Tab'); // search box
    await page.keyboard.type('money');
    await expect(page.getByRole('status').textContent()).resolves.toBe('1 matching question');

    await page.keyboard.press('Tab'); // (search box clear button is not focusable) first copy button
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Copy');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe('What would you be doing if money were no object?');
    await page.context().close();
  });
});
