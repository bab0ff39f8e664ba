import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

describe.skipIf(!hasBrowser)('近义词表：县政协办公室新增词组，检索随即按近义词查找（Chromium）', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);
  afterAll(async () => stack?.close());

  it('the office opens 近义词表, adds 晒场 / 麦场 / 打谷场, and the header search then finds the record by 打谷场', async () => {
    const member = await newPage(stack, 'desktop');
    await signIn(member, stack, 'yaodu-member1');
    await call(member, 'POST', '/api/proposals', { source: 'member', category: 'livelihood', title: '东羊村晒场被占用', description: '村里的晒场被人堆了建材，秋收没地方晒粮食。' });
    await member.context().close();

    const page = await newPage(stack, 'desktop');
    await signIn(page, stack, 'yaodu-office');
    expect((await call<{ total: number }>(page, 'GET', `/api/search?q=${encodeURIComponent('打谷场')}`)).total).toBe(0);
    await page.getByRole('menuitem', { name: /近义词表/ }).click();
    await page.getByRole('heading', { level: 1, name: '近义词表' }).waitFor();
    // The shipped groups are listed read-only and can be searched by a word.
    await page.getByRole('searchbox', { name: '在内置词组中查找词语' }).fill('手机没信号');
    await expect.poll(() => page.locator('.ant-card').filter({ hasText: '内置词组（只读）' }).innerText()).toContain('通信基站');

    await page.getByRole('button', { name: /新增词组/ }).click();
    const dialog = page.getByRole('dialog', { name: '新增近义词组' });
    await dialog.getByLabel('主词').fill('晒场');
    const words = dialog.getByRole('combobox', { name: '近义词' });
    for (const w of ['麦场', '打谷场']) {
      await words.fill(w);
      await words.press('Enter');
    }
    await dialog.getByText('属地问题', { exact: true }).click();
    await shoot(page, 'thesaurus-form-desktop');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已新增词组“晒场”').waitFor();
    const own = page.locator('.ant-card').filter({ hasText: '本级词组' });
    await expect.poll(() => own.innerText()).toContain('打谷场');
    expect(await own.innerText()).toContain('属地问题');
    await page.getByRole('searchbox', { name: '在内置词组中查找词语' }).fill('');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'thesaurus-desktop');

    const box = page.getByRole('searchbox', { name: '全站检索' }).or(page.locator('.header-search input'));
    await box.first().fill('打谷场');
    await box.first().press('Enter');
    await page.getByRole('heading', { level: 1, name: '全站检索' }).waitFor();
    const proposals = page.getByRole('region', { name: '选题建议' });
    await proposals.waitFor();
    await expect.poll(() => proposals.innerText()).toContain('东羊村晒场被占用');
    expect(await proposals.locator('mark').first().innerText()).toBe('晒场');
    await page.context().close();
  });

  it('at 390×844 the office reads the page and its form without crowding; another county does not see the group', async () => {
    const page = await newPage(stack, 'phone');
    await signIn(page, stack, 'yaodu-office');
    await page.goto(`${stack.url}/console/thesaurus`);
    await page.getByRole('heading', { level: 1, name: '近义词表' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain('打谷场');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shoot(page, 'thesaurus-phone');
    await page.getByRole('button', { name: '编辑词组“晒场”' }).click();
    await page.getByText('编辑词组：晒场').waitFor();
    await shoot(page, 'thesaurus-form-phone');
    await page.getByRole('button', { name: /取\s*消/ }).click();
    await page.context().close();

    const other = await newPage(stack, 'desktop');
    await signIn(other, stack, 'hongtong-office');
    await other.goto(`${stack.url}/console/thesaurus`);
    await other.getByRole('heading', { level: 1, name: '近义词表' }).waitFor();
    await expect.poll(() => other.locator('.ant-card').filter({ hasText: '本级词组' }).innerText()).toContain('暂无本级词组');
    await other.context().close();
  });
});
