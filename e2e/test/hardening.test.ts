import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@shangliang/server';
import { hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

const PROPOSAL = '东羊村到屯里镇的通村路坑洼难行';

describe.skipIf(!hasBrowser)('安全：解除登录锁定、查看群众完整电话（Chromium）', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, 60_000);
  afterAll(async () => stack?.close());

  const login = (username: string, password: string) =>
    fetch(`${stack.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

  it('the county office sees a locked account and lifts the lock', async () => {
    for (let i = 0; i < 5; i++) expect((await login('yaodu-member3', 'Wrong@2026x')).status).toBe(401);
    expect((await login('yaodu-member3', DEMO_PASSWORD)).status).toBe(423);

    const page = await newPage(stack);
    await signIn(page, stack, 'yaodu-office');
    await page.goto(`${stack.url}/console/users`);
    await page.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();
    await page.getByLabel('按用户名或姓名搜索').fill('yaodu-member3');
    await page.getByLabel('按用户名或姓名搜索').press('Enter');
    const row = page.locator('tr', { hasText: 'yaodu-member3' });
    await row.getByText('已锁定').waitFor();
    expect(await seriousViolations(page), 'axe users page with a locked account').toEqual([]);
    await shoot(page, 'console-users-locked');
    await row.getByRole('button', { name: '解除锁定' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /解除锁定/ }).click();
    await expect.poll(() => page.locator('.ant-message').innerText()).toContain('已解除');
    await expect.poll(() => row.getByText('已锁定').count()).toBe(0);
    expect((await login('yaodu-member3', DEMO_PASSWORD)).status).toBe(200);
    await page.context().close();
  });

  it('a resident\'s phone shows masked; the county office reveals it, and an administrator cannot', async () => {
    const page = await newPage(stack);
    await signIn(page, stack, 'yaodu-office');
    await page.goto(`${stack.url}/console/proposals?q=${encodeURIComponent(PROPOSAL)}`);
    await page.getByRole('button', { name: PROPOSAL }).first().click();
    const drawer = page.locator('.ant-drawer-content-wrapper:visible');
    await drawer.getByText('王福生').waitFor();
    expect(await drawer.innerText()).toContain('138****1208');
    expect(await drawer.innerText()).not.toContain('13834561208');
    await drawer.getByRole('button', { name: '查看完整号码' }).click();
    await drawer.getByText('13834561208', { exact: false }).waitFor();
    expect(await drawer.innerText()).toContain('本次查看已记入操作日志');
    await shoot(page, 'console-proposal-phone-revealed');
    const audit = await page.evaluate(async () => (await (await fetch('/api/audit?action=proposal.reveal_phone')).json()).items.length);
    expect(audit).toBe(1);
    const proposalId = await page.evaluate(async (q) => (await (await fetch(`/api/proposals?q=${encodeURIComponent(q)}`)).json()).items[0].id as string, PROPOSAL);
    await page.context().close();

    const admin = await newPage(stack);
    await signIn(admin, stack, 'admin');
    // The administrator reads the record but gets the masked number only, and may not reveal it.
    const seen = await admin.evaluate(async (id) => {
      const one = await (await fetch(`/api/proposals/${id}`)).json();
      const reveal = await fetch(`/api/proposals/${id}/reveal-phone`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return { phone: one.proposerPhone, actions: one.actions, reveal: reveal.status };
    }, proposalId);
    expect(seen).toEqual({ phone: '138****1208', actions: expect.not.arrayContaining(['proposal.reveal_phone']), reveal: 403 });
    await admin.context().close();
  });
});
