import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { call, hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

const TITLE = '南街社区停车难问题';
const THEIRS = '南街社区停车难问题（李晓燕修改）';
const MINE = '南街社区停车难问题（张三修改）';


/** The edit dialog of the page (the conflict dialog is a separate .ant-modal-confirm). */
const editDialog = (page: Page) => page.locator('.ant-modal:visible').filter({ hasText: '编辑议题' });

describe.skipIf(!hasBrowser)('并发编辑：两人同时编辑同一议题，后保存者看到冲突提示并重新加载（Chromium）', () => {
  let stack: Stack;
  let topicUrl = '';
  let first: Page;
  let second: Page;

  beforeAll(async () => {
    stack = await startStack();
    first = await newPage(stack);
    await signIn(first, stack, 'yaodu-office');
    const topic = await call<{ id: string }>(first, 'POST', '/api/topics', { title: TITLE, description: '南街社区老旧小区车位不足，夜间乱停乱放影响消防通道。', category: 'livelihood' });
    topicUrl = `${stack.url}/console/topics/${topic.id}`;

    // A second office user of 尧都区 (the demo has one per county), created by the administrator.
    const admin = await newPage(stack);
    await signIn(admin, stack, 'admin');
    const { items } = await call<{ items: { id: string; name: string }[] }>(admin, 'GET', `/api/orgs?kind=county&q=${encodeURIComponent('尧都区')}`);
    await call(admin, 'POST', '/api/users', { username: 'yaodu-office2', displayName: '张三', password: 'Chushi#2026ab', roles: [{ role: 'county_office', orgId: items[0]!.id }] });
    await admin.context().close();
    second = await newPage(stack);
    await second.goto(`${stack.url}/console/login`);
    await call(second, 'POST', '/api/auth/login', { username: 'yaodu-office2', password: 'Chushi#2026ab' });
    await call(second, 'POST', '/api/auth/change-password', { currentPassword: 'Chushi#2026ab', newPassword: 'Banli#2026xyz' });
  }, 90_000);
  afterAll(async () => stack?.close());

  async function openEditor(page: Page): Promise<void> {
    await page.goto(topicUrl);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('button', { name: '编辑议题' }).click();
    await expect.poll(() => page.locator('#editTopic_title').inputValue(), { timeout: 10_000 }).toBe(TITLE);
  }

  it('the later save gets the conflict dialog; 重新加载 shows the other’s change, and saving again works', async () => {
    // Both forms are loaded at the same version.
    await openEditor(first);
    await openEditor(second);

    await first.locator('#editTopic_title').fill(THEIRS);
    await editDialog(first).getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => first.locator('.ant-message').innerText()).toContain('已保存议题');
    await first.getByRole('heading', { level: 1, name: THEIRS }).waitFor();

    await second.locator('#editTopic_title').fill(MINE);
    await editDialog(second).getByRole('button', { name: /保\s*存/ }).click();
    const conflict = second.locator('.ant-modal-confirm:visible');
    await conflict.waitFor();
    const text = await conflict.innerText();
    expect(text).toContain('记录已被他人修改');
    expect(text).toMatch(/该记录已被 李晓燕 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 修改，请重新加载后再编辑/);
    await second.waitForTimeout(400); // the dialog's opening animation
    expect(await seriousViolations(second), 'axe version conflict dialog').toEqual([]);
    await shoot(second, 'console-topic-version-conflict');

    // 取消 keeps what the user typed; 重新加载 replaces it with the saved record.
    await conflict.getByRole('button', { name: /取\s*消/ }).click();
    await conflict.waitFor({ state: 'hidden' });
    expect(await second.locator('#editTopic_title').inputValue()).toBe(MINE);
    await editDialog(second).getByRole('button', { name: /保\s*存/ }).click();
    await conflict.waitFor();
    await conflict.getByRole('button', { name: '重新加载' }).click();
    await expect.poll(() => second.locator('#editTopic_title').inputValue(), { timeout: 10_000 }).toBe(THEIRS);
    await second.getByRole('heading', { level: 1, name: THEIRS }).waitFor();

    // Now at the current version, the second user's edit goes through.
    await second.locator('#editTopic_title').fill(MINE);
    await editDialog(second).getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => second.locator('.ant-message').innerText()).toContain('已保存议题');
    await second.getByRole('heading', { level: 1, name: MINE }).waitFor();
  });
});
