import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, newPage, seriousViolations, shoot, type Stack, startStack } from './support.js';

describe.skipIf(!hasBrowser)('公众门户（Chromium）', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => stack?.close());

  it.each(['phone', 'desktop'] as const)('the home page shows the mark, the counties and the contact points (%s)', async (viewport) => {
    const page = await newPage(stack, viewport);
    await page.goto(stack.url);
    await expect.poll(() => page.locator('body').innerText()).toContain('汾西县政协');
    // Counties and contact points are two requests: wait for both, not only the first to arrive.
    await expect.poll(() => page.locator('body').innerText()).toContain('冯南垣');
    const text = await page.locator('body').innerText();
    expect(text).toContain('有事来商量');
    expect(text).toContain('冯南垣');
    expect(text).toContain('段村');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, `portal-home-${viewport}`);
    await page.context().close();
  });

  it('every link on the home page leads to a page that exists', async () => {
    const page = await newPage(stack, 'phone');
    await page.goto(stack.url);
    await expect.poll(() => page.locator('body').innerText()).toContain('汾西县政协');
    const hrefs = await page.locator('a[href]').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs.filter((h) => h.startsWith(stack.url))) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
    }
    await page.context().close();
  });

  it('the regulation page shows the whole text', async () => {
    const page = await newPage(stack, 'phone');
    await page.goto(`${stack.url}/regulation`);
    await expect.poll(() => page.locator('body').innerText()).toContain('第八条');
    expect(await page.locator('body').innerText()).toContain('不调研不协商');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'portal-regulation-phone');
    await page.context().close();
  });
});
