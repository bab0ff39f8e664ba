import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { call, hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

/** 委员荐题 through the API from a member's signed-in page: each [title, description] becomes a proposal of the member's county. */
async function recommend(member: Page, proposals: readonly (readonly [string, string])[]): Promise<void> {
  for (const [title, description] of proposals) await call(member, 'POST', '/api/proposals', { source: 'member', category: 'livelihood', title, description });
}

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

  it('at 390×844 a resident typing a proposal sees a similar existing one, and may still submit', async () => {
    const page = await newPage(stack, 'phone');
    await page.goto(`${stack.url}/propose`);
    await page.getByLabel('县（市、区）').selectOption({ label: '尧都区政协' });
    await page.getByLabel('标题').fill('乔李镇农贸市场一下雨就全是泥');
    await page.getByLabel('具体情况和建议').fill('赶集的时候露天摆摊，下雨下雪地上都是泥水，希望盖个大棚。');
    const notice = page.locator('#h-similar');
    await notice.waitFor();
    await expect.poll(() => notice.innerText()).toContain('您反映的问题可能已有人提出');
    expect(await notice.innerText()).toContain('乔李镇农贸市场露天经营');
    await notice.scrollIntoViewIfNeeded();
    await shoot(page, 'propose-similar-phone');
    expect(await page.getByRole('button', { name: '提交建议' }).isEnabled()).toBe(true);
  });

  it('the office opens the pool grouped by problem and merges a group into a new topic in one click', async () => {
    const member = await newPage(stack, 'desktop');
    await signIn(member, stack, 'yaodu-member1');
    await recommend(member, [
      ['段店村垃圾没人清运', '段店村村口的垃圾堆了半个月没人拉，夏天臭得很，苍蝇蚊子多。'],
      ['段店村垃圾堆成山', '俺们段店村的垃圾桶早就满了，垃圾到处乱倒，希望安排人定期清运。'],
    ]);
    const page = await newPage(stack, 'desktop');
    await signIn(page, stack, 'yaodu-office');
    await page.goto(`${stack.url}/console/proposals`);
    await page.getByRole('heading', { level: 1, name: '选题征集' }).waitFor();
    await page.getByRole('button', { name: '查看分组' }).click();
    const group = page.locator('.ant-list-item').filter({ hasText: '段店村垃圾没人清运' });
    await group.waitFor();
    expect(await group.innerText()).toContain('段店村垃圾堆成山');
    const suggested = (await group.locator('.ant-list-item-meta-title span').first().innerText()).trim();
    expect(suggested).toContain('段店村');
    await shoot(page, 'proposal-groups-desktop');
    await group.getByRole('button', { name: /合并立题/ }).click();
    await page.waitForURL(/\/console\/topics\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: suggested }).waitFor();
  });
  it('in screening each proposal shows its likely duplicates with a score; merging one is one click (desktop and 390×844)', async () => {
    const member = await newPage(stack, 'desktop');
    await signIn(member, stack, 'yaodu-member1');
    await recommend(member, [
      ['刘村镇卫生院看病排队太长', '刘村镇卫生院就两个大夫，早上去看病要排一上午的队，老人受不了。'],
      ['刘村镇卫生院大夫太少', '俺们刘村镇卫生院医生少，看个病排队半天，希望多派几个大夫。'],
    ]);
    const phone = await newPage(stack, 'phone');
    await signIn(phone, stack, 'yaodu-office');
    await phone.goto(`${stack.url}/console/proposals?q=${encodeURIComponent('刘村镇卫生院')}`);
    await phone.getByRole('button', { name: /^疑似重复 \d+ 条：刘村镇卫生院大夫太少/ }).waitFor();
    await shoot(phone, 'proposal-duplicates-phone');
    const page = await newPage(stack, 'desktop');
    await signIn(page, stack, 'yaodu-office');
    await page.goto(`${stack.url}/console/proposals?q=${encodeURIComponent('刘村镇卫生院')}`);
    await page.getByRole('heading', { level: 1, name: '选题征集' }).waitFor();
    await page.getByRole('button', { name: /^疑似重复 \d+ 条：刘村镇卫生院大夫太少/ }).click();
    const list = page.getByRole('list', { name: '“刘村镇卫生院大夫太少”的疑似重复' });
    await list.waitFor();
    const first = list.locator('li').first();
    expect(await first.innerText()).toMatch(/刘村镇卫生院看病排队太长[\s\S]*相似度 \d+%/);
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations)).toEqual([]);
    await shoot(page, 'proposal-duplicates-desktop');
    await first.getByRole('button', { name: /合并立题/ }).click();
    await page.waitForURL(/\/console\/topics\/[^/]+$/);
    await expect.poll(() => page.locator('main').innerText()).toContain('刘村镇卫生院');
  });
});
