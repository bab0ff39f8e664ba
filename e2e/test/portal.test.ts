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

  it('典型案例: the list by county and a case told as a story, with its title in the HTML for link previews', async () => {
    const page = await newPage(stack, 'phone');
    await page.goto(`${stack.url}/cases`);
    await page.getByRole('heading', { name: '尧都区政协' }).waitFor();
    const links = page.locator('a[href^="/cases/"]');
    expect(await links.count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'cases-phone');
    await links.filter({ hasText: '校车' }).click();
    await page.getByRole('heading', { name: '怎样协商' }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).toContain('群众反映的问题');
    expect(text).toContain('协商建议');
    expect(text).toContain('办理经过');
    expect(text).toContain('网络议事厅');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'case-phone');
    const html = await (await page.request.get(page.url())).text();
    expect(html).toMatch(/<meta property="og:title" content="[^"]*校车[^"]*典型案例/);
    expect(html).toMatch(/<title>[^<]*校车/);
    await page.context().close();
  });
});

