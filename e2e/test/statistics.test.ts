import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

describe.skipIf(!hasBrowser)('协商统计与全市统计（Chromium）', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);
  afterAll(async () => stack?.close());

  it.each(['desktop', 'phone'] as const)('the city office opens the dashboard and drills into a county (%s)', async (viewport) => {
    const page = await newPage(stack, viewport);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, stack, 'city-office');
    await page.goto(`${stack.url}/console/statistics/city`);
    await page.getByRole('heading', { level: 1, name: /全市协商统计/ }).waitFor();
    const table = page.getByRole('table').last();
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(17);
    await page.locator('.statistics-chart canvas').first().waitFor();
    await expect(page.getByRole('button', { name: '保存预警标准' }).count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, `console-city-dashboard-${viewport}`);

    await page.getByRole('link', { name: '霍州市' }).click();
    await page.getByRole('heading', { level: 1, name: /协商统计 · 霍州市/ }).waitFor();
    await page.locator('.statistics-chart canvas').first().waitFor();
    expect(await page.locator('.statistics-chart canvas').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('main').innerText()).toContain('基层协商覆盖');
    expect(await page.locator('main').innerText()).toContain('师庄乡');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, `console-county-statistics-${viewport}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a county office sees its own statistics and not the city dashboard', async () => {
    const page = await newPage(stack);
    await signIn(page, stack, 'huozhou-office');
    await page.getByRole('menuitem', { name: /协商统计/ }).click();
    await page.getByRole('heading', { level: 1, name: /协商统计 · 霍州市/ }).waitFor();
    expect(await page.getByRole('menuitem', { name: /全市统计/ }).count()).toBe(0);
    const status = await page.evaluate(async () => (await fetch(`/api/statistics/city?year=${new Date().getFullYear()}`)).status);
    expect(status).toBe(403);
    await page.context().close();
  });
});
