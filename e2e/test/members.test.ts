import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@shangliang/server';
import { hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

/** Calls the API from inside a signed-in page (its session cookie, the CSRF header). */
async function call<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-Shangliang-Request': '1' },
        body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
      return text ? JSON.parse(text) : null;
    },
    { method, path, body },
  ) as Promise<T>;
}

interface TopicLite {
  id: string;
  title: string;
  actions: string[];
  researchReports: unknown[];
  consultations: { id: string; startsAt: string }[];
}

/** The open dialog. */
const dialog = (page: Page) => page.locator('.ant-modal:visible').last();

describe.skipIf(!hasBrowser)('委员履职：办公室出示签到码 → 委员手机签到 → 记录协商 → 我的履职（Chromium）', () => {
  let stack: Stack;
  let office: Page;
  let member: Page;
  let topic: TopicLite;
  let consultationId = '';
  let memberId = '';

  beforeAll(async () => {
    stack = await startStack();
    office = await newPage(stack, 'desktop');
    await signIn(office, stack, 'yaodu-office');
    member = await newPage(stack, 'phone');
    await signIn(member, stack, 'yaodu-member1');
    memberId = (await call<{ user: { id: string } }>(member, 'GET', '/api/auth/me')).user.id;
    // A 尧都区 topic with a research report on which a consultation may be scheduled (不调研不协商).
    for (const state of ['researching', 'consulting']) {
      const list = await call<{ items: { id: string }[] }>(office, 'GET', `/api/topics?state=${state}&pageSize=50`);
      for (const { id } of list.items) {
        const t = await call<TopicLite>(office, 'GET', `/api/topics/${id}`);
        if (t.researchReports.length > 0 && t.actions.includes('topic.schedule_consultation')) topic ??= t;
      }
    }
    expect(topic, '演示数据中应有可安排协商的议题').toBeTruthy();
    // The check-in window opens an hour before the start: schedule it half an hour from now.
    const startsAt = new Date(Date.now() + 30 * 60_000).toISOString();
    const scheduled = await call<TopicLite>(office, 'POST', `/api/topics/${topic.id}/consultations`, {
      form: 'meeting',
      level: 'county',
      startsAt,
      venueText: '区政协三楼会议室',
      memberIds: [memberId],
      leaders: [{ name: '王建国', title: '副区长', body: 'government', principal: true }],
    });
    consultationId = scheduled.consultations.find((c) => c.startsAt.slice(0, 16) === startsAt.slice(0, 16))?.id ?? scheduled.consultations.at(-1)!.id;
  });
  afterAll(async () => stack?.close());

  it('the office shows the 签到码, the member checks in on a phone with the 6 digits, and sees the consultation in 我的履职', async () => {
    // The office opens the consultation's 签到码 on the topic page and reads the digits.
    await office.goto(`${stack.url}/console/topics/${topic.id}`);
    await office.getByRole('heading', { level: 1, name: topic.title }).waitFor();
    await expect.poll(() => office.locator('body').innerText()).toContain('王建国（政府·副区长·负责同志）');
    const block = office.locator('.sub-block', { hasText: '区政协三楼会议室' });
    await block.getByRole('button', { name: /签到码/ }).click();
    const modal = dialog(office);
    await modal.locator('.checkin-digits').waitFor();
    const code = (await modal.locator('.checkin-digits').getAttribute('data-code')) ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await modal.locator('img.checkin-qr').waitFor();
    expect(await modal.innerText()).toContain('签到进行中');
    expect(await modal.innerText()).toMatch(/已签到\s*0\s*人/);
    expect(await seriousViolations(office)).toEqual([]);
    await shoot(office, 'checkin-code-modal');

    // The member, on a 390×844 phone, enters the code on 活动签到.
    await member.goto(`${stack.url}/console/checkin`);
    await member.getByRole('heading', { level: 1, name: '活动签到' }).waitFor();
    expect(await seriousViolations(member)).toEqual([]);
    await shoot(member, 'checkin-phone');
    // A wrong code gets the server's Chinese answer.
    await member.getByLabel('签到码').fill(code === '000000' ? '000001' : '000000');
    await member.getByRole('button', { name: /签\s*到/ }).click();
    await member.getByRole('alert').waitFor();
    expect(await member.getByRole('alert').innerText()).toMatch(/[\u4e00-\u9fa5]/);
    await member.getByLabel('签到码').fill(code);
    await member.getByRole('button', { name: /签\s*到/ }).click();
    await member.getByRole('heading', { name: '签到成功' }).waitFor();
    expect(await member.locator('.checkin-facts').innerText()).toContain(topic.title);
    expect(await seriousViolations(member)).toEqual([]);
    await shoot(member, 'checkin-phone-done');
    // The office's dialog counts the member.
    await modal.getByRole('button', { name: /刷\s*新/ }).click();
    await expect.poll(() => modal.innerText()).toMatch(/已签到\s*1\s*人/);
    await modal.getByRole('button', { name: /关\s*闭/ }).first().click();

    // Scanning the QR code opens the same page with the code: it checks in at once and says 已签到.
    await member.goto(`${stack.url}/console/checkin?code=${code}`);
    await member.getByRole('heading', { name: '已签到' }).waitFor();
    // A member not signed in who scans it signs in first and comes back to the check-in with the code.
    const other = await newPage(stack, 'phone');
    await other.goto(`${stack.url}/console/checkin?code=${code}`);
    await other.waitForURL((u) => u.pathname === '/console/login');
    await other.getByRole('heading', { level: 1, name: '工作人员登录' }).waitFor();
    await other.getByLabel('用户名').fill('yaodu-member2');
    await other.getByLabel('密码').fill(DEMO_PASSWORD);
    await other.getByRole('button', { name: /登\s*录/ }).click();
    await other.getByRole('heading', { name: '签到成功' }).waitFor();
    expect(new URL(other.url()).pathname).toBe('/console/checkin');
    await other.context().close();

    // The office records the consultation with the member present.
    await call(office, 'POST', `/api/consultations/${consultationId}/record`, { attendedMemberIds: [memberId], minutes: '会议围绕议题开展协商，委员和部门负责同志逐一发言。' });

    // 我的履职 shows the consultation with its points, on the phone.
    await member.goto(`${stack.url}/console/my/archive`);
    await member.getByRole('heading', { level: 1, name: '我的履职' }).waitFor();
    const entry = member.locator('.archive-entry', { hasText: topic.title }).filter({ hasText: '参加协商活动' });
    await entry.first().waitFor();
    expect(await entry.first().locator('.archive-entry-points').innerText()).toMatch(/^\+\d/);
    expect(await member.locator('.archive-total-value').innerText()).toMatch(/^\d/);
    expect(await seriousViolations(member)).toEqual([]);
    await shoot(member, 'my-archive-phone');
    // Nothing on the page spills sideways at 390 px.
    expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('the office corrects attendance, reads the county archives and the point rules', async () => {
    await office.goto(`${stack.url}/console/topics/${topic.id}`);
    const block = office.locator('.sub-block', { hasText: '区政协三楼会议室' });
    await block.getByRole('button', { name: /更正出席/ }).click();
    const modal = dialog(office);
    await modal.getByLabel('更正原因').fill('按会议签到表核对，出席情况无误');
    await modal.getByRole('button', { name: /保存更正/ }).click();
    await office.getByText('出席情况已更正').waitFor();

    await office.goto(`${stack.url}/console/archives`);
    await office.getByRole('heading', { level: 1, name: '履职档案' }).waitFor();
    await office.locator('.ant-table-row').first().waitFor();
    expect(await office.getByRole('link', { name: /导出 Excel/ }).getAttribute('href')).toContain('/api/archives/export.xlsx?year=');
    expect(await seriousViolations(office)).toEqual([]);
    await shoot(office, 'archives-desktop');
    const name = await office.locator('.ant-table-row a').first().innerText();
    await office.locator('.ant-table-row a').first().click();
    await office.getByRole('heading', { level: 1, name: `${name}的履职档案` }).waitFor();
    await shoot(office, 'member-archive-desktop');

    await office.goto(`${stack.url}/console/point-rules`);
    await office.getByRole('heading', { level: 1, name: '积分规则' }).waitFor();
    await office.getByRole('button', { name: /保\s*存/ }).waitFor();
    expect(await seriousViolations(office)).toEqual([]);
    await shoot(office, 'point-rules-desktop');
    await office.getByLabel('参加协商活动的每单位分值').fill('4');
    await office.getByRole('button', { name: /保\s*存/ }).click();
    await office.getByText(`${new Date().getFullYear()} 年度积分规则已保存`).waitFor();
    await office.locator('.ant-tag', { hasText: '已保存' }).waitFor();
  });
});
