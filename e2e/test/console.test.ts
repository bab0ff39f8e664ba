import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

const ALL_MENU = ['工作台', '选题征集', '协商议题', '年度计划', '征集活动', '办理督办', '我的荐题', '我的活动', '我的办件', '组织机构', '承办单位', '活动场所', '工作联系点', '用户管理', '操作日志', '修改密码'];
const WORKFLOW = ['选题征集', '协商议题', '年度计划', '征集活动', '办理督办'];
const OFFICE_MENU = ['工作台', ...WORKFLOW, '组织机构', '承办单位', '活动场所', '工作联系点', '用户管理', '操作日志', '修改密码'];
const ADMIN_MENU = ['工作台', '组织机构', '承办单位', '活动场所', '工作联系点', '用户管理', '操作日志', '修改密码'];
const MEMBER_MENU = ['工作台', '我的荐题', '我的活动', '修改密码'];
const REVIEWER_MENU = ['工作台', '协商议题', '修改密码'];
const DEPT_MENU = ['工作台', '我的办件', '修改密码'];

// [account, menu it must show, name on the workbench]
const ROLES: [string, string[], string][] = [
  ['admin', [...ADMIN_MENU, ...WORKFLOW], '系统管理员'],
  ['city-office', OFFICE_MENU, '临汾市政协'],
  ['yaodu-office', OFFICE_MENU, '尧都区政协'],
  ['yaodu-chair', REVIEWER_MENU, '尧都区政协'],
  ['yaodu-party', REVIEWER_MENU, '尧都区政协'],
  ['yaodu-member1', MEMBER_MENU, '尧都区政协'],
  ['yaodu-dept-jt', DEPT_MENU, '尧都区交通运输局'],
  ['hongtong-office', OFFICE_MENU, '洪洞县政协'],
  ['hongtong-member1', MEMBER_MENU, '洪洞县政协'],
  ['huozhou-office', OFFICE_MENU, '霍州市政协'],
];

describe.skipIf(!hasBrowser)('管理后台（Chromium）', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => stack?.close());

  it.each(ROLES)('%s signs in and sees the menu of the role', async (username, menu, orgText) => {
    const page = await newPage(stack);
    await signIn(page, stack, username);
    await page.getByRole('menuitem').first().waitFor();
    const items = await page.getByRole('menuitem').allInnerTexts();
    const labels = items.map((s) => s.replace(/\s+/g, ''));
    for (const label of menu) expect(labels, `${username} menu`).toContain(label);
    for (const label of ALL_MENU.filter((l) => !menu.includes(l))) expect(labels, `${username} menu`).not.toContain(label);
    await expect.poll(() => page.locator('main').innerText()).toContain(orgText);
    await page.context().close();
  });

  it('a county office sees only its county’s users, and the API refuses the other county', async () => {
    const page = await newPage(stack);
    await signIn(page, stack, 'yaodu-office');
    await page.goto(`${stack.url}/console/users`);
    await expect.poll(() => page.locator('main').innerText()).toContain('yaodu-member1');
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('hongtong-office');
    expect(text).not.toContain('huozhou-office');
    const status = await page.evaluate(async () => {
      const counties = await (await fetch('/api/public/counties')).json();
      const hongtong = counties.items.find((c: { name: string }) => c.name === '洪洞县政协');
      const list = await fetch(`/api/users?countyId=${hongtong.id}`);
      return list.status;
    });
    expect([403, 404]).toContain(status);
    await page.context().close();
  });

  it('passes axe on the login page and the workbench, at desktop and phone sizes, with screenshots', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const page = await newPage(stack, viewport);
      await page.goto(`${stack.url}/console/login`);
      await page.getByLabel('用户名').waitFor();
      expect(await seriousViolations(page), `login ${viewport}`).toEqual([]);
      await shoot(page, `console-login-${viewport}`);
      await signIn(page, stack, 'yaodu-office');
      await expect.poll(() => page.locator('main').innerText()).toContain('最近动态');
      expect(await seriousViolations(page), `workbench ${viewport}`).toEqual([]);
      await shoot(page, `console-workbench-${viewport}`);
      await page.goto(`${stack.url}/console/users`);
      await expect.poll(() => page.locator('main').innerText()).toContain('yaodu-member1');
      await shoot(page, `console-users-${viewport}`);
      await page.context().close();
    }
  });

  it('shows the server’s Chinese message on a wrong password', async () => {
    const page = await newPage(stack);
    await page.goto(`${stack.url}/console/login`);
    await page.getByLabel('用户名').fill('yaodu-member3');
    await page.getByLabel('密码').fill('WrongPass#1');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => page.locator('body').innerText()).toContain('用户名或密码错误');
    await page.context().close();
  });
});
