import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

describe.skipIf(!hasBrowser)('全站检索：页眉搜索框找到承办单位的答复（Chromium）', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);
  afterAll(async () => stack?.close());

  it('the office types 护学岗 in the header and finds the transport bureau\'s answer, marked, under 办理答复', async () => {
    const page = await newPage(stack, 'desktop');
    await signIn(page, stack, 'yaodu-office');
    const box = page.getByRole('searchbox', { name: '全站检索' }).or(page.locator('.header-search input'));
    await box.first().fill('护学岗');
    await box.first().press('Enter');
    await page.getByRole('heading', { level: 1, name: '全站检索' }).waitFor();
    const answers = page.getByRole('region', { name: '办理答复' });
    await answers.waitFor();
    await expect.poll(() => answers.innerText()).toContain('护学岗');
    expect(await answers.locator('mark').first().innerText()).toMatch(/护学/);
    await answers.getByRole('link').first().click();
    await page.waitForURL(/\/console\/handling\/items\//);
    await page.goBack();
    await answers.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'search-desktop');
  });

  it('on a 390×844 phone the header icon opens the search page', async () => {
    const page = await newPage(stack, 'phone');
    await signIn(page, stack, 'yaodu-office');
    await page.getByRole('button', { name: '全站检索' }).click();
    await page.getByRole('heading', { level: 1, name: '全站检索' }).waitFor();
    await page.getByRole('searchbox', { name: '检索内容' }).or(page.getByLabel('检索内容')).first().fill('停车');
    await page.getByRole('button', { name: /检\s*索/ }).last().click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/共找到 \d+ 条/);
    await shoot(page, 'search-phone');
  });

  it('pickers find names by pinyin initials: the city office types hdx in the county filter and gets 洪洞县政协', async () => {
    const page = await newPage(stack, 'desktop');
    await signIn(page, stack, 'city-office');
    await page.goto(`${stack.url}/console/topics`);
    await page.getByRole('heading', { level: 1, name: '协商议题' }).waitFor();
    const filter = page.getByRole('combobox', { name: '按县（市、区）筛选' });
    await filter.click();
    await filter.fill('hdx');
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => options.allInnerTexts()).toEqual(['洪洞县政协']);
  });
});
