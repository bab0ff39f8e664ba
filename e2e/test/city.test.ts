import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

/** The open dialog (a modal on desktops, a sheet on phones). */
const dialog = (page: Page) => page.locator('.ant-modal:visible, .ant-drawer-content-wrapper:visible').last();

describe.skipIf(!hasBrowser)('市政协：在冯南垣联系点页面记录走访座谈；县政协办公室阅读经验交流（Chromium）', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => stack?.close());

  it('the city office opens 冯南垣 from the contact point list, records a symposium, and it shows', async () => {
    const office = await newPage(stack, 'desktop');
    await signIn(office, stack, 'city-office');
    await office.goto(`${stack.url}/console/contact-points`);
    await office.getByRole('link', { name: /^冯南垣/ }).click();
    await office.getByRole('heading', { level: 1, name: /^冯南垣/ }).waitFor();
    await expect.poll(() => office.locator('main').innerText()).toContain('市政协走访座谈');

    await office.getByRole('button', { name: '记录走访' }).click();
    const modal = dialog(office);
    await modal.locator('#visit_title').fill('村级议事协商规范化建设调研');
    // Typed into the selects' search and picked with Enter, as a keyboard user would.
    await modal.locator('#visit_leaderId').fill('张国强');
    await office.locator('.ant-select-dropdown:visible .ant-select-item-option-active').filter({ hasText: '张国强' }).waitFor();
    await office.keyboard.press('Enter');
    await modal.locator('#visit_memberIds').fill('周明远');
    await office.locator('.ant-select-dropdown:visible .ant-select-item-option-active').filter({ hasText: '周明远' }).waitFor();
    await office.keyboard.press('Enter');
    await office.keyboard.press('Escape');
    await modal.locator('#visit_met').fill('冯南垣村“两委”干部和村民代表');
    await modal.locator('#visit_opinions').fill('村民建议把议事会的协商结果张榜公示，办理进展每月通报一次。');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await office.getByText('已记录走访座谈').waitFor();
    await expect.poll(() => office.locator('main').innerText()).toContain('村级议事协商规范化建设调研');
    await expect.poll(() => office.locator('main').innerText()).toContain('张榜公示');
    await office.waitForTimeout(3500); // the toast fades before axe looks
    expect(await seriousViolations(office), 'axe 联系点页面').toEqual([]);
    await shoot(office, 'city-contact-point-desktop');
  });

  it('a county office reads an experience summary and its linked 典型案例', async () => {
    const page = await newPage(stack, 'phone');
    await signIn(page, stack, 'hongtong-office');
    await page.goto(`${stack.url}/console/experiences`);
    await page.getByRole('heading', { level: 1, name: '经验交流' }).waitFor();
    await page.getByRole('link', { name: /让农村学生上学路更安心/ }).click();
    await page.getByRole('heading', { level: 1, name: /让农村学生上学路更安心/ }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain('经验启示');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/典型案例\s*保障农村学生上下学交通安全，完善校车服务 · 尧都区政协/);
    expect(await page.getByRole('button', { name: /编\s*辑/ }).count()).toBe(0);
    expect(await seriousViolations(page), 'axe 经验交流').toEqual([]);
    await shoot(page, 'city-experience-phone');
  });
});
