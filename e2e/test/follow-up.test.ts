import fs from 'node:fs';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

/** A 尧都区 topic of the demo year at 建议办理中, with one answer already accepted. */
const TOPIC = '屯里镇';

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

/** The text of every file in a zip (an .xlsx), read from its local headers. */
function zipText(bytes: Buffer): string {
  let out = '';
  let at = 0;
  while (at + 30 <= bytes.length && bytes.readUInt32LE(at) === 0x04034b50) {
    const method = bytes.readUInt16LE(at + 8);
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extraLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extraLength;
    if (bytes.readUInt16LE(at + 6) & 0x08) throw new Error('zip with data descriptors is not supported here');
    const data = bytes.subarray(start, start + size);
    out += `\n${name}\n${method === 8 ? zlib.inflateRawSync(data).toString('utf8') : data.toString('utf8')}`;
    at = start + size;
  }
  return out;
}

/** The open dialog (a modal on desktops, a sheet on phones). */
const dialog = (page: Page) => page.locator('.ant-modal:visible, .ant-drawer-content-wrapper:visible').last();

describe.skipIf(!hasBrowser)('跟踪问效：领导批示 → 落实事项完成 → 民主监督 → 导出办理表 → 公开办理答复 → 群众查看答复（Chromium）', () => {
  let stack: Stack;
  let office: Page;
  let topicId = '';
  let topicTitle = '';

  beforeAll(async () => {
    stack = await startStack();
    office = await newPage(stack, 'desktop');
    await signIn(office, stack, 'yaodu-office');
    const list = await call<{ items: { id: string; title: string; state: string }[] }>(office, 'GET', `/api/topics?q=${encodeURIComponent(TOPIC)}`);
    const topic = list.items.find((t) => t.title.includes('通村道路'));
    if (!topic) throw new Error('演示数据中没有屯里镇通村道路议题');
    expect(topic.state).toBe('handling');
    topicId = topic.id;
    topicTitle = topic.title;
  }, 120_000);
  afterAll(async () => stack?.close());

  it('办公室在议题页看到跟踪问效，记录领导批示并完成落实事项', async () => {
    await office.goto(`${stack.url}/console/topics/${topicId}`);
    await office.getByRole('heading', { level: 1, name: topicTitle }).waitFor();
    await office.getByRole('heading', { level: 2, name: '跟踪问效' }).waitFor();
    await expect.poll(() => office.getByText('尚未记录领导批示').count()).toBe(1);

    await office.getByRole('button', { name: '记录领导批示' }).click();
    const modal = dialog(office);
    await modal.locator('#instruction_leader').fill('王建军');
    await modal.locator('#instruction_leaderTitle').fill('区委书记');
    await modal.locator('#instruction_text').fill('请区交通运输局抓紧完成急弯临水路段护栏加装，雨季前全部到位。');
    await modal.getByRole('button', { name: '添加落实事项' }).click();
    await modal.locator('#instruction_actions_0_text').fill('南焦堡村急弯临水路段加装波形护栏');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await office.getByText('已记录领导批示').waitFor();
    await office.getByRole('heading', { level: 4, name: /王建军（区委书记）/ }).waitFor();
    await office.locator('.sub-block').getByText('南焦堡村急弯临水路段加装波形护栏').waitFor();

    await office.getByRole('button', { name: '完成：南焦堡村急弯临水路段加装波形护栏' }).click();
    await office.getByText(/已于 \d{4}-\d{2}-\d{2} 完成/).waitFor();
    await expect.poll(() => office.getByRole('button', { name: /^完成：/ }).count()).toBe(0);
  });

  it('记录一次民主监督活动，选择参加委员', async () => {
    await office.getByRole('button', { name: '记录跟踪问效活动' }).click();
    const modal = dialog(office);
    await modal.locator('label', { hasText: '民主监督' }).click();
    await expect.poll(() => modal.getByRole('radio', { name: '民主监督' }).isChecked()).toBe(true);
    await modal.locator('#follow_up_place').fill('屯里镇南焦堡村');
    await modal.locator('#follow_up_memberIds').click();
    const option = office.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    await option.waitFor();
    const member = ((await option.textContent()) ?? '').replace(/（.*$/, '').trim();
    await option.click();
    await office.keyboard.press('Escape');
    await modal.locator('#follow_up_findings').fill('护栏已加装到位，警示标志齐全；建议汛期前再对排水沟清淤一次。');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await office.getByText('已记录跟踪问效活动').waitFor();
    const block = office.locator('.sub-block', { hasText: '屯里镇南焦堡村' }).filter({ hasText: '民主监督' });
    await block.waitFor();
    expect(await block.textContent()).toContain(member);
  });

  it('导出办理表（.xlsx，含各条建议）', async () => {
    const [download] = await Promise.all([office.waitForEvent('download'), office.getByRole('link', { name: /导出办理表/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(download.suggestedFilename()).toContain('通村道路');
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const topic = await call<{ outcome: { suggestions: { seq: number; content: string }[] } }>(office, 'GET', `/api/topics/${topicId}`);
    const texts = zipText(bytes);
    expect(texts).toContain('xl/worksheets/');
    for (const s of topic.outcome.suggestions) expect(texts).toContain(s.content.slice(0, 10));
  });

  it('公开办理答复，并通过无障碍检查', async () => {
    await office.getByRole('button', { name: '公开办理答复' }).click();
    await office.locator('.ant-modal-confirm:visible').getByRole('button', { name: /公\s*开/ }).click();
    await office.getByText('已公开办理答复').waitFor();
    await office.getByText(/已公开于 \d{4}-\d{2}-\d{2}/).waitFor();
    await office.getByText('已公开于', { exact: false }).first().scrollIntoViewIfNeeded();
    expect(await seriousViolations(office)).toEqual([]);
    await shoot(office, 'follow-up-topic-desktop');
  });

  it('群众在手机上凭查询码看到办理答复', async () => {
    const proposals = await call<{ items: { topicId: string | null; trackingCode: string | null; source: string }[] }>(office, 'GET', '/api/proposals?status=merged&pageSize=100');
    const mine = proposals.items.find((p) => p.topicId === topicId && p.trackingCode);
    if (!mine?.trackingCode) throw new Error('该议题没有带查询码的群众建议');
    const phone = await newPage(stack, 'phone');
    await phone.goto(`${stack.url}/track?code=${encodeURIComponent(mine.trackingCode)}`);
    await phone.getByRole('heading', { level: 3, name: '办理答复' }).waitFor();
    const answers = phone.locator('.answer-item');
    expect(await answers.count()).toBeGreaterThan(0);
    const first = (await answers.first().textContent()) ?? '';
    expect(first).toMatch(/第 \d+ 条建议/);
    expect(first).toContain('承办单位：');
    // Nothing wider than the phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(phone)).toEqual([]);
    await shoot(phone, 'follow-up-track-phone');
    await phone.context().close();
  });
});
