import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { call, hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

/** A 尧都区 topic of the demo year at 成果已报送, whose suggestions wait to be assigned. */
const TOPIC = '改善屯里镇通村道路';


describe.skipIf(!hasBrowser)('消息通知：承办单位在手机上收到交办通知并打开办件（Chromium）', () => {
  let stack: Stack;
  let office: Page;
  let dept: Page;

  beforeAll(async () => {
    stack = await startStack();
    office = await newPage(stack, 'desktop');
    await signIn(office, stack, 'yaodu-office');
    dept = await newPage(stack, 'phone');
    await signIn(dept, stack, 'yaodu-dept-jt');
  }, 120_000);
  afterAll(async () => stack?.close());

  it('a 交办 appears in the bell of the department on a 390×844 phone; tapping it opens the item and marks it read', async () => {
    const before = (await call<{ unread: number }>(dept, 'GET', '/api/notifications/unread-count')).unread;
    const list = await call<{ items: { id: string; seq: number; topicTitle: string; state: string }[] }>(office, 'GET', '/api/handling/items?pageSize=200');
    const item = list.items.find((i) => i.topicTitle.startsWith(TOPIC) && i.state === 'unassigned');
    expect(item, `演示数据中应有“${TOPIC}”待交办的建议`).toBeTruthy();
    const jt = (await call<{ items: { id: string; name: string }[] }>(office, 'GET', '/api/orgs?kind=department&q=交通运输局&pageSize=50')).items.find((o) => o.name === '尧都区交通运输局')!;
    await call(office, 'POST', `/api/handling/items/${item!.id}/assign`, { leadDepartmentId: jt.id, dueOn: '2027-03-01' });

    // The bell refreshes itself; a reload shows it at once.
    await dept.goto(`${stack.url}/console`);
    const bell = dept.getByRole('button', { name: `我的消息，${before + 1} 条未读` });
    await bell.waitFor();
    await shoot(dept, 'notifications-bell-phone');
    await bell.click();
    await dept.getByRole('heading', { level: 1, name: '我的消息' }).waitFor();
    const entry = dept.getByRole('button', { name: new RegExp(`^未读：\\s*【交办】“${TOPIC}`) }).first();
    await entry.waitFor();
    await shoot(dept, 'notifications-list-phone');
    expect(await seriousViolations(dept)).toEqual([]);
    await entry.click();
    await dept.getByRole('heading', { level: 1, name: `第 ${item!.seq} 条建议` }).waitFor();
    expect(dept.url()).toContain(`/console/handling/items/${item!.id}`);
    await expect.poll(async () => (await call<{ unread: number }>(dept, 'GET', '/api/notifications/unread-count')).unread).toBe(before);
  });

  it('the office sees the SMS in 发送记录 and the handler sets their channels', async () => {
    await office.goto(`${stack.url}/console/notifications/deliveries`);
    await office.getByRole('heading', { level: 1, name: '发送记录' }).waitFor();
    await expect.poll(() => office.locator('main').innerText(), { timeout: 15_000 }).toContain('手机短信');
    await shoot(office, 'notifications-deliveries-desktop');
    await dept.goto(`${stack.url}/console/notifications/settings`);
    await dept.getByRole('heading', { level: 1, name: '通知设置' }).waitFor();
    await dept.getByRole('checkbox', { name: '督办：手机短信' }).uncheck();
    await dept.getByRole('button', { name: /保存设置/ }).click();
    await expect.poll(() => dept.locator('.ant-message').innerText()).toContain('通知设置已保存');
    await shoot(dept, 'notifications-settings-phone');
    const saved = await call<{ kinds: { kind: string; channels: string[] }[] }>(dept, 'GET', '/api/me/notification-settings');
    expect(saved.kinds.find((k) => k.kind === 'item_supervised')!.channels).toEqual(['in_app', 'email']);
  });
});
